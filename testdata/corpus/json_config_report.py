# Load service configuration documents, merge them with defaults, report
# problems and write the effective configuration back out as JSON.
import json
import sys

DEFAULTS = {
    "port": 8080,
    "workers": 4,
    "log": {"level": "info", "format": "text"},
    "features": [],
    "timeout": 30.0,
}

DOCS = {
    "api": '{"port": 9000, "workers": 8, "log": {"level": "debug"}, "features": ["auth", "rate-limit"]}',
    "worker": '{"workers": 16, "timeout": 12.5, "queue": {"name": "jobs", "retries": 3}}',
    "broken": '{"port": 9001, "workers": 2,}',
    "empty": '',
    "unicode": '{"name": "caf\\u00e9 \\u2615", "port": 7000, "tags": ["\\u00fcber", "na\\u00efve"]}',
    "list": '[1, 2, 3]',
}


def merge(base, override):
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def load_doc(name, text):
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        print(f"{name}: invalid JSON: {err.msg} at line {err.lineno} column {err.colno}")
        return None
    if not isinstance(data, dict):
        print(f"{name}: expected an object, got {type(data).__name__}")
        return None
    return data


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else "/tmp"
    effective = {}
    for name in sorted(DOCS):
        data = load_doc(name, DOCS[name])
        if data is None:
            continue
        cfg = merge(DEFAULTS, data)
        if cfg["workers"] > 10:
            print(f"{name}: warning: {cfg['workers']} workers")
        effective[name] = cfg
    print(json.dumps(effective, indent=2, sort_keys=True))
    print(json.dumps(effective["unicode"], ensure_ascii=False, sort_keys=True))
    print(json.dumps({"ports": [c["port"] for c in effective.values()]}, separators=(",", ":")))

    path = outdir + "/effective.json"
    with open(path, "w") as fp:
        json.dump(effective, fp, indent="\t")
    with open(path) as fp:
        again = json.load(fp)
    print("round trip equal:", again == effective)

    try:
        json.dumps({"bad": {1, 2}})
    except TypeError as err:
        print("TypeError:", err)
    print(json.dumps({"total": sum(c["timeout"] for c in effective.values()), "ok": True, "none": None}))


main()
