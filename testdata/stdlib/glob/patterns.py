import glob
import os
import tempfile

d = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(d)
for p in ['a.txt', 'b.txt', 'c.log', '.hidden.txt', 'sub/d.txt', 'sub/deep/e.txt', 'sub/.h/f.txt', '[x].txt']:
    os.makedirs(os.path.dirname(p) or '.', exist_ok=True)
    open(p, 'w').close()
for pattern, kw in [('*.txt', {}), ('*', {}), ('?.txt', {}), ('[ab].txt', {}), ('[!a].txt', {}),
                    ('sub/*', {}), ('*/*.txt', {}), ('**', {}), ('**', {'recursive': True}),
                    ('**/*.txt', {'recursive': True}), ('sub/**', {'recursive': True}),
                    ('**/', {'recursive': True}), ('*.txt', {'include_hidden': True}),
                    ('**/*.txt', {'recursive': True, 'include_hidden': True}),
                    ('a.txt', {}), ('nope.txt', {}), ('sub/', {}), ('nope/', {}), ('[x].txt', {}),
                    (glob.escape('[x].txt'), {}), ('*.[tl][xo][tg]', {}), ('[', {}), ('sub/deep/../*.txt', {})]:
    print(pattern, kw, sorted(glob.glob(pattern, **kw)))
print(sorted(glob.glob('*.txt', root_dir='sub')), sorted(glob.glob('**/*.txt', root_dir='sub', recursive=True)))
print(sorted(glob.iglob(os.path.join(d, 's*', '*.txt'))) == [os.path.join(d, 'sub', 'd.txt')])
print(type(glob.iglob('*')).__name__ != 'list', glob.escape('a*b?c[d]'), glob.has_magic('a*'), glob.has_magic('ab'))
os.chdir(old)
import shutil
shutil.rmtree(d)
