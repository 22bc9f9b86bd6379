# A connection pool with context managers: __enter__/__exit__ that
# release resources, suppress selected errors, and nested with blocks.
import sys


class PoolExhausted(Exception):
    pass


class Connection:
    def __init__(self, ident):
        self.ident = ident
        self.queries = 0
        self.in_tx = False

    def execute(self, sql):
        if "DROP" in sql.upper():
            raise PermissionError("statement refused: %s" % sql)
        self.queries += 1
        return "conn%d:%s" % (self.ident, sql.split()[0].lower())


class Pool:
    def __init__(self, size):
        self.free = [Connection(i) for i in range(1, size + 1)]
        self.busy = []
        self.events = []

    def acquire(self):
        if not self.free:
            raise PoolExhausted("all %d connections busy" % len(self.busy))
        conn = self.free.pop(0)
        self.busy.append(conn)
        self.events.append("acquire %d" % conn.ident)
        return conn

    def release(self, conn):
        self.busy.remove(conn)
        self.free.append(conn)
        self.events.append("release %d" % conn.ident)

    def connection(self):
        return Lease(self)


class Lease:
    def __init__(self, pool):
        self.pool = pool
        self.conn = None

    def __enter__(self):
        self.conn = self.pool.acquire()
        return self.conn

    def __exit__(self, exc_type, exc, tb):
        self.pool.release(self.conn)
        if exc_type is not None:
            self.pool.events.append("error %s" % exc_type.__name__)
        return exc_type is PermissionError


class Transaction:
    def __init__(self, conn, log):
        self.conn, self.log = conn, log

    def __enter__(self):
        self.conn.in_tx = True
        self.log.append("BEGIN")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.conn.in_tx = False
        self.log.append("ROLLBACK" if exc_type else "COMMIT")
        return False


pool = Pool(2)
log = []
with pool.connection() as c:
    print(c.execute("SELECT * FROM users"))
    with Transaction(c, log):
        print(c.execute("UPDATE users SET active = 1"))
    print("in transaction after block:", c.in_tx)

with pool.connection() as c:
    c.execute("DROP TABLE users")
    print("never printed")
print("after suppressed error, free:", [x.ident for x in pool.free])

try:
    with pool.connection() as a, pool.connection() as b:
        print("holding", a.ident, b.ident)
        with pool.connection() as c:
            print("never printed either")
except PoolExhausted as e:
    print("PoolExhausted:", e)

try:
    with pool.connection() as c, Transaction(c, log):
        c.execute("INSERT INTO t VALUES (1)")
        raise ValueError("constraint failed")
except ValueError as e:
    print("ValueError:", e)

with pool.connection() as c:
    result = [c.execute(q) for q in ("SELECT 1", "SELECT 2")]
print(result)
print("log:", log)
for event in pool.events:
    print("  " + event)
print("queries:", {conn.ident: conn.queries for conn in sorted(pool.free, key=lambda c: c.ident)})
print("busy:", pool.busy, "free:", len(pool.free))
