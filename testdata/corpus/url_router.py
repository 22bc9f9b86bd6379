"""URL router and query parsing with urllib.parse and a decorator registry."""
import json
import re
import sys
from urllib.parse import (urlparse, urlunparse, parse_qs, parse_qsl, urlencode, quote, unquote,
                          quote_plus, urljoin, urlsplit)

ROUTES = []


def route(pattern, methods=("GET",)):
    regex = re.compile("^" + re.sub(r"<(\w+)(?::(\w+))?>", lambda m: f"(?P<{m[1]}>{'[0-9]+' if m[2] == 'int' else '[^/]+'})", pattern) + "$")

    def deco(fn):
        ROUTES.append((regex, set(methods), fn))
        return fn
    return deco


@route("/users")
def list_users(req):
    limit = int(req["query"].get("limit", ["10"])[0])
    return 200, {"users": ["ann", "bob", "cy"][:limit]}


@route("/users/<uid:int>")
def get_user(req, uid):
    return (200, {"id": int(uid)}) if int(uid) < 100 else (404, {"error": "no such user"})


@route("/users/<uid:int>", methods=("DELETE",))
def delete_user(req, uid):
    return 204, None


@route("/files/<name>")
def get_file(req, name):
    return 200, {"file": unquote(name)}


def dispatch(method, url):
    parts = urlparse(url)
    req = {"method": method, "path": parts.path, "query": parse_qs(parts.query)}
    allowed = set()
    for regex, methods, fn in ROUTES:
        if m := regex.match(parts.path):
            if method in methods:
                return fn(req, **m.groupdict())
            allowed |= methods
    if allowed:
        return 405, {"allow": sorted(allowed)}
    return 404, {"error": f"no route for {parts.path}"}


def main():
    reqs = [("GET", "http://api.local/users?limit=2"), ("GET", "/users/42"), ("GET", "/users/420"),
            ("DELETE", "/users/7"), ("POST", "/users/7"), ("GET", "/files/my%20report.pdf"),
            ("GET", "/nowhere"), ("GET", "/users/abc")]
    bad = 0
    for method, url in reqs:
        status, body = dispatch(method, url)
        bad += status >= 400
        print(f"{method:<6} {url:<35} {status} {json.dumps(body)}")
    u = urlparse("https://user:pw@Example.COM:8443/a/b;p?q=1&q=2&x=%20y#frag")
    print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.path, u.params, u.query, u.fragment)
    print(u._replace(fragment="", query="z=1").geturl(), urlunparse(("http", "h", "/p", "", "a=b", "")))
    print(urlsplit("//host/path?x"), parse_qsl("a=1&b=&c=3&a=4", keep_blank_values=True))
    print(urlencode({"q": "a b&c", "n": [1, 2]}, doseq=True), urlencode([("k", "é")]))
    print(quote("/path with spaces/ü?"), quote("a/b", safe=""), quote_plus("a b+c"), unquote("%E2%82%AC%2F"))
    for base, rel in [("http://a/b/c/d;p?q", "g"), ("http://a/b/c/d;p?q", "../g"), ("http://a/b/c/d", "//x/y"),
                      ("http://a/b/", "?y"), ("http://a/b/c", "/abs")]:
        print(f"urljoin({base!r}, {rel!r}) = {urljoin(base, rel)}")
    print(parse_qs("a=1;b=2"), parse_qs("x=%2B+y"), urlparse("mailto:me@x.org").path)
    return 1 if bad > 4 else 0


if __name__ == "__main__":
    sys.exit(main())
