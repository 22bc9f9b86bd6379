"""JSON schema-lite validator."""
import json
import sys
from typing import Any

SCHEMA = {
    "type": "object",
    "required": ["name", "version", "services"],
    "properties": {
        "name": {"type": "string", "minLength": 2, "pattern": r"^[a-z][a-z0-9-]*$"},
        "version": {"type": "string"},
        "replicas": {"type": "integer", "minimum": 1, "maximum": 10},
        "debug": {"type": "boolean"},
        "ratio": {"type": "number"},
        "services": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["port"],
                "properties": {
                    "port": {"type": "integer", "minimum": 1},
                    "proto": {"enum": ["tcp", "udp"]},
                },
            },
        },
    },
}

TYPES = {
    "string": str, "integer": int, "number": (int, float),
    "boolean": bool, "array": list, "object": dict, "null": type(None),
}


def check_type(value: Any, t: str) -> bool:
    if t in ("integer", "number") and isinstance(value, bool):
        return False
    return isinstance(value, TYPES[t])


def validate(doc: Any, schema: dict, path: str = "$") -> list[str]:
    import re
    errs: list[str] = []
    if "type" in schema and not check_type(doc, schema["type"]):
        return [f"{path}: expected {schema['type']}, got {type(doc).__name__}"]
    if "enum" in schema and doc not in schema["enum"]:
        errs.append(f"{path}: {doc!r} not in {schema['enum']}")
    if isinstance(doc, str):
        if len(doc) < schema.get("minLength", 0):
            errs.append(f"{path}: too short ({len(doc)})")
        if (pat := schema.get("pattern")) and not re.search(pat, doc):
            errs.append(f"{path}: does not match {pat}")
    if isinstance(doc, (int, float)) and not isinstance(doc, bool):
        if (lo := schema.get("minimum")) is not None and doc < lo:
            errs.append(f"{path}: {doc} < {lo}")
        if (hi := schema.get("maximum")) is not None and doc > hi:
            errs.append(f"{path}: {doc} > {hi}")
    if isinstance(doc, dict):
        for key in schema.get("required", []):
            if key not in doc:
                errs.append(f"{path}: missing {key!r}")
        for key, sub in schema.get("properties", {}).items():
            if key in doc:
                errs.extend(validate(doc[key], sub, f"{path}.{key}"))
        extra = sorted(set(doc) - set(schema.get("properties", {})))
        if extra and schema.get("properties"):
            errs.append(f"{path}: unknown keys {extra}")
    if isinstance(doc, list):
        if len(doc) < schema.get("minItems", 0):
            errs.append(f"{path}: needs >= {schema['minItems']} items")
        if "items" in schema:
            for i, item in enumerate(doc):
                errs.extend(validate(item, schema["items"], f"{path}[{i}]"))
    return errs


DOCS = [
    '{"name": "api-gw", "version": "1.2", "replicas": 3, "services": [{"port": 80, "proto": "tcp"}]}',
    '{"name": "X", "version": 2, "replicas": 0, "debug": 1, "services": []}',
    '{"name": "ok", "version": "0", "services": [{"proto": "icmp"}, {"port": true}], "extra": null}',
    '{"name": "ratio", "version": "1", "ratio": 1e3, "services": [{"port": 1.5}]}',
    '[1, 2, 3]',
    '{"name": "bad json", ',
]


def main() -> int:
    failed = 0
    for i, text in enumerate(DOCS):
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as e:
            print(f"doc{i}: invalid JSON: {e.msg} at line {e.lineno} col {e.colno} (pos {e.pos})")
            failed += 1
            continue
        errs = validate(doc, SCHEMA)
        status = "OK" if not errs else f"{len(errs)} error(s)"
        print(f"doc{i}: {status}")
        for e in errs:
            print(f"    - {e}")
        failed += bool(errs)
    print(json.dumps({"checked": len(DOCS), "failed": failed}, separators=(",", ":")))
    print(json.dumps([1.0, 1e20, 1.5e-7, float("inf"), -0.0, 10**20, "é\n", None, True]))
    print(json.dumps({"b": 1, "a": [1, {"c": ()}]}, indent=2, sort_keys=True))
    print(json.dumps("é☃", ensure_ascii=False), json.loads('"\\u00e9\\ud83d\\ude00"'))
    try:
        json.dumps({1: object()})
    except TypeError as e:
        print("TypeError:", e)
    print(json.dumps({1: "a", 2.5: "b", None: "c", True: "d"}))
    print(json.loads("[1, 2.0, 3e2, -0, null]", parse_float=str), json.loads('{"a":1,"a":2}'))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
