import os, glob, shutil, tempfile, sys
with tempfile.TemporaryDirectory() as d:
    os.makedirs(os.path.join(d, 'src', 'sub'))
    for n in ['a.txt', 'b.log', '.hidden', 'sub/c.txt']:
        with open(os.path.join(d, 'src', n), 'w') as f:
            f.write(n * 3)
    rel = lambda ps: sorted(os.path.relpath(p, d) for p in ps)
    print(rel(glob.glob(os.path.join(d, 'src', '*'))))
    print(rel(glob.glob(os.path.join(d, 'src', '**'), recursive=True)))
    print(rel(glob.glob(os.path.join(d, 'src', '**', '*.txt'), recursive=True)))
    print(sorted(glob.glob('*.txt', root_dir=os.path.join(d, 'src'))))
    print(sorted(glob.glob('s?b/[a-c].txt', root_dir=os.path.join(d, 'src'))))
    print(glob.escape('a*b?[c]'), rel(glob.iglob(os.path.join(d, 'src', '.h*'))))
    shutil.copytree(os.path.join(d, 'src'), os.path.join(d, 'dst'), ignore=shutil.ignore_patterns('*.log'))
    print(rel(glob.glob(os.path.join(d, 'dst', '**'), recursive=True, include_hidden=True)))
    print(os.path.relpath(shutil.copy(os.path.join(d, 'src', 'a.txt'), os.path.join(d, 'dst')), d))
    print(os.path.relpath(shutil.copy2(os.path.join(d, 'src', 'a.txt'), os.path.join(d, 'x.txt')), d))
    print(os.path.relpath(shutil.move(os.path.join(d, 'x.txt'), os.path.join(d, 'dst')), d))
    try:
        shutil.move(os.path.join(d, 'dst', 'x.txt'), os.path.join(d, 'dst'))
    except shutil.Error as e:
        print('Error', os.path.relpath(str(e).split("'")[1], d))
    try:
        shutil.copyfile(os.path.join(d, 'src', 'a.txt'), os.path.join(d, 'src', 'a.txt'))
    except shutil.SameFileError as e:
        print('same')
    shutil.rmtree(os.path.join(d, 'dst'))
    print(os.path.exists(os.path.join(d, 'dst')))
    errs = []
    shutil.rmtree(os.path.join(d, 'nope'), onexc=lambda f, p, e: errs.append(type(e).__name__))
    print(errs)
    shutil.rmtree(os.path.join(d, 'nope'), ignore_errors=True)
    print(shutil.which('sh'), shutil.which('nope-nope'))
    u = shutil.disk_usage(d)
    print(u.total >= u.free, type(u).__name__)
    with tempfile.NamedTemporaryFile('w+', suffix='.txt', dir=d) as f:
        f.write('hi'); f.seek(0); print(f.read(), f.name.endswith('.txt'), os.path.exists(f.name))
    print(os.path.exists(f.name))
    with tempfile.TemporaryFile() as f:
        f.write(b'x'); f.seek(0); print(f.read())
    fd, name = tempfile.mkstemp(dir=d); os.close(fd); print(os.path.basename(name).startswith('tmp'))
    print(tempfile.gettempdir(), len(os.path.basename(tempfile.mktemp())))
    td = tempfile.TemporaryDirectory(); print(os.path.isdir(td.name)); td.cleanup(); print(os.path.isdir(td.name))
print(os.path.exists(d))
