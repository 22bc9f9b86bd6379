import datetime as D
tests = ["D.date(2024, 13, 1)", "D.date(2024, 2, 30)", "D.date(0, 1, 1)", "D.datetime(2024,1,1,24)", "D.datetime(2024,1,1,0,60)", "D.datetime(2024,1,1,0,0,60)", "D.datetime(2024,1,1,0,0,0,1000000)",
"D.date('2024', 1, 1)", "D.date(2024.0, 1, 1)", "D.datetime.strptime('2024-01-x', '%Y-%m-%d')", "D.datetime.strptime('2024-01-01 extra', '%Y-%m-%d')",
"D.date.fromisoformat('2024-1-1')", "D.datetime.fromisoformat('nope')", 
"D.timedelta(1) / 0", "D.timedelta(1) // 0", "D.timezone(D.timedelta(hours=25))", "D.datetime(2024,1,1, tzinfo=D.timezone.utc) - D.datetime(2024,1,1)", "D.datetime(2024,1,1, tzinfo=D.timezone.utc) < D.datetime(2024,1,1)",
"D.datetime(2024,1,1, tzinfo=D.timezone.utc) == D.datetime(2024,1,1)", "D.date.max + D.timedelta(1)", "D.time(25)", "D.date.fromordinal(0)", "D.datetime(2024,1,1).isoformat(timespec='bogus')",
"D.date(2024, 1, 1) == D.datetime(2024,1,1)", "D.datetime(2024,1,1).strftime(5)", "D.timedelta(1) * 1.5", "D.date(2024,1,1).replace(month=13)", "D.datetime(2024,1,1, tzinfo=1)",
"D.date(2024,1,1) == 5", "D.datetime.strptime('13', '%m')", "D.datetime.strptime('2024', '%Q')", "D.timedelta(seconds=1).total_seconds()", "D.datetime.fromtimestamp('x')"]
for t in tests:
    try: r = eval(t); print(t, "=", repr(r))
    except Exception as e: print(t, "!", type(e).__name__, e)
