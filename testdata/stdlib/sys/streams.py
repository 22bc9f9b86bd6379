# The binary layer under the standard streams, and reconfigure().
import sys

print(sys.stdout.buffer is sys.stdout.buffer, sys.stdout.buffer.mode, sys.stdout.buffer.name)
print(sys.stdin.buffer.mode, sys.stdin.buffer.name, sys.stderr.buffer.mode, sys.stderr.buffer.name)
print(sys.stdout.newlines, sys.stdin.newlines, sys.stdin.line_buffering)
print(sys.stdout.buffer.writable(), sys.stdin.buffer.readable(), sys.stdout.buffer.fileno() == sys.stdout.fileno())
sys.stdout.write('text 1\n')
sys.stdout.flush()
print(sys.stdout.buffer.write(b'bytes 1\n'))
sys.stdout.buffer.flush()
sys.stdout.write('text 2\n')
sys.stdout.flush()
sys.stdout.buffer.write('b\xe9\n'.encode('utf-8'))
sys.stdout.buffer.flush()
sys.stdout.reconfigure(encoding='ascii', errors='replace')
print(sys.stdout.encoding, sys.stdout.errors)
print('caf\xe9 \u20ac')
sys.stdout.reconfigure(errors='backslashreplace')
print(sys.stdout.encoding, sys.stdout.errors)
print('caf\xe9 \u20ac')
sys.stdout.reconfigure(encoding='utf-8')
print(sys.stdout.encoding, sys.stdout.errors)
print('caf\xe9 \u20ac')
sys.stdout.reconfigure(encoding='IBM437')
print(sys.stdout.encoding, 'caf\xe9 \u2591')
sys.stdout.reconfigure(encoding='utf-8', line_buffering=True, write_through=False)
print(sys.stdout.line_buffering, sys.stdout.write_through)
sys.stdout.reconfigure(line_buffering=False)
print(sys.stdout.line_buffering)
for bad in [dict(encoding=1), dict(errors=1), dict(newline='x'), dict(encoding='nope'), dict(bogus=1)]:
    try:
        sys.stdout.reconfigure(**bad)
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
try:
    sys.stdout.reconfigure('utf-8')
except TypeError as e:
    print(e)
print(sys.stdout.encoding, sys.stdout.errors)
