# socket.inet_pton, inet_ntop and getfqdn.
import socket
import sys


def t(label, f):
    try:
        r = f()
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(label, repr(r))


A4, A6 = int(socket.AF_INET), int(socket.AF_INET6)
for fam, s in [(A4, '10.0.0.1'), (A6, '::1'), (A6, 'fe80::1:2'), (A6, '::ffff:1.2.3.4'),
               (A6, '::1.2.3.4'), (A6, '::FFFF:1.2.3.4'), (A6, '1:2:3:4:5:6:7:8'),
               (A4, '1.2.3'), (A4, '01.2.3.4'), (A4, '1.2.3.256'), (A4, ' 1.2.3.4'),
               (A4, '::1'), (A6, '1.2.3.4'), (A6, '1::2::3'), (A6, 'fe80::1%eth0'),
               (1, 'x'), (A4, b'1.2.3.4'), (A4, 5), ('x', '1.1.1.1'), (A4, '1.2.3.4\x00')]:
    t('pton %r %r' % (fam, s), lambda: socket.inet_pton(fam, s))
for fam, b in [(A4, b'\n\0\0\1'), (A6, bytes(16)), (A6, bytes(15) + b'\1'),
               (A6, b'\xfe\x80' + bytes(12) + b'\0\1'), (A6, bytes(10) + b'\xff\xff\1\2\3\4'),
               (A6, bytes(12) + b'\1\2\3\4'), (A6, bytes(12) + b'\0\1\0\0'), (A6, b'\0\1' + bytes(14)),
               (A6, b'\x20\x01\x0d\xb8' + bytes(8) + b'\0\0\0\1'), (A6, b'\0\1\0\0\0\2' + bytes(10)),
               (A4, b'abc'), (A6, b'abc'), (1, b'abcd'), (A4, 'abcd'), (A4, bytearray(b'abcd'))]:
    t('ntop %r %r' % (fam, b), lambda: socket.inet_ntop(fam, b))
t('pton no args', lambda: socket.inet_pton())
t('ntop one arg', lambda: socket.inet_ntop(1))
for ip in ['1.2.3.4', '::1', '2001:db8::8:800:200c:417a']:
    fam = A6 if ':' in ip else A4
    print(ip, socket.inet_ntop(fam, socket.inet_pton(fam, ip)) == ip)

events = []
sys.addaudithook(lambda ev, args: ev.startswith('socket.') and events.append((ev, args)))
t('getfqdn()', lambda: socket.getfqdn() == socket.getfqdn(socket.gethostname()))
t('getfqdn 0.0.0.0', lambda: socket.getfqdn('0.0.0.0') == socket.getfqdn())
t('getfqdn type', lambda: type(socket.getfqdn('127.0.0.1')).__name__)
t('getfqdn int', lambda: socket.getfqdn(5))
print([name for name, args in events[:5]])
