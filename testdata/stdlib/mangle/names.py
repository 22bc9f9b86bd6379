# A private function or class is bound under its mangled name but keeps
# the name it was written with in __name__, __qualname__, its repr and
# tracebacks.
import traceback


class Owner:
    def __hidden(self):
        raise ValueError("from __hidden")

    def call(self):
        return self.__hidden()

    class __Nested:
        def __deep(self):
            pass

        def plain(self):
            return 1

    def make(self):
        class __Local:
            pass

        return __Local


f = Owner._Owner__hidden
print(f.__name__, f.__qualname__)
n = Owner._Owner__Nested
print(n.__name__, n.__qualname__, n)
print(n._Nested__deep.__name__, n._Nested__deep.__qualname__, n.plain.__qualname__)
local = Owner().make()
print(local.__name__, local.__qualname__)
print("_Owner__hidden" in vars(Owner), "_Owner__Nested" in vars(Owner))
try:
    Owner().call()
except ValueError:
    print(traceback.format_exc().splitlines()[-3].split(", ")[-1])
