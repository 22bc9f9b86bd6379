# An order workflow as a state machine driven by a transition table,
# with handlers looked up by name and an audit trail.
import sys


class InvalidTransition(Exception):
    pass


TRANSITIONS = {
    ("new", "pay"): "paid",
    ("new", "cancel"): "cancelled",
    ("paid", "ship"): "shipped",
    ("paid", "refund"): "refunded",
    ("shipped", "deliver"): "delivered",
    ("shipped", "lose"): "lost",
    ("lost", "refund"): "refunded",
    ("delivered", "return"): "returned",
    ("returned", "refund"): "refunded",
}
FINAL = {"cancelled", "refunded"}


class Order:
    next_id = 100

    def __init__(self, customer, amount):
        Order.next_id += 1
        self.id = Order.next_id
        self.customer = customer
        self.amount = amount
        self.state = "new"
        self.history = [("created", "new")]

    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            allowed = sorted(e for s, e in TRANSITIONS if s == self.state)
            raise InvalidTransition("order %d: cannot %s when %s (allowed: %s)" % (
                self.id, event, self.state, ", ".join(allowed) or "none"))
        old, self.state = self.state, TRANSITIONS[key]
        self.history.append((event, self.state))
        handler = getattr(self, "on_" + self.state, None)
        if handler:
            handler(old)

    def on_paid(self, old):
        print("    charge %s %.2f" % (self.customer, self.amount))

    def on_refunded(self, old):
        print("    refund %.2f to %s (was %s)" % (self.amount, self.customer, old))

    @property
    def done(self):
        return self.state in FINAL or self.state == "delivered"


scripts = {
    "ana": (25.0, ["pay", "ship", "deliver"]),
    "ben": (99.5, ["pay", "ship", "lose", "refund"]),
    "cy": (12.0, ["cancel", "pay"]),
    "dee": (40.0, ["ship"]),
    "eve": (7.25, ["pay", "refund", "refund"]),
    "fay": (60.0, ["pay", "ship", "deliver", "return", "refund"]),
}

orders = []
for customer, (amount, events) in scripts.items():
    order = Order(customer, amount)
    orders.append(order)
    print("order %d for %s:" % (order.id, customer))
    for event in events:
        try:
            order.fire(event)
        except InvalidTransition as e:
            print("    !", e)
            break
    print("    -> %s after %s" % (order.state, " > ".join(ev for ev, _ in order.history)))

states = {}
for o in orders:
    states[o.state] = states.get(o.state, 0) + 1
print(states)
print("done:", [o.id for o in orders if o.done], "open:", [o.id for o in orders if not o.done])
revenue = sum(o.amount for o in orders if o.state == "delivered")
refunded = sum(o.amount for o in orders if o.state == "refunded")
print("revenue %.2f refunded %.2f" % (revenue, refunded))
reachable = {"new"}
changed = True
while changed:
    nxt = {TRANSITIONS[k] for k in TRANSITIONS if k[0] in reachable}
    changed = not nxt <= reachable
    reachable |= nxt
print("reachable states:", sorted(reachable), len(reachable))
