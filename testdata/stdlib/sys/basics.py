import sys

print(sys.platform, sys.byteorder, sys.maxsize, sys.maxunicode)
print(sys.version_info >= (3, 8), sys.version_info < (4,), sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print((3, 13) <= sys.version_info, sys.version_info == (3, 13, 0, 'final', 0), tuple(sys.version_info)[:2], len(sys.version_info))
print(sys.version.startswith('3.13'), sys.hexversion >= 0x030d0000, type(sys.flags.optimize).__name__)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.intern('abc'))
print(type(sys.argv).__name__, type(sys.path).__name__, isinstance(sys.executable, str))
print('sys' in sys.modules, sys.modules['sys'] is sys, sys.modules.get('nope'))
import os
print('os' in sys.modules, sys.modules['os'] is os)
print(sys.exc_info(), sys.exception())
try:
    raise ValueError('boom')
except ValueError as e:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, v is e, tb is not None, sys.exception() is e)
try:
    try:
        raise KeyError('k')
    finally:
        print(sys.exc_info()[0].__name__)
except KeyError:
    pass
print(sys.exc_info())
print(sys.getsizeof(0) > 0, sys.getrecursionlimit())
print('to stderr', file=sys.stderr)
print(sys.stdout.write('written\n'))
sys.stdout.writelines(['a', 'b', '\n'])
sys.stdout.flush()
print(sys.stdout.encoding, sys.stderr.encoding, sys.stderr.errors)
print(sys.stdin.fileno(), type(sys.stdout.fileno()).__name__)
print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.name, sys.stdin.name, sys.stdout.mode)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
try:
    sys.stdout.write(1)
except TypeError as e:
    print(e)
try:
    sys.exit(3)
except SystemExit as e:
    print('exit', e.args)
