registry = {}
class Plugin:
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        registry[name or cls.__name__] = cls
class A(Plugin): pass
class B(Plugin, name="bee"): pass
print(sorted(registry))
class Field:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, typ=None):
        return self if obj is None else obj.__dict__.get(self.name, 'unset:' + self.name)
class M:
    colour = Field()
print(M.colour.name, M().colour)
try:
    class C(object, flag=1): pass
except TypeError as e:
    print(e)
