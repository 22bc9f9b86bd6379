# abc for spython: abstract base classes. A class whose abstract methods
# are not all implemented cannot be instantiated (spython checks
# __abstractmethods__ when an instance is made, as CPython does), and
# register() makes a class a virtual subclass for isinstance.


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if isinstance(value, property):
        return _is_abstract(value.fget)
    return getattr(value, '__isabstractmethod__', False)


_all_abcs = []


class ABCMeta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns, **kwargs)
        abstracts = set()
        for key, value in ns.items():
            if _is_abstract(value):
                abstracts.add(key)
        for base in bases:
            for key in getattr(base, '__abstractmethods__', ()):
                value = getattr(cls, key, None)
                if _is_abstract(value):
                    abstracts.add(key)
        type.__setattr__(cls, '__abstractmethods__', frozenset(abstracts))
        type.__setattr__(cls, '_abc_registry', [])
        _all_abcs.append(cls)
        return cls

    def register(cls, subclass):
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        mro = getattr(subclass, '__mro__', ())
        if cls in mro:
            return True
        hook = getattr(cls, '__subclasshook__', None)
        if hook is not None:
            result = hook(subclass)
            if result is not NotImplemented:
                return bool(result)
        # What is registered with cls or with an ABC derived from it.
        for abc in _all_abcs:
            if abc is cls or cls in abc.__mro__:
                for registered in abc._abc_registry:
                    if registered in mro:
                        return True
        return False


class ABC(metaclass=ABCMeta):
    __slots__ = ()


def get_cache_token():
    return 0
