import time
print(time.gmtime(0)); print(repr(time.gmtime(1700000000.5)), time.gmtime(1700000000).tm_zone, time.gmtime(0).tm_gmtoff)
t = time.gmtime(86400*365); print(t[0], t[-1], len(t), t[1:3], tuple(t), list(t)[:2])
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %u %y %p %I %c %x %X %% %e %G %V %Z %z", t))
print(time.strptime("2024-03-05 14:07:09", "%Y-%m-%d %H:%M:%S"))
print(time.strptime("Tue Mar  5 2024", "%a %b %d %Y"))
print(time.asctime(t), time.mktime(time.localtime(1e9)) , time.ctime(0))
for f in ["time.strptime('x', '%Y')", "time.gmtime('x')", "time.strftime('%Y', (1,2))", "time.struct_time((1,2))", "time.strptime('2024 +0130', '%Y %z')", "time.strptime('10 pm', '%I %p')", "time.strftime('%Y', time.gmtime(0)[:9])", "time.strptime('2023-02-30', '%Y-%m-%d')","time.strptime('  2024', '%Y')", "time.strptime('2024', ' %Y')", "time.strptime('24/1/5', '%y/%m/%d')", "time.strptime('20241', '%Y%m')", "time.strptime('1 UTC', '%d %Z')", "time.strptime('100', '%j')", "time.strptime('2024 100', '%Y %j')", "time.strptime('12.5', '%S.%f')"]:
    try: print(f, "=", eval(f))
    except Exception as e: print(f, "!", type(e).__name__, e)
