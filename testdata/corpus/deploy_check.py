# A pre-deployment check that validates a release manifest and exits
# with status 3 when anything is wrong, as a CI step would.
import sys

MANIFEST = """\
name: billing-service
version: 2.14.0
replicas: 3
image: registry.local/billing:2.14.0
env.DB_HOST: db.internal
env.DB_PORT: 5432x
env.FEATURE_FLAGS: fast_invoices,async_mail
healthcheck: /healthz
memory: 512Mi
cpu: 1500m
"""

REQUIRED = ("name", "version", "replicas", "image", "healthcheck")


def load(text):
    conf, env = {}, {}
    for line in text.splitlines():
        key, _, value = line.partition(":")
        key, value = key.strip(), value.strip()
        if key.startswith("env."):
            env[key[4:]] = value
        else:
            conf[key] = value
    return conf, env


def parse_quantity(text, units):
    for suffix, factor in units:
        if text.endswith(suffix):
            return int(text[: -len(suffix)]) * factor
    return int(text)


def check(conf, env):
    problems = []
    missing = [k for k in REQUIRED if k not in conf]
    if missing:
        problems.append("missing keys: " + ", ".join(missing))
    tag = conf.get("image", "").rpartition(":")[2]
    if tag != conf.get("version"):
        problems.append("image tag %r does not match version %r" % (tag, conf.get("version")))
    major, minor, patch = (int(p) for p in conf["version"].split("."))
    print("version tuple:", (major, minor, patch), "newer than 2.9:", (major, minor) > (2, 9))
    if not conf["healthcheck"].startswith("/"):
        problems.append("healthcheck must be a path")
    for key, value in sorted(env.items()):
        if key.endswith("_PORT") and not value.isdigit():
            problems.append("env %s=%r is not a port number" % (key, value))
    mem = parse_quantity(conf["memory"], [("Gi", 1024), ("Mi", 1)])
    cpu = parse_quantity(conf["cpu"], [("m", 1)])
    print("memory MiB:", mem, "cpu millicores:", cpu, "per replica cores: %.2f" % (cpu / 1000))
    if cpu > 1000 * int(conf["replicas"]):
        problems.append("cpu request too high")
    return problems


conf, env = load(MANIFEST)
print("service %(name)s v%(version)s x%(replicas)s" % conf)
print("env keys:", sorted(env))
print("flags:", env["FEATURE_FLAGS"].split(","))
problems = check(conf, env)
for n, p in enumerate(problems, 1):
    print("problem %d: %s" % (n, p))
if problems:
    print("deploy blocked: %d problem(s)" % len(problems))
    sys.stdout.write("exiting with status 3\n")
    raise SystemExit(3)
print("deploy ok")
