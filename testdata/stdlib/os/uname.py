import os, platform
u = os.uname()
print(type(u).__name__, u.sysname, u[0] == u.sysname, len(u), u.machine == platform.machine(), repr(u)[:30])
