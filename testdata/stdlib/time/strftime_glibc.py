# strftime's glibc extensions: flags, widths, E and O modifiers.
import time

t = (2024, 3, 5, 7, 4, 9, 1, 65, 0)
codes = "aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYZ%"
for c in codes:
    row = []
    for flag in ["", "-", "_", "0", "^", "#", "E", "O", "10", "-3", "_5", "05", "^#"]:
        row.append(time.strftime("%" + flag + c, t))
    print(c, repr(row))
for f in ["%", "%-", "%5", "%q", "%1", "%:z", "%f", "%4f", "%+Y", "%E-d",
          "%z|%-z|%_z|%05z|%10z|%-3z", "%-d %b %Y, %-I%P", "%e|%k|%l|%C|%g|%G|%V|%u|%n|%t|%Oy|%Ey"]:
    print(repr(f), repr(time.strftime(f, t)))
print(time.strftime("%s|%-d", (1969, 12, 31, 23, 0, 0, 2, 365, 0)))
print(time.strftime("%G %g %V %U %W %u %w %s", (2021, 1, 1, 0, 0, 0, 4, 1, 0)))
print(time.strftime("%-H:%M %P", time.gmtime(86400 * 365 + 13 * 3600)))
