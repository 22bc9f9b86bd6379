# Processes a batch of bank transfers with a small exception hierarchy,
# exception chaining and a summary of failures.
import sys


class BankError(Exception):
    code = "E000"

    def __init__(self, message, account=None):
        super().__init__(message)
        self.account = account

    def __str__(self):
        base = super().__str__()
        if self.account:
            return "[%s] %s (account %s)" % (self.code, base, self.account)
        return "[%s] %s" % (self.code, base)


class InsufficientFunds(BankError):
    code = "E101"


class AccountFrozen(BankError):
    code = "E102"


class UnknownAccount(BankError, KeyError):
    code = "E404"


class Bank:
    def __init__(self):
        self.balances = {}
        self.frozen = set()

    def open(self, name, amount=0):
        self.balances[name] = amount

    def _get(self, name):
        try:
            return self.balances[name]
        except KeyError as exc:
            raise UnknownAccount("no such account", name) from exc

    def transfer(self, src, dst, amount):
        if amount <= 0:
            raise ValueError("amount must be positive, got %d" % amount)
        have = self._get(src)
        self._get(dst)
        if src in self.frozen or dst in self.frozen:
            raise AccountFrozen("transfer blocked", src if src in self.frozen else dst)
        if have < amount:
            raise InsufficientFunds("needs %d more" % (amount - have), src)
        self.balances[src] -= amount
        self.balances[dst] += amount


bank = Bank()
for name, amount in [("alice", 500), ("bob", 120), ("carol", 0), ("dave", 75)]:
    bank.open(name, amount)
bank.frozen.add("dave")

transfers = [
    ("alice", "bob", 200),
    ("bob", "carol", 400),
    ("carol", "erin", 10),
    ("alice", "dave", 5),
    ("bob", "alice", -3),
    ("bob", "carol", 320),
]

failures = {}
for i, (src, dst, amount) in enumerate(transfers, 1):
    try:
        bank.transfer(src, dst, amount)
    except (InsufficientFunds, AccountFrozen) as e:
        print("%d: refused: %s" % (i, e))
        failures[e.code] = failures.get(e.code, 0) + 1
    except BankError as e:
        cause = e.__cause__
        print("%d: error: %s; caused by %s(%s)" % (i, e, type(cause).__name__, cause))
        print("   also a KeyError:", isinstance(e, KeyError), "args:", e.args)
        failures[e.code] = failures.get(e.code, 0) + 1
    except ValueError as e:
        print("%d: bad request: %s" % (i, e))
        failures["value"] = failures.get("value", 0) + 1
    else:
        print("%d: ok %s -> %s %d" % (i, src, dst, amount))
    finally:
        pass

print()
for name in sorted(bank.balances):
    print("%-6s %5d" % (name, bank.balances[name]))
print("total:", sum(bank.balances.values()))
print("failures:", sorted(failures.items()))

try:
    try:
        bank.transfer("zed", "alice", 1)
    except UnknownAccount:
        raise RuntimeError("batch aborted")
except RuntimeError as e:
    ctx = e.__context__
    print(repr(e), "context:", type(ctx).__name__, str(ctx))
    print("cause is None:", e.__cause__ is None, "suppress:", e.__suppress_context__)
