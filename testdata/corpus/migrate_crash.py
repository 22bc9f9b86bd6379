# A schema migration runner that applies steps in order and, like many
# real scripts, dies with an uncaught exception on a broken step.
import sys


class MigrationError(Exception):
    def __init__(self, step, reason):
        super().__init__("step %03d failed: %s" % (step, reason))
        self.step = step


schema = {"users": ["id", "name"], "orders": ["id", "user_id", "total"]}

MIGRATIONS = [
    (1, "add_column", ("users", "email")),
    (2, "add_table", ("invoices", ["id", "order_id", "amount"])),
    (3, "rename_column", ("orders", "total", "amount")),
    (4, "drop_column", ("users", "nickname")),
    (5, "add_column", ("users", "created_at")),
]


def add_column(table, column):
    schema[table].append(column)


def add_table(table, columns):
    if table in schema:
        raise ValueError("table %s exists" % table)
    schema[table] = list(columns)


def rename_column(table, old, new):
    cols = schema[table]
    cols[cols.index(old)] = new


def drop_column(table, column):
    schema[table].remove(column)


ACTIONS = {f.__name__: f for f in (add_column, add_table, rename_column, drop_column)}


def show():
    for table in sorted(schema):
        print("  %-9s %s" % (table, ", ".join(schema[table])))


print("before:")
show()
applied = []
for step, action, args in MIGRATIONS:
    print("applying %03d %s%r" % (step, action, args))
    try:
        ACTIONS[action](*args)
    except ValueError as exc:
        show()
        print("applied so far:", applied)
        raise MigrationError(step, exc) from exc
    applied.append(step)
    print("  ok, %d tables, %d columns" % (len(schema), sum(len(c) for c in schema.values())))

print("all applied")
