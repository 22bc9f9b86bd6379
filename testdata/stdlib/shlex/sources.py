import shlex, io
lex = shlex.shlex('a b c', posix=True)
print(lex.get_token())
lex.push_source('x y')
print(list(lex))
lex = shlex.shlex(io.StringIO('p "q r" s'), posix=True)
print(lex.get_token(), lex.lineno)
lex.push_source(io.StringIO('inner\nmore'), 'inner.txt')
print(lex.get_token(), lex.error_leader(), lex.get_token(), lex.lineno, lex.get_token(), lex.get_token(), lex.get_token(), lex.get_token())
