# socket: loopback servers and socketpairs inside the script, compared with
# CPython 3.13. Ports are chosen by the system and never printed.
import socket
import sys

OUT = []


def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        OUT.append("%s: %s: %s" % (label, type(e).__name__, e))
        return None
    OUT.append("%s: %r" % (label, r))
    return r


# Constants and error classes.
show("constants", lambda: (int(socket.AF_UNIX), int(socket.AF_INET), int(socket.AF_INET6), int(socket.SOCK_STREAM), int(socket.SOCK_DGRAM), socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.SHUT_RDWR, socket.IPPROTO_TCP))
show("errors", lambda: (socket.error is OSError, socket.timeout is TimeoutError, issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError)))

# A TCP server and a client on loopback, in one thread.
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
show("reuseaddr", lambda: srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
show("bound host", lambda: host)
show("port type", lambda: type(port) is int and port > 0)
show("srv attrs", lambda: (int(srv.family), int(srv.type), srv.proto, srv.gettimeout(), srv.getblocking()))
show("srv repr", lambda: repr(srv).replace(str(port), "PORT").replace("fd=%d" % srv.fileno(), "fd=N"))

cli = socket.create_connection(("127.0.0.1", port), timeout=5)
show("cli timeout", lambda: cli.gettimeout())
show("cli proto", lambda: (int(cli.family), int(cli.type), cli.proto))
conn, addr = srv.accept()
show("accepted", lambda: (addr[0], addr[1] == cli.getsockname()[1], conn.getpeername() == cli.getsockname()))
show("conn timeout", lambda: conn.gettimeout())
show("send", lambda: cli.send(b"hello"))
show("recv", lambda: conn.recv(1024))
show("sendall", lambda: conn.sendall(("x" * 100000).encode()))
got = ""
while len(got) < 100000:
    got += cli.recv(65536).decode()
show("sendall received", lambda: len(got))
show("recv str", lambda: cli.send("text"))
show("peer", lambda: cli.getpeername() == ("127.0.0.1", port))

# Timeouts: nothing to read.
cli.settimeout(0.1)
show("recv timeout", lambda: cli.recv(10))
cli.setblocking(False)
show("nonblocking", lambda: (cli.gettimeout(), cli.getblocking()))
show("recv nonblocking", lambda: cli.recv(10))
cli.setblocking(True)
show("blocking", lambda: (cli.gettimeout(), cli.getblocking()))
show("bad timeout", lambda: cli.settimeout(-1))

# makefile: lines over the connection.
wf = conn.makefile("wb")
wf.write(b"line one\nline two\n")
wf.close()
rb = cli.makefile("rb")
show("makefile binary line", lambda: rb.readline())
rb.close()
# shutdown: the peer reads the end of the stream.
conn.shutdown(socket.SHUT_WR)
rf = cli.makefile("r", encoding="utf-8")
show("makefile text line", lambda: rf.readline())
show("makefile end", lambda: rf.readline())
rf.close()
show("eof", lambda: cli.recv(10))
conn.close()
cli.close()
show("closed fileno", lambda: cli.fileno())
show("closed repr", lambda: repr(cli))
show("use closed", lambda: cli.recv(1))
show("close twice", lambda: cli.close())

# Refused connections.
dead = socket.socket()
dead.bind(("127.0.0.1", 0))
dead_port = dead.getsockname()[1]
dead.close()
c2 = socket.socket()
show("connect_ex refused", lambda: c2.connect_ex(("127.0.0.1", dead_port)))
c2.close()
c3 = socket.socket()
show("connect refused", lambda: c3.connect(("127.0.0.1", dead_port)))
c3.close()
src = socket.create_connection(("127.0.0.1", port), 2, ("127.0.0.1", 0))
show("source address", lambda: (src.getsockname()[0], src.gettimeout()))
src.close()
show("create_connection refused", lambda: socket.create_connection(("127.0.0.1", dead_port)))

# Address errors.
s = socket.socket()
show("bad address", lambda: s.connect("127.0.0.1"))
show("bad port", lambda: s.bind(("127.0.0.1", 70000)))
show("bad port type", lambda: s.bind(("127.0.0.1", "80")))
show("bind in use", lambda: s.bind(("127.0.0.1", port)))
s.close()
srv.close()

# UDP.
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
show("sendto", lambda: u2.sendto(b"datagram", u1.getsockname()))
data, frm = u1.recvfrom(100)
show("recvfrom", lambda: (data, frm[0], frm[1] == u2.getsockname()[1]))
show("udp attrs", lambda: (int(u1.type), u1.proto))
u1.close()
u2.close()

# socketpair and the context manager.
a, b = socket.socketpair()
with a, b:
    show("pair family", lambda: (int(a.family), int(a.type)))
    a.sendall(b"ping")
    show("pair recv", lambda: b.recv(4))
    show("pair names", lambda: (a.getsockname(), b.getpeername()))
show("pair closed", lambda: (a.fileno(), b.fileno()))

# A Unix socket server.
import tempfile
d = tempfile.mkdtemp()
path = d + "/sock"
us = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
us.bind(path)
us.listen(1)
uc = socket.socket(socket.AF_UNIX)
uc.connect(path)
uconn, uaddr = us.accept()
show("unix accept", lambda: (uaddr, us.getsockname() == path, uc.getpeername() == path))
uc.sendall(b"over unix")
show("unix recv", lambda: uconn.recv(100))
for x in (uc, uconn, us):
    x.close()

# Name functions, without the network.
show("getaddrinfo", lambda: [(int(f), int(t), p, c, sa) for f, t, p, c, sa in socket.getaddrinfo("127.0.0.1", 80)])
show("getaddrinfo stream", lambda: [(int(f), int(t), p, c, sa) for f, t, p, c, sa in socket.getaddrinfo("127.0.0.1", "8080", socket.AF_INET, socket.SOCK_STREAM)])
show("getaddrinfo v6", lambda: [(int(f), int(t), p, c, sa) for f, t, p, c, sa in socket.getaddrinfo("::1", 22, type=socket.SOCK_STREAM)])
show("getaddrinfo numeric", lambda: socket.getaddrinfo("not-an-address", 80, flags=socket.AI_NUMERICHOST))
show("gethostbyname", lambda: socket.gethostbyname("127.0.0.1"))
show("gethostbyname localhost", lambda: socket.gethostbyname("localhost"))
show("gethostname", lambda: type(socket.gethostname()) is str)
show("inet", lambda: (socket.inet_aton("10.1.2.3"), socket.inet_ntoa(b"\x7f\x00\x00\x01")))
show("byte order", lambda: (socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216)))
show("default timeout", lambda: socket.getdefaulttimeout())
print("\n".join(OUT))
