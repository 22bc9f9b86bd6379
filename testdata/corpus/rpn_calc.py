# A reverse-Polish calculator for a monitoring rule language: tokens,
# a stack, named variables, and error reporting with chained exceptions.
import sys


class CalcError(Exception):
    pass


class StackUnderflow(CalcError):
    pass


class UnknownToken(CalcError):
    pass


def binary(fn):
    def op(stack):
        if len(stack) < 2:
            raise StackUnderflow("need 2 values, have %d" % len(stack))
        b, a = stack.pop(), stack.pop()
        stack.append(fn(a, b))
    return op


OPS = {
    "+": binary(lambda a, b: a + b),
    "-": binary(lambda a, b: a - b),
    "*": binary(lambda a, b: a * b),
    "/": binary(lambda a, b: a / b),
    "//": binary(lambda a, b: a // b),
    "%": binary(lambda a, b: a % b),
    "max": binary(max),
    "min": binary(min),
    ">": binary(lambda a, b: int(a > b)),
}


def dup(stack):
    stack.append(stack[-1])


def swap(stack):
    stack[-1], stack[-2] = stack[-2], stack[-1]


OPS.update(dup=dup, swap=swap)


def evaluate(expr, variables):
    stack = []
    for pos, token in enumerate(expr.split(), 1):
        try:
            if token in OPS:
                OPS[token](stack)
            elif token.startswith("$"):
                stack.append(variables[token[1:]])
            else:
                stack.append(float(token) if "." in token else int(token))
        except ZeroDivisionError as exc:
            raise CalcError("token %d %r: %s" % (pos, token, exc)) from exc
        except KeyError as exc:
            raise UnknownToken("token %d: no variable %s" % (pos, exc))
        except ValueError:
            raise UnknownToken("token %d: cannot parse %r" % (pos, token)) from None
    if len(stack) != 1:
        raise CalcError("expected one result, stack is %r" % stack)
    return stack[0]


metrics = {"errors": 42, "requests": 10500, "p99": 812.5, "slo": 500, "zero": 0}
rules = [
    "$errors $requests / 100 *",
    "$p99 $slo >",
    "$p99 $slo - 0 max",
    "3 4 swap - dup *",
    "$requests 60 // $requests 60 %",
    "$errors $zero /",
    "1 +",
    "$missing 2 *",
    "2 three +",
    "10 3 //  7 2.5 * min",
]
for rule in rules:
    try:
        result = evaluate(rule, metrics)
    except StackUnderflow as e:
        print("%-32s underflow: %s" % (rule, e))
    except CalcError as e:
        cause, ctx = e.__cause__, e.__context__
        print("%-32s %s: %s" % (rule, type(e).__name__, e))
        print("%-32s cause=%s context=%s suppressed=%s" % ("", type(cause).__name__, type(ctx).__name__, e.__suppress_context__))
    else:
        print("%-32s = %r" % (rule, round(result, 4) if isinstance(result, float) else result))
print(sorted(OPS))
print(7 / 2, 7 // 2, -7 / 2, 7 % -3, 2 ** 10, 2 ** -1, 10 / 4 * 2, 1e3, 1.5e-7, 0.1 + 0.2, 1 / 3)
