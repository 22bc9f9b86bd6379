# A second communicate(), input of the wrong kind for the mode, and
# list2cmdline.
import subprocess


def t(label, f):
    try:
        r = f()
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(label, repr(r))


P = subprocess.PIPE
N = subprocess.DEVNULL
for name, kw, inputs in [
    ('out', dict(stdout=P, stderr=N), [None, None]),
    ('err', dict(stdout=N, stderr=P), [None, None]),
    ('in', dict(stdin=P, stdout=N, stderr=N), [b'x', None, b'y']),
    ('outerr', dict(stdout=P, stderr=P), [None, None]),
    ('inout', dict(stdin=P, stdout=P, stderr=N), [b'a', None, b'b']),
    ('inout-text', dict(stdin=P, stdout=P, stderr=N, text=True), ['a', None, '', 'b']),
    ('none', dict(stdout=N, stderr=N), [None, b'x']),
]:
    p = subprocess.Popen(['sh', '-c', 'cat; printf e >&2'], **kw)
    for i in inputs:
        t(name + ' ' + repr(i), lambda: p.communicate(i))
    t(name + ' wait', p.wait)
t('in-text-bytes', lambda: subprocess.Popen(['cat'], stdin=P, stdout=N, text=True).communicate(b'x'))
t('in-bin-str', lambda: subprocess.Popen(['cat'], stdin=P, stdout=N).communicate('x'))
t('inout-bin-str', lambda: subprocess.Popen(['cat'], stdin=P, stdout=P).communicate('x'))
t('inout-text-bytes', lambda: subprocess.Popen(['cat'], stdin=P, stdout=P, text=True).communicate(b'x'))
t('run text input bytes', lambda: subprocess.run(['cat'], input=b'x', text=True, capture_output=True))
t('run input str', lambda: subprocess.run(['cat'], input='x', capture_output=True))
t('check_output text input bytes', lambda: subprocess.check_output(['cat'], input=b'x', text=True))
t('run text input str', lambda: subprocess.run(['cat'], input='x', text=True, capture_output=True).stdout)
t('run input bytearray', lambda: subprocess.run(['cat'], input=bytearray(b'x'), stdout=P).stdout)
for args in [['a', 'b c', 'd"e', '', 'f\\g', 'h\\"i', 'j\\\\', 'k\tl', 'm\\'], [], ('x',),
             ['a b\\'], [b'a b', 'x'], 'ab c', ['a', 1], 5]:
    t('list2cmdline %r' % (args,), lambda: subprocess.list2cmdline(args))
p = subprocess.Popen(['sh', '-c', 'printf o'], stdout=P)
t('timeout then again', lambda: (p.communicate(timeout=5), p.communicate(), p.communicate(b'x')))
p = subprocess.Popen(['cat'], stdin=P, stdout=N)
t('input with timeout then again', lambda: (p.communicate(b'x', timeout=5), p.communicate(b'y')))
