# datetime's strftime with glibc's extensions, and its own %f, %z, %:z, %Z.
from datetime import date, datetime, time, timedelta, timezone

d = datetime(2024, 3, 5, 17, 4, 9, 120)
for f in ["%-d %b %Y, %-I%P", "%s", "%-j %-y %-m %-H %-M %-S",
          "%e|%k|%l|%C|%g|%G|%V|%u|%n|%t|%Oy|%Ey", "%f %-f %:z %z %Z", "%5f", "%^a %#B %10A"]:
    print(repr(f), repr(d.strftime(f)), repr(d.date().strftime(f)), repr(d.time().strftime(f)))
dz = datetime(2024, 3, 5, 17, 4, 9, tzinfo=timezone(timedelta(hours=2)))
for f in ["%s", "%z %-z %_z %:z %Z %^Z %#Z"]:
    print(repr(f), repr(dz.strftime(f)))
print(repr(date(1, 1, 1).strftime("%Y %C %G %g %y %-y %s")))
print(repr(date(9999, 12, 31).strftime("%Y %C %G %g %V %s")))
print(repr(date(2021, 1, 1).strftime("%G %g %V %U %W %u %w")))
print(f"{d:%-d/%-m %-I:%M%P}", "{:%e %k}".format(d))
