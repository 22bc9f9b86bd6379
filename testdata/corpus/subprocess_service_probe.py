# A service probe: checks a TCP service started on loopback by the script
# itself (a line protocol: PING, ECHO, QUIT), a port that is down, and a
# worker process that answers over a pipe.
import socket
import subprocess

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", 0))
server.listen(5)
host, port = server.getsockname()

client = socket.create_connection((host, port), timeout=5)
conn, _ = server.accept()
conn.settimeout(5)


def serve_one():
    # Answer every complete line the client has sent.
    data = conn.recv(4096).decode()
    replies = []
    for line in data.splitlines():
        cmd, _, arg = line.partition(" ")
        if cmd == "PING":
            replies.append("PONG")
        elif cmd == "ECHO":
            replies.append(arg.upper())
        elif cmd == "QUIT":
            replies.append("BYE")
        else:
            replies.append("ERR unknown command " + cmd)
    conn.sendall(("\n".join(replies) + "\n").encode())


def probe(lines):
    client.sendall(("\n".join(lines) + "\n").encode())
    serve_one()
    return client.recv(4096).decode().splitlines()


print("ping:", probe(["PING"]))
print("echo:", probe(["ECHO hello", "ECHO world"]))
print("bad:", probe(["STATUS"]))
print("quit:", probe(["QUIT"]))
client.shutdown(socket.SHUT_WR)
print("server sees end:", repr(conn.recv(10)))
client.close()
conn.close()

# A port nobody listens on.
spare = socket.socket()
spare.bind(("127.0.0.1", 0))
down_port = spare.getsockname()[1]
spare.close()
try:
    socket.create_connection(("127.0.0.1", down_port), timeout=2)
    print("down port: up?")
except ConnectionRefusedError as e:
    print("down port:", e)
probe_sock = socket.socket()
print("connect_ex:", probe_sock.connect_ex(("127.0.0.1", down_port)))
probe_sock.close()
server.close()

# A worker over a socketpair-like pipe: a child answering one request.
worker = subprocess.Popen(["sh", "-c", "read req; echo \"worker got $req\"; exit 0"],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, _ = worker.communicate("job-7\n", timeout=5)
print("worker:", out.strip(), "exit", worker.returncode)

# Messages between two ends of a socketpair, framed by newlines.
a, b = socket.socketpair()
with a, b:
    for msg in ["status", "reload", "stop"]:
        a.sendall((msg + "\n").encode())
    a.shutdown(socket.SHUT_WR)
    received = ""
    while True:
        chunk = b.recv(3).decode()
        if not chunk:
            break
        received += chunk
print("socketpair messages:", received.split())
