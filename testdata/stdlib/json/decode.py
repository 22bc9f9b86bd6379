import json
cases = ['', ' ', '[', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '[1,]', '[1 2]', '{"a" 1}', '{1:2}', '"abc', '"a\\', '"\\x"', '"\\u12"', '"\\u12zz"', '"a\nb"', 'nul', 'tru', '-', '01', '1.', '1e', '[1] x', '\ufeff[]', '"\\ud83d\\ude00"', '{"a":1}{', '[-Infinity, NaN, Infinity]', '1E+2', '-0', '-0.0', '12345678901234567890123', '1.5e-7', '"\\u00e9\\n\\t\\"\\/"', ' [ 1 , { "k" : [ ] } ] ', '{"a":1,"a":2,"b":3}', '[1,,2]', '"\x7f"', 'Infinityx', '"é\tx"', '{"é": "ü"} x']
for c in cases:
    try:
        print(repr(c), '->', repr(json.loads(c)))
    except json.JSONDecodeError as e:
        print(repr(c), 'ERR', e, '|', e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
print(json.loads('"a\tb"', strict=False))
print(json.loads(b'{"x": [1, 2.5]}'))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": [{"c": 2}]}', object_pairs_hook=lambda p: ('P', p)))
print(json.loads('[1, 2.5, 1e3, NaN]', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s, parse_constant=lambda s: 'C' + s))
print(json.loads('\n\n  [1,\n  x]') if False else '')
try: json.loads('\n\n  [1,\n  x]')
except ValueError as e: print(e, e.lineno, e.colno)
try: json.loads(5)
except TypeError as e: print(e)
d = json.JSONDecoder()
print(d.raw_decode('[1] tail'), d.decode(' {} '))
try: d.raw_decode(' [1]')
except ValueError as e: print(e)
e = json.JSONDecodeError("boom", "ab\ncd", 4)
print(e, e.args, e.msg, e.doc, e.pos, e.lineno, e.colno)
