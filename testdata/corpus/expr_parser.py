# A recursive-descent parser for alerting rules such as
# "cpu > 90 and (mem >= 80 or disk > 95)", with readable syntax errors.
import sys


class ParseError(Exception):
    def __init__(self, message, pos):
        super().__init__("%s at column %d" % (message, pos + 1))
        self.pos = pos


KEYWORDS = ("and", "or", "not")
COMPARE = ("<=", ">=", "==", "!=", "<", ">")


def tokenize(text):
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isalnum() or ch == "_":
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] in "._"):
                j += 1
            word = text[i:j]
            if ch.isdigit():
                yield "num", float(word), i
            else:
                yield ("kw" if word in KEYWORDS else "name"), word, i
            i = j
        elif text.startswith(COMPARE, i):
            op = next(op for op in COMPARE if text.startswith(op, i))
            yield "cmp", op, i
            i += len(op)
        elif ch in "()":
            yield ch, ch, i
            i += 1
        else:
            raise ParseError("unexpected %r" % ch, i)
    yield "end", None, len(text)


class Parser:
    def __init__(self, text):
        self.tokens = list(tokenize(text))
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def take(self, kind):
        tok = self.peek()
        if tok[0] != kind:
            raise ParseError("expected %s, found %s" % (kind, tok[1] or "end"), tok[2])
        self.i += 1
        return tok

    def parse(self):
        node = self.or_expr()
        self.take("end")
        return node

    def chain(self, word, operand):
        node = operand()
        while self.peek()[:2] == ("kw", word):
            self.i += 1
            node = (word, node, operand())
        return node

    def or_expr(self):
        return self.chain("or", lambda: self.chain("and", self.not_expr))

    def not_expr(self):
        if self.peek()[:2] == ("kw", "not"):
            self.i += 1
            return ("not", self.not_expr())
        return self.comparison()

    def comparison(self):
        if self.peek()[0] == "(":
            self.i += 1
            node = self.or_expr()
            self.take(")")
            return node
        left, op, right = (self.take(kind)[1] for kind in ("name", "cmp", "num"))
        return (op, left, right)


def evaluate(node, values):
    op = node[0]
    if op in ("and", "or"):
        first = evaluate(node[1], values)
        return (first and evaluate(node[2], values)) if op == "and" else (first or evaluate(node[2], values))
    if op == "not":
        return not evaluate(node[1], values)
    left, right = values[node[1]], node[2]
    return {"<": left < right, ">": left > right, "<=": left <= right,
            ">=": left >= right, "==": left == right, "!=": left != right}[op]


hosts = {"web1": {"cpu": 95, "mem": 40, "disk": 70}, "db1": {"cpu": 50, "mem": 85, "disk": 97},
         "cache": {"cpu": 10, "mem": 99.5, "disk": 20}}
rules = ["cpu > 90 and (mem >= 80 or disk > 95)", "cpu > 90 or mem > 80", "not disk < 90",
         "mem == 99.5", "cpu > 90 and", "cpu >> 3", "(cpu > 1", "load > 1", "cpu ? 3"]
for rule in rules:
    try:
        tree = Parser(rule).parse()
    except ParseError as e:
        print("%-40s syntax error: %s" % (rule, e))
        print(" " * 41 + " " * e.pos + "^")
        continue
    try:
        firing = sorted(h for h, vals in hosts.items() if evaluate(tree, vals))
    except KeyError as e:
        print("%-40s unknown metric %s" % (rule, e))
        continue
    print("%-40s %s" % (rule, firing or "-"))
print(Parser("not (a < 1 or b > 2) and c != 3").parse())
print([t[:2] for t in tokenize("x>=1.5 and y_2 != 0")])
