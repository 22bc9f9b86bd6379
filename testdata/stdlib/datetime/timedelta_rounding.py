from datetime import timedelta as T
for args in [dict(seconds=2.5e-6), dict(seconds=3.5e-6), dict(days=0.1, seconds=0.1), dict(hours=-1.7), dict(microseconds=0.5), dict(microseconds=1.5), dict(milliseconds=-0.0005), dict(days=1/3, hours=1/7, minutes=1/11), dict(weeks=0.333333)]:
    print(repr(T(**args)))
print(T(days=1) * 0.1, T(seconds=1) / 3, T(seconds=1) / 3.0, T(microseconds=5) / 2, T(microseconds=7) * 0.5)
