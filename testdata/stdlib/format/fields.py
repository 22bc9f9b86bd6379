# Replacement fields nested in a format spec, automatic and manual numbering,
# and str % with values that are not tuples.


def t(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


t('nested auto', lambda: "{:>{}}|".format("a", 4))
t('nested auto2', lambda: "{:{}{}}|".format("a", ">", 4))
t('nested auto3', lambda: "{}{:>{}}|{}".format("x", "a", 4, "y"))
t('nested manual', lambda: "{0:>{1}}|".format("a", 4))
t('nested kw', lambda: "{x:>{w}.{p}f}|".format(x=1.5, w=8, p=2))
t('nested index', lambda: "{0[0]:>{1}}".format([7], 3))
t('format_map', lambda: "{a:>{b}}".format_map({'a': 1, 'b': 4}))
t('conversion', lambda: "{!r:>{}}".format("a", 5))
t('mix1', lambda: "{0}{}".format(1, 2))
t('mix2', lambda: "{}{0}".format(1, 2))
t('mix3', lambda: "{:{0}}".format(1, 2))
t('mix4', lambda: "{0:{}}".format(1, 2))
t('too deep', lambda: "{:{:{}}}".format(1, 2, 3))
t('too few', lambda: "{} {}".format(1))
t('too few nested', lambda: "{:{}}".format(1))


class O:
    pass


class M:
    def __getitem__(self, k):
        return 1


t('str % object', lambda: 'x' % O())
t('str % mapping', lambda: 'x' % M())
t('str % mapping field', lambda: '%(a)s' % M())
t('str % list', lambda: 'x' % [1])
t('str % dict', lambda: 'x' % {'a': 1})
t('str % tuple', lambda: 'x' % (1,))
t('str % empty tuple', lambda: 'x' % ())
t('str % str', lambda: 'x' % 'a')
t('str % empty str', lambda: 'x' % '')
t('str % int', lambda: 'x' % 5)
t('bytes % int', lambda: b'x' % 5)
t('bytes % object', lambda: b'x' % O())
t('bytes % list', lambda: b'x' % [])
t('bytes % bytes', lambda: b'x' % b'')
t('extra', lambda: '%s' % (1, 2))
t('missing', lambda: '%d %d' % (1,))
