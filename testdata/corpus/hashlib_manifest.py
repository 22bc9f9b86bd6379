# Build a checksum manifest for release artefacts, then verify it the way a
# deployment step would, catching a tampered file.
import base64
import binascii
import hashlib
import json
import sys

ARTEFACTS = {
    "app.tar": "application bundle v1.4.2\n" * 40,
    "config.yml": "port: 8080\nworkers: 4\n",
    "README": "Release notes\n=============\n\n- fixed the widget\n",
    "empty.dat": "",
}


def digest_file(path, algo):
    with open(path, "rb") as fp:
        return hashlib.file_digest(fp, algo).hexdigest()


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else "/tmp"
    manifest = {}
    for name in sorted(ARTEFACTS):
        data = ARTEFACTS[name].encode()
        path = outdir + "/" + name
        with open(path, "wb") as fp:
            fp.write(data)
        h = hashlib.sha256()
        for line in ARTEFACTS[name].splitlines(True):
            h.update(line.encode())
        entry = {
            "sha256": h.hexdigest(),
            "md5": hashlib.md5(data).hexdigest(),
            "sha1_b64": base64.b64encode(hashlib.sha1(data).digest()).decode(),
            "crc32": "%08x" % binascii.crc32(data),
            "blake_free_sha3": hashlib.new("sha3_256", data).hexdigest()[:16],
        }
        if entry["sha256"] != digest_file(path, "sha256"):
            print("mismatch while building", name)
        manifest[name] = entry
    print(json.dumps(manifest, indent=1, sort_keys=True))

    with open(outdir + "/README", "a") as fp:
        fp.write("- sneaky change\n")

    bad = 0
    for name, entry in sorted(manifest.items()):
        actual = digest_file(outdir + "/" + name, hashlib.sha256)
        status = "OK" if actual == entry["sha256"] else "FAILED"
        if status != "OK":
            bad += 1
        print(f"{name}: {status}")
    print(f"{bad} of {len(manifest)} artefacts failed verification")

    token = base64.urlsafe_b64encode(hashlib.sha256(b"release-1.4.2").digest()).rstrip(b"=")
    print("release token:", token.decode())
    print("hex:", binascii.hexlify(hashlib.md5(b"x").digest(), ":", 4).decode())
    print("b32:", base64.b32encode(b"release").decode(), base64.b16encode(b"OK").decode())
    for algo in ("sha224", "sha384", "sha512", "shake_128"):
        h = hashlib.new(algo, b"abc")
        size = h.digest_size or 16
        print(algo, h.digest_size, h.block_size, h.hexdigest(size) if algo.startswith("shake") else h.hexdigest()[:20])
    try:
        hashlib.new("md4-weird")
    except ValueError as err:
        print("ValueError:", err)
    try:
        base64.b64decode("not*base64*", validate=True)
    except binascii.Error as err:
        print("binascii.Error:", err)


main()
