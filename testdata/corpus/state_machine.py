"""Tiny state machine with dispatch dicts for an order workflow."""
import sys
from collections import deque, namedtuple
from enum import Enum

Event = namedtuple("Event", "kind payload", defaults=(None,))


class State(str, Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"

    def __str__(self):
        return self.value


class InvalidTransition(Exception):
    def __init__(self, state, event):
        self.state, self.event = state, event
        super().__init__(f"cannot {event.kind!r} in state {state}")


class Order:
    TRANSITIONS = {
        (State.NEW, "pay"): State.PAID,
        (State.NEW, "cancel"): State.CANCELLED,
        (State.PAID, "ship"): State.SHIPPED,
        (State.PAID, "cancel"): State.CANCELLED,
        (State.SHIPPED, "deliver"): State.DELIVERED,
    }

    def __init__(self, oid):
        self.oid = oid
        self.state = State.NEW
        self.history = [self.state]
        self.balance = 0
        self.handlers = {
            "pay": self.on_pay,
            "ship": self.on_ship,
            "cancel": self.on_cancel,
        }

    def on_pay(self, ev):
        self.balance += ev.payload or 0

    def on_ship(self, ev):
        pass

    def on_cancel(self, ev):
        if self.balance:
            print(f"  refund {self.balance} for order {self.oid}")
            self.balance = 0

    def fire(self, ev):
        key = (self.state, ev.kind)
        if key not in self.TRANSITIONS:
            raise InvalidTransition(self.state, ev)
        self.handlers.get(ev.kind, lambda e: None)(ev)
        self.state = self.TRANSITIONS[key]
        self.history.append(self.state)
        return self.state

    def __repr__(self):
        return f"<Order {self.oid} {self.state.name} bal={self.balance}>"


def main():
    queue = deque([
        (1, Event("pay", 30)), (2, Event("pay", 15)), (1, Event("ship")),
        (3, Event("ship")), (2, Event("cancel")), (1, Event("deliver")),
        (1, Event("cancel")), (3, Event("cancel")),
    ])
    orders = {}
    errors = 0
    while queue:
        oid, ev = queue.popleft()
        order = orders.setdefault(oid, Order(oid))
        try:
            new = order.fire(ev)
            print(f"order {oid}: {ev.kind:<8} -> {new}")
        except InvalidTransition as e:
            errors += 1
            print(f"order {oid}: ERROR {e}")
    for oid, o in sorted(orders.items()):
        print(o, " > ".join(map(str, o.history)))
    print(Event("x"), Event._fields, Event("y", 1)._asdict(), Event("z")._replace(payload=2))
    print(State.PAID == "paid", State("shipped").name, f"{State.NEW}", format(State.NEW, ">6"))
    print(sorted(State, key=lambda s: s.value)[0], len(State), State.NEW in State)
    counts = {}
    for o in orders.values():
        counts[o.state] = counts.get(o.state, 0) + 1
    print({str(k): v for k, v in counts.items()})
    return errors


if __name__ == "__main__":
    sys.exit(main())
