# An HTTP client wrapper's error handling: status-code exceptions with
# attributes, mapped from a dict of int keys, and a retry policy.
import sys


class HTTPError(Exception):
    def __init__(self, status, url, body=""):
        self.status = status
        self.url = url
        self.body = body
        super().__init__(status, url)

    def __str__(self):
        return "%d %s for %s" % (self.status, REASONS.get(self.status, "Unknown"), self.url)

    @property
    def retryable(self):
        return False


class ClientError(HTTPError):
    pass


class ServerError(HTTPError):
    @property
    def retryable(self):
        return self.status in (502, 503, 504)


class NotFound(ClientError):
    pass


class RateLimited(ClientError):
    def __init__(self, status, url, body="", retry_after=1):
        super().__init__(status, url, body)
        self.retry_after = retry_after

    @property
    def retryable(self):
        return True


REASONS = {200: "OK", 404: "Not Found", 429: "Too Many Requests", 500: "Internal Server Error",
           502: "Bad Gateway", 503: "Service Unavailable", 400: "Bad Request"}
SPECIFIC = {404: NotFound, 429: RateLimited}

RESPONSES = {
    "/users/1": [200],
    "/users/2": [404],
    "/reports": [503, 502, 200],
    "/search": [429, 429, 429, 429],
    "/upload": [500],
    "/form": [400],
}


def raise_for_status(status, url):
    if status < 400:
        return status
    cls = SPECIFIC.get(status) or (ClientError if status < 500 else ServerError)
    kwargs = {"retry_after": 2} if cls is RateLimited else {}
    raise cls(status, url, body="error body", **kwargs)


def fetch(url, attempts=3):
    queue = list(RESPONSES[url])
    waited = 0
    for attempt in range(1, attempts + 1):
        try:
            return raise_for_status(queue.pop(0), url), attempt, waited
        except HTTPError as e:
            if not e.retryable or attempt == attempts:
                raise
            waited += getattr(e, "retry_after", 0)


for url in RESPONSES:
    try:
        status, attempt, waited = fetch(url)
        print("%-10s -> %d after %d attempt(s), waited %ds" % (url, status, attempt, waited))
    except (NotFound, RateLimited) as e:
        print("%-10s -> expected failure %s: %s" % (url, type(e).__name__, e))
    except ServerError as e:
        print("%-10s -> server error: %s (retryable=%s)" % (url, e, e.retryable))
    except HTTPError as e:
        print("%-10s -> other %s args=%r" % (url, e, e.args))

chain = [c.__name__ for c in RateLimited.__mro__]
print(" < ".join(chain))
e = NotFound(404, "/x")
print(isinstance(e, ClientError), isinstance(e, ServerError), repr(e), e.args)
counts = {}
for url, statuses in RESPONSES.items():
    for s in statuses:
        counts[s] = counts.get(s, 0) + 1
print(sorted(counts.items()), max(counts, key=counts.get))
