# An in-process event bus: subscribers registered with decorators,
# closures capturing state, handlers taking **payload.
import sys


class EventBus:
    def __init__(self):
        self.handlers = {}
        self.delivered = 0

    def on(self, *topics, once=False):
        def register(fn):
            for topic in topics:
                self.handlers.setdefault(topic, []).append((fn, once))
            return fn
        return register

    def emit(self, topic, **payload):
        matched = self.handlers.get(topic, []) + self.handlers.get("*", [])
        results = []
        for fn, once in matched:
            try:
                results.append(fn(topic, **payload))
                self.delivered += 1
            except Exception as e:
                results.append("%s failed: %s: %s" % (fn.__name__, type(e).__name__, e))
            if once:
                for key in self.handlers:
                    self.handlers[key] = [h for h in self.handlers[key] if h[0] is not fn]
        return results


bus = EventBus()
audit = []


def make_counter(label):
    count = 0

    def counter(topic, **payload):
        nonlocal count
        count += 1
        return "%s#%d" % (label, count)
    counter.__name__ = "counter_" + label
    return counter


@bus.on("user.created", "user.deleted")
def notify_admin(topic, user, **extra):
    flags = ",".join("%s=%s" % kv for kv in sorted(extra.items()))
    return "admin: %s %s [%s]" % (topic.split(".")[1], user, flags)


@bus.on("user.created", once=True)
def welcome_first(topic, user, **_):
    return "welcome, first user %s!" % user


@bus.on("*")
def record(topic, **payload):
    audit.append((topic, tuple(sorted(payload))))
    return None


@bus.on("order.paid")
def invoice(topic, order_id, amount, *, currency="EUR", **rest):
    if amount <= 0:
        raise ValueError("bad amount %r" % amount)
    return "invoice %05d: %.2f %s" % (order_id, amount, currency)


bus.on("order.paid", "order.refunded")(make_counter("orders"))
bus.on("user.created")(make_counter("signups"))

events = [
    ("user.created", {"user": "ana", "plan": "pro"}),
    ("user.created", {"user": "bo"}),
    ("order.paid", {"order_id": 17, "amount": 19.9}),
    ("order.paid", {"order_id": 18, "amount": 5, "currency": "USD", "coupon": "X1"}),
    ("order.paid", {"order_id": 19, "amount": -1}),
    ("order.refunded", {"order_id": 17}),
    ("user.deleted", {"user": "bo", "reason": "spam", "hard": True}),
    ("unknown.topic", {}),
    ("order.paid", {"amount": 3}),
]
for topic, payload in events:
    results = [r for r in bus.emit(topic, **payload) if r is not None]
    print("%-15s %s" % (topic, results))

print("delivered:", bus.delivered)
print("subscribers:", {t: [f.__name__ for f, _ in hs] for t, hs in bus.handlers.items()})
print("audit:", len(audit))
for topic, keys in audit[:4]:
    print("  ", topic, keys)
topics = {}
for topic, _ in audit:
    topics[topic] = topics.get(topic, 0) + 1
print(sorted(topics.items(), key=lambda kv: (-kv[1], kv[0])))
