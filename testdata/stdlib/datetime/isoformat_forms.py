# fromisoformat of dates, times and datetimes: the forms CPython 3.13
# reads, a space before the offset, and the errors of out-of-range fields.
from datetime import time, datetime, date
for s in ["14:30:15 +0100","14:30:15.5 -05:30","14:30 +01:00","14 +01","14:30:15  +01","14:30:15 Z","14:30:15\t+01","14:30:15.123 +01","143015 +01","14:30:15+01 ","14:30:15.1234567","14:30:15,5","14:30:15.","14:30:15 ","T14:30","14:30:15+01:30:15.5","14:30:15+0130","14:30:15+01:3","14:3","24:00:00","23:59:60","14:30:15-00:00","1430","14:30Z","14:30:15.5Z", "14:30:15.123456789", "14:30:15-05:30"]:
    try: print(repr(s), time.fromisoformat(s))
    except ValueError as e: print(repr(s), "ERR", e)
for s in ["2024-03-10","20240310","2024-W10","2024W10","2024-W10-2","2024W102","2024-03","2024-3-10","2024-03-10T14","2024-03-10 14:30","2024-03-10T14:30:15.5+01","2024-03-10x14:30", "2024-03-10T", "2024-02-30", "2024-13-01", "0000-01-01", "2024-W53-1", "2024-W54-1", "2024-03-10 14:30:15 +0100", "2020-W53-7"]:
    try: print(repr(s), repr(datetime.fromisoformat(s)))
    except ValueError as e: print(repr(s), "ERR", e)
for s in ["2024-03-10","20240310","2024-W10-2","2024-03","2024-03-10T00"]:
    try: print(repr(s), repr(date.fromisoformat(s)))
    except ValueError as e: print(repr(s), "ERR", e)
print(datetime.strptime("12", "%I").hour, datetime.strptime("12 AM", "%I %p").hour, datetime.strptime("12 PM", "%I %p").hour)
