# A plugin system: base class with a registry filled by a class
# decorator, cooperative super() calls, classmethods and overrides.
import sys

REGISTRY = {}


def plugin(name, *aliases):
    def register(cls):
        cls.plugin_name = name
        for key in (name,) + aliases:
            if key in REGISTRY:
                raise KeyError("plugin name %r already used by %s" % (key, REGISTRY[key].__name__))
            REGISTRY[key] = cls
        return cls
    return register


class Plugin:
    plugin_name = "base"
    defaults = {"enabled": True}

    def __init__(self, **options):
        self.options = {**self.all_defaults(), **options}
        self.log = []

    @classmethod
    def all_defaults(cls):
        merged = {}
        for klass in reversed(cls.__mro__):
            merged.update(getattr(klass, "defaults", {}) if "defaults" in vars(klass) else {})
        return merged

    @classmethod
    def create(cls, name, **options):
        return REGISTRY[name](**options)

    def process(self, record):
        self.log.append("%s saw %s" % (type(self).__name__, record.get("id")))
        return record

    def describe(self):
        return "%s(%s)" % (self.plugin_name, ", ".join("%s=%r" % kv for kv in sorted(self.options.items())))


@plugin("upper", "caps")
class Uppercase(Plugin):
    defaults = {"fields": ("name",)}

    def process(self, record):
        record = super().process(record)
        return {k: v.upper() if k in self.options["fields"] else v for k, v in record.items()}


@plugin("mask")
class Mask(Plugin):
    defaults = {"keep": 2, "char": "*"}

    def process(self, record):
        record = dict(super().process(record))
        keep = self.options["keep"]
        for key in ("email", "phone"):
            if key in record:
                value = record[key]
                record[key] = value[:keep] + self.options["char"] * (len(value) - keep)
        return record


@plugin("mask-strict")
class StrictMask(Mask):
    defaults = {"keep": 0, "char": "#"}

    def process(self, record):
        record = super().process(record)
        record.pop("phone", None)
        return record


def run(pipeline, records):
    for record in records:
        for p in pipeline:
            if p.options["enabled"]:
                record = p.process(record)
        yield record


records = [{"id": 1, "name": "ana lima", "email": "ana@example.com", "phone": "5551234"},
           {"id": 2, "name": "bo", "email": "bo@example.org"}]
pipeline = [Plugin.create("caps", fields=("name", "email")), Plugin.create("mask"),
            Plugin.create("mask-strict", enabled=False)]
for p in pipeline:
    print(p.describe())
for out in run(pipeline, records):
    print(out)
strict = Plugin.create("mask-strict")
print(strict.describe(), StrictMask.__mro__[1].__name__, StrictMask.plugin_name, Mask.plugin_name)
print(list(run([strict], records)))
print(strict.log, pipeline[1].log)
print(sorted(REGISTRY), sorted({cls.__name__ for cls in REGISTRY.values()}))
try:
    plugin("mask")(type("Dup", (Plugin,), {}))
except KeyError as e:
    print("KeyError:", e.args[0])
try:
    Plugin.create("nope")
except KeyError as e:
    print("unknown plugin:", e)
print(issubclass(StrictMask, Plugin), isinstance(strict, Mask), type(strict).__name__, Plugin.all_defaults())
