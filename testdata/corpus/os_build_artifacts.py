# A CI step: lay out a source tree, collect the files a build ships, copy
# them into a dist folder with a manifest, then clean up.
import glob
import os
import shutil
import sys

work = os.path.join(sys.argv[1] if len(sys.argv) > 1 else '/tmp', 'build_artifacts')
if os.path.exists(work):
    shutil.rmtree(work)
src = os.path.join(work, 'src')
files = {
    'app/__init__.py': 'VERSION = "1.4.2"\n',
    'app/core.py': 'def run():\n    return 42\n',
    'app/util/strings.py': 'def slug(s):\n    return s.lower()\n',
    'app/util/__init__.py': '',
    'app/data/schema.json': '{"type": "object"}\n',
    'tests/test_core.py': 'assert True\n',
    'README.md': '# app\n',
    '.env': 'SECRET=1\n',
    'app/__pycache__/core.cpython-313.pyc': 'junk',
}
for rel, text in sorted(files.items()):
    path = os.path.join(src, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)

print('sources:')
for root, dirs, names in os.walk(src):
    dirs[:] = sorted(d for d in dirs if d != '__pycache__')
    rel = os.path.relpath(root, src)
    for name in sorted(names):
        print('  ', os.path.normpath(os.path.join(rel, name)))

python_files = sorted(os.path.relpath(p, src) for p in glob.glob(os.path.join(src, 'app', '**', '*.py'), recursive=True))
print('python files:', python_files)
hidden = sorted(os.path.basename(p) for p in glob.glob(os.path.join(src, '.*')))
print('hidden at top:', hidden)

dist = os.path.join(work, 'dist', 'app-1.4.2')
shutil.copytree(os.path.join(src, 'app'), os.path.join(dist, 'app'),
                ignore=shutil.ignore_patterns('__pycache__', '*.pyc'))
shutil.copy2(os.path.join(src, 'README.md'), dist)
manifest = []
total = 0
for root, dirs, names in os.walk(dist):
    dirs.sort()
    for name in sorted(names):
        path = os.path.join(root, name)
        size = os.path.getsize(path)
        total += size
        manifest.append('%-28s %4d' % (os.path.relpath(path, dist), size))
with open(os.path.join(dist, 'MANIFEST'), 'w') as f:
    f.write('\n'.join(manifest) + '\n')
print('manifest:')
with open(os.path.join(dist, 'MANIFEST')) as f:
    for line in f:
        print('  ', line.rstrip())
print('total bytes:', total)
print('pyc shipped:', bool(glob.glob(os.path.join(dist, '**', '*.pyc'), recursive=True)))

try:
    shutil.copytree(os.path.join(src, 'app'), os.path.join(dist, 'app'))
except FileExistsError as e:
    print('second copy refused:', type(e).__name__, os.path.basename(e.filename))
shutil.copytree(os.path.join(src, 'app'), os.path.join(dist, 'app'), dirs_exist_ok=True)
print('after overwrite, pyc present:', os.path.exists(os.path.join(dist, 'app', '__pycache__')))

archive = shutil.move(os.path.join(work, 'dist'), os.path.join(work, 'release'))
print('moved to:', os.path.relpath(archive, work), sorted(os.listdir(archive)))
shutil.rmtree(work)
print('cleaned:', not os.path.exists(work))
