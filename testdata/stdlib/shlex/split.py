import shlex
cases = ['a b c', 'echo "hello world" \'x y\'', 'a\\ b c', 'x "a\\"b" \'c\\d\'', '# c\nfoo bar # baz\nqux',
 'a"b"c', "don't", 'a "unterminated', 'end\\', '', '   ', 'a=1 b="2 3" c', 'ls -l | grep x > out.txt; echo $HOME',
 '"" \'\' x', 'é ü x', '"a\\\\b" "a\\$b" "a\\xb"']
for c in cases:
    for comments in (False, True):
        for posix in (True, False):
            try:
                print(repr(c), comments, posix, shlex.split(c, comments=comments, posix=posix))
            except Exception as e:
                print(repr(c), comments, posix, type(e).__name__, e)
for c in cases:
    for pc in (False, True, '|;'):
        try:
            lex = shlex.shlex(c, posix=True, punctuation_chars=pc)
            print(repr(c), pc, list(lex))
        except Exception as e:
            print(repr(c), pc, type(e).__name__, e)
        try:
            lex = shlex.shlex(c, punctuation_chars=pc)
            lex.whitespace_split = True
            print(repr(c), pc, list(lex))
        except Exception as e:
            print(repr(c), pc, type(e).__name__, e)
        try:
            lex = shlex.shlex(c)
            print(repr(c), pc, list(lex), lex.lineno)
        except Exception as e:
            print(repr(c), pc, type(e).__name__, e)
for s in ['', 'abc', 'a b', "it's", 'a$b', '/usr/bin:x=1,y@z%+', 'é', '\t', '-rf']:
    print(repr(shlex.quote(s)))
print(shlex.join(['rm', '-rf', 'my dir', "it's"]))
print(shlex.split(shlex.join(['rm', '-rf', 'my dir', "it's", ''])))
for x in [1, b'ab', None]:
    try: print(shlex.quote(x))
    except Exception as e: print(type(e).__name__, e)
try:
    shlex.split(None)
except Exception as e:
    print(type(e).__name__, e)
lex = shlex.shlex('a b c')
print(lex.get_token(), lex.get_token())
lex.push_token('zz')
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex('x y', posix=True)
print(lex.get_token(), lex.get_token(), lex.get_token())
lex = shlex.shlex('a;b // comment\nc', posix=True)
lex.commenters = '/'
print(list(lex))
lex = shlex.shlex('k1=v1,k2=v2', posix=True)
lex.whitespace = ','
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('a && b || c', punctuation_chars=True)
print(lex.punctuation_chars, list(lex))
lex = shlex.shlex('line1\nline2 x\n', posix=True)
print(lex.get_token(), lex.lineno, lex.get_token(), lex.lineno, lex.error_leader())
print(lex.eof, shlex.shlex('').eof == '')
