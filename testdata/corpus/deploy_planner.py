"""Deploy planner: builds a staging tree, hashes it, runs shell steps."""
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

FILES = {
    "app/main.py": "print('hello')\n",
    "app/util/helpers.py": "def add(a, b):\n    return a + b\n",
    "config/settings.toml": "[app]\nname = 'demo'\n",
    "static/logo.txt": "LOGO" * 50,
    "README.md": "# Demo\n\nSome docs.\n",
}


def sha256_of(p: Path) -> str:
    h = hashlib.sha256()
    with p.open("rb") as fh:
        while chunk := fh.read(64):
            h.update(chunk)
    return h.hexdigest()


def build_tree(root: Path) -> None:
    for rel, content in FILES.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(content)


def manifest(root: Path) -> list[tuple[str, int, str]]:
    out = []
    for p in sorted(root.rglob("*")):
        if p.is_file():
            out.append((p.relative_to(root).as_posix(), p.stat().st_size, sha256_of(p)[:12]))
    return out


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="deploy-") as tmp:
        tmp = Path(tmp)
        src = tmp / "src"
        build_tree(src)
        dst = tmp / "release-1.0"
        shutil.copytree(str(src), str(dst), ignore=shutil.ignore_patterns("*.md"))
        shutil.move(str(dst / "static"), str(dst / "public"))
        (dst / "VERSION").write_text("1.0\n")
        print("manifest:")
        for rel, size, digest in manifest(dst):
            print(f"  {rel:<28} {size:>5}  {digest}")
        total = sum(s for _, s, _ in manifest(dst))
        print(f"total bytes: {total}")
        whole = hashlib.md5()
        for rel, _, digest in manifest(dst):
            whole.update(f"{rel}:{digest}\n".encode())
        print("release id:", whole.hexdigest())

        steps = [
            ["echo", "building", "release"],
            ["sh", "-c", "ls | sort"],
            ["sh", "-c", "cat VERSION; exit 3"],
            ["sh", "-c", "echo err >&2; printf 'a\\nb\\n'"],
        ]
        for step in steps:
            r = subprocess.run(step, cwd=dst, capture_output=True, text=True)
            print(f"$ {' '.join(step)} -> rc={r.returncode}")
            print(textwrap.indent(r.stdout.rstrip("\n") or "(no output)", "    | "))
            if r.stderr:
                print(textwrap.indent(r.stderr.rstrip(), "    ! "))
        try:
            subprocess.run(["sh", "-c", "exit 7"], check=True)
        except subprocess.CalledProcessError as e:
            print(f"failed: rc={e.returncode} cmd={e.cmd}")
        out = subprocess.check_output(["echo", "checked"], text=True)
        print(repr(out))
        print("exists:", sorted(p.name for p in tmp.iterdir()))
        shutil.rmtree(src)
        print("after rmtree:", sorted(p.name for p in tmp.iterdir()))
        print(os.path.relpath(dst / "app" / "main.py", tmp))
        print((dst / "app/main.py").suffix, (dst / "app/main.py").stem, (dst / "config").is_dir())
        note = textwrap.dedent("""\
            Release notes:
                - moved static -> public
                - removed docs
            """)
        print(textwrap.fill(note.replace("\n", " "), width=30))
    return 0


if __name__ == "__main__":
    sys.exit(main())
