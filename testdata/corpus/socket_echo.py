"""Loopback socket echo: socketpair and listen/connect in one process."""
import json
import socket
import struct
import sys


def send_msg(sock, obj):
    data = json.dumps(obj).encode()
    sock.sendall(struct.pack("!I", len(data)) + data)


def recv_exact(sock, n):
    buf = b""
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("peer closed")
        buf += chunk
    return buf


def recv_msg(sock):
    (n,) = struct.unpack("!I", recv_exact(sock, 4))
    return json.loads(recv_exact(sock, n))


def handle(req):
    op = req.get("op")
    if op == "echo":
        return {"ok": True, "data": req["data"]}
    if op == "sum":
        return {"ok": True, "data": sum(req["data"])}
    return {"ok": False, "error": f"unknown op {op!r}"}


def pair_demo():
    a, b = socket.socketpair()
    with a, b:
        for req in ({"op": "echo", "data": "hi"}, {"op": "sum", "data": [1, 2, 3]}, {"op": "x"}):
            send_msg(a, req)
            got = recv_msg(b)
            send_msg(b, handle(got))
            print("pair:", req["op"], "->", recv_msg(a))
        a.shutdown(socket.SHUT_WR)
        print("eof:", b.recv(10))


def tcp_demo():
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    host, port = srv.getsockname()
    print("listening on", host, "port>0:", port > 0)
    cli = socket.create_connection((host, port), timeout=5)
    conn, addr = srv.accept()
    print("accepted from", addr[0], "family", conn.family == socket.AF_INET)
    msgs = [b"hello", b"world" * 100, b"\x00\x01"]
    for m in msgs:
        cli.sendall(m)
        got = recv_exact(conn, len(m))
        conn.sendall(got.upper())
        back = recv_exact(cli, len(m))
        print(f"tcp: sent {len(m):>3} bytes, echo ok={back == m.upper()}, head={back[:6]!r}")
    cli.setblocking(False)
    try:
        cli.recv(10)
    except BlockingIOError as e:
        print("nonblocking recv:", type(e).__name__)
    conn.sendall(b"ping")
    cli.setblocking(True)
    print("readable:", 1, recv_exact(cli, 4))
    cli.setblocking(True)
    print("timeout:", cli.gettimeout(), conn.gettimeout())
    conn.settimeout(0.05)
    try:
        conn.recv(1)
    except socket.timeout as e:
        print("timed out:", type(e).__name__, isinstance(e, OSError))
    cli.close()
    print("after close:", conn.recv(10))
    conn.close()
    srv.close()
    try:
        s = socket.create_connection(("127.0.0.1", port), timeout=1)
        s.close()
        print("unexpected connect")
    except ConnectionRefusedError as e:
        print("refused:", e.errno)


def main():
    pair_demo()
    tcp_demo()
    print(socket.htons(1), socket.ntohl(socket.htonl(7)), socket.inet_aton("10.0.0.1"))
    print(socket.inet_ntoa(b"\x7f\x00\x00\x01"), socket.getservbyname("http", "tcp") if False else 80)
    print(socket.gethostbyname("localhost"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
