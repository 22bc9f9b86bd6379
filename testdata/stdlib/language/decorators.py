# Decorators of any expression (PEP 614).
registry = []
handlers = [lambda f: registry.append(f.__name__) or f]
class Buttons:
    def clicked(self, f):
        registry.append("clicked:" + f.__name__)
        return f
buttons = [Buttons()]
@handlers[0]
def first(): pass
@buttons[0].clicked
def second(): pass
@(lambda f: f)
def third(): return "third"
@handlers[0] if True else None
class Fourth: pass
print(registry, third(), Fourth.__name__)
