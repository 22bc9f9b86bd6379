# Hostname values deriving from str: normalised on creation, with
# helpers for domains, and used as dict keys next to plain str.
import sys


class Hostname(str):
    def __new__(cls, value):
        value = value.strip().lower().rstrip(".")
        if not value or " " in value:
            raise ValueError("invalid hostname: %r" % value)
        return super().__new__(cls, value)

    @property
    def labels(self):
        return self.split(".")

    @property
    def domain(self):
        return Hostname(".".join(self.labels[-2:]))

    def is_subdomain_of(self, other):
        return self == other or self.endswith("." + other)

    def __repr__(self):
        return "Hostname(%s)" % str.__repr__(self)


raw = ["API.Example.com.", " www.example.com", "mail.example.org", "example.com",
       "db-01.internal.example.com", "CDN.example.net", "localhost"]
hosts = [Hostname(h) for h in raw]
print(hosts)
print([str(h) for h in hosts])
for h in hosts:
    print("%-28s labels=%d domain=%-12s sub-of-example.com=%s" % (h, len(h.labels), h.domain, h.is_subdomain_of("example.com")))

by_domain = {}
for h in hosts:
    by_domain.setdefault(h.domain, []).append(h)
for domain in sorted(by_domain):
    print(domain, "->", ", ".join(sorted(by_domain[domain])))

h = Hostname("Api.Example.COM")
print(h == "api.example.com", h in hosts, hosts.index(h), {"api.example.com": 1}[h])
print(type(h.upper()).__name__, h.upper(), type(h + "x").__name__, h[:3], type(h[:3]).__name__)
print(len(h), h.count("."), h.title(), h.partition("."), h.rsplit(".", 1))
print("{:>20}|{:<20}|{:^20}".format(h, h.domain, "x"))
print("%s / %r / %10.3s|" % (h, h, h))
for bad in ("", "two words.com", "   "):
    try:
        Hostname(bad)
    except ValueError as e:
        print("rejected", e)
print(sorted(hosts, key=lambda h: (h.domain, -len(h))))
print(max(hosts, key=len), min(hosts))
print(isinstance(h, str), Hostname.__mro__[1] is str, str(h) is not h)
