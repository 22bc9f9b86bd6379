# Firewall helper: parses IPv4 addresses and CIDR blocks with int
# arithmetic and bit operations, then matches clients against rules.
import sys


class AddressError(ValueError):
    pass


def ip_to_int(text):
    parts = text.split(".")
    if len(parts) != 4:
        raise AddressError("expected 4 octets in %r" % text)
    value = 0
    for p in parts:
        if not p.isdigit() or int(p) > 255:
            raise AddressError("bad octet %r in %r" % (p, text))
        value = (value << 8) | int(p)
    return value


def int_to_ip(value):
    return ".".join(str((value >> shift) & 0xFF) for shift in (24, 16, 8, 0))


class Network:
    def __init__(self, cidr):
        addr, _, bits = cidr.partition("/")
        self.bits = int(bits or 32)
        if not 0 <= self.bits <= 32:
            raise AddressError("bad prefix length /%d" % self.bits)
        self.mask = (0xFFFFFFFF << (32 - self.bits)) & 0xFFFFFFFF
        self.start = ip_to_int(addr) & self.mask

    @property
    def size(self):
        return 1 << (32 - self.bits)

    @property
    def end(self):
        return self.start + self.size - 1

    def __contains__(self, ip):
        return (ip_to_int(ip) & self.mask) == self.start

    def __lt__(self, other):
        return (self.start, self.bits) < (other.start, other.bits)

    def __repr__(self):
        return "%s/%d" % (int_to_ip(self.start), self.bits)


RULES = [("10.0.0.0/8", "allow"), ("10.13.0.0/16", "deny"), ("192.168.1.0/24", "allow"),
         ("0.0.0.0/0", "deny"), ("203.0.113.7", "allow"), ("172.16.0.0/12", "allow")]
rules = [(Network(c), action) for c, action in RULES]

for net, action in sorted(rules, key=lambda r: r[0]):
    print("%-18s %-5s %15s - %-15s %10d hosts mask %s (0x%08x)" % (
        net, action, int_to_ip(net.start), int_to_ip(net.end), net.size, int_to_ip(net.mask), net.mask))


def decide(ip):
    best = None
    for net, action in rules:
        if ip in net and (best is None or net.bits > best[0].bits):
            best = (net, action)
    return best


clients = ["10.1.2.3", "10.13.5.5", "192.168.1.77", "192.168.2.1", "203.0.113.7",
           "172.31.255.255", "172.32.0.1", "8.8.8.8", "256.1.1.1", "10.0.0"]
verdicts = {}
for ip in clients:
    try:
        net, action = decide(ip)
    except AddressError as e:
        print("%-15s invalid: %s" % (ip, e))
        continue
    verdicts.setdefault(action, []).append(ip)
    print("%-15s %-5s via %s" % (ip, action, net))
print({k: len(v) for k, v in verdicts.items()})

n = ip_to_int("192.168.1.77")
print(n, hex(n), bin(n & 0xFF), n >> 24, n & 0xFFFF, ~n & 0xFFFFFFFF, n ^ 0xFF, oct(n % 512))
print(int_to_ip(ip_to_int("10.255.255.255") + 1), int_to_ip(2 ** 32 - 1), int("c0a8014d", 16) == n)
subnets = [Network("10.0.0.%d/26" % i) for i in range(0, 256, 64)]
print(subnets, sum(s.size for s in subnets))
try:
    Network("1.2.3.4/33")
except AddressError as e:
    print("error:", e, isinstance(e, ValueError))
