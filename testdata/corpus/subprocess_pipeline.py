# A log pipeline of child processes: a producer's stdout feeds sort, whose
# output feeds uniq -c, like `producer | sort | uniq -c` without a shell;
# the counts are then parsed and reported.
import subprocess

LOG = """GET /index.html 200
GET /about.html 200
POST /login 302
GET /index.html 200
GET /missing 404
GET /index.html 304
POST /login 200
GET /missing 404
"""

producer = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
sorter = subprocess.Popen(["sort"], stdin=producer.stdout, stdout=subprocess.PIPE)
producer.stdout.close()
counter = subprocess.Popen(["uniq", "-c"], stdin=sorter.stdout, stdout=subprocess.PIPE, text=True)
sorter.stdout.close()
producer.stdin.write(LOG)
producer.stdin.close()
out, _ = counter.communicate()
print("exit codes:", producer.wait(), sorter.wait(), counter.returncode)

counts = []
for line in out.splitlines():
    n, request = line.strip().split(" ", 1)
    counts.append((int(n), request))
counts.sort(key=lambda c: (-c[0], c[1]))
for n, request in counts:
    print("%3d  %s" % (n, request))

# Status classes, counted by a child reading the log on stdin.
awk = subprocess.run(["awk", "{print substr($3, 1, 1) \"xx\"}"], input=LOG, capture_output=True, text=True, check=True)
classes = {}
for status in awk.stdout.split():
    classes[status] = classes.get(status, 0) + 1
for status in sorted(classes):
    print("status %s: %d" % (status, classes[status]))

# A stage that fails: its stderr is kept, and the error says which command.
try:
    subprocess.run(["sort", "--no-such-option"], input="b\na\n", capture_output=True, text=True, check=True)
except subprocess.CalledProcessError as e:
    print("failed stage:", e.cmd, "exit", e.returncode)
    print("stderr mentions the option:", "no-such-option" in e.stderr)

# Context manager: the pipes are closed and the child waited for.
with subprocess.Popen(["wc", "-l"], stdin=subprocess.PIPE, stdout=subprocess.PIPE) as wc:
    data, _ = wc.communicate(LOG.encode())
print("wc -l:", data.decode().strip(), "returncode", wc.returncode)
