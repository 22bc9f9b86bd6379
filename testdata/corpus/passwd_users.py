# Audits a passwd/group style user database: parses colon-separated
# records, joins groups, flags risky accounts and prints a table.
import sys

PASSWD = """\
root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
ana:x:1000:1000:Ana Lima,,,:/home/ana:/bin/bash
bo:x:1001:1001:Bo:/home/bo:/bin/zsh
deploy:x:1002:1002::/srv/deploy:/bin/bash
backup:x:34:34:backup:/var/backups:/usr/sbin/nologin
test:x:0:1003:test account:/home/test:/bin/sh
"""
GROUP = """\
root:x:0:
sudo:x:27:ana,deploy
docker:x:999:ana,bo,deploy
www-data:x:33:deploy
ana:x:1000:
bo:x:1001:
deploy:x:1002:
"""


class User:
    def __init__(self, line):
        (self.name, _, uid, gid, gecos, self.home, self.shell) = line.split(":")
        self.uid, self.gid = int(uid), int(gid)
        self.full_name = gecos.split(",")[0]
        self.groups = []

    @property
    def interactive(self):
        return not self.shell.endswith(("nologin", "false"))

    @property
    def system(self):
        return self.uid < 1000

    def __repr__(self):
        return "User(%s, uid=%d)" % (self.name, self.uid)


users = {u.name: u for u in map(User, PASSWD.splitlines())}
groups = {}
for line in GROUP.splitlines():
    name, _, gid, members = line.split(":")
    groups[name] = (int(gid), [m for m in members.split(",") if m])
by_gid = {gid: name for name, (gid, _) in groups.items()}
for gname, (gid, members) in groups.items():
    for m in members:
        users[m].groups.append(gname)
for u in users.values():
    primary = by_gid.get(u.gid, str(u.gid))
    u.groups.insert(0, primary)

print("%-9s %5s %-10s %-13s %-6s %s" % ("user", "uid", "name", "shell", "type", "groups"))
for u in sorted(users.values(), key=lambda u: u.uid):
    kind = "system" if u.system else "human"
    print("%-9s %5d %-10s %-13s %-6s %s" % (u.name, u.uid, u.full_name or "-", u.shell.rsplit("/", 1)[1], kind, ",".join(u.groups)))

findings = []
for u in users.values():
    if u.uid == 0 and u.name != "root":
        findings.append((1, u.name, "has uid 0"))
    if "sudo" in u.groups and u.interactive:
        findings.append((2, u.name, "can sudo"))
    if "docker" in u.groups:
        findings.append((2, u.name, "is in docker (root equivalent)"))
    if u.interactive and not u.home.startswith("/home/") and u.name != "root":
        findings.append((3, u.name, "home outside /home: " + u.home))
    if str(u.gid) in u.groups:
        findings.append((3, u.name, "primary group %d does not exist" % u.gid))
for severity, name, text in sorted(findings):
    print("[%s] %-7s %s" % ("!" * (4 - severity), name, text))
shells = {}
for u in users.values():
    shells[u.shell] = shells.get(u.shell, 0) + 1
print(sorted(shells.items(), key=lambda kv: (-kv[1], kv[0])))
print("humans:", [u.name for u in users.values() if not u.system], "max uid:", max(u.uid for u in users.values()))
print("members of docker and sudo:", sorted(set(groups["docker"][1]) & set(groups["sudo"][1])))
print("empty groups:", [g for g, (_, m) in groups.items() if not m])
