package interp

import (
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
)

// fileScript works through the file objects open() returns, in the folder
// named by sys.argv[1]; each step appends a line to out.
const fileScript = `import os, sys
D = sys.argv[1] + '/'
out = []
def attempt(label, fn):
    try:
        r = repr(fn())
    except StopIteration:
        r = '!! StopIteration'
    except Exception as e:
        r = '!! ' + str(type(e))[8:-2] + ': ' + str(e)
    out.append(label + ' -> ' + r.replace(D, ''))
f = open(D + 'a.txt', 'w')
attempt('attrs', lambda: [repr(f), f.mode, f.name, f.closed, f.readable(), f.writable(), f.seekable()])
attempt('write', lambda: f.write('héllo\nworld\r\nthird\rfour'))
attempt('write bytes', lambda: f.write(b'x'))
attempt('read on w', lambda: f.read())
attempt('tell', lambda: f.tell())
f.close()
attempt('closed', lambda: f.closed)
attempt('write closed', lambda: f.write('x'))
attempt('read closed', lambda: f.read())
attempt('repr closed', lambda: repr(f))
f.close()
f = open(D + 'a.txt')
attempt('read', lambda: f.read())
attempt('read again', lambda: f.read())
attempt('seek', lambda: f.seek(0))
attempt('read3', lambda: f.read(3))
attempt('tell', lambda: f.tell())
attempt('readline', lambda: f.readline())
attempt('readline', lambda: f.readline())
attempt('readline2', lambda: f.readline(2))
attempt('readlines', lambda: f.readlines())
attempt('readline eof', lambda: f.readline())
attempt('seek cur', lambda: f.seek(1, 1))
attempt('seek end', lambda: f.seek(0, 2))
attempt('seek neg', lambda: f.seek(-1))
attempt('seek whence', lambda: f.seek(0, 3))
attempt('write on r', lambda: f.write('x'))
f.seek(0)
attempt('lines', lambda: [l for l in f])
attempt('next eof', lambda: next(f))
f.close()
attempt('iter closed', lambda: iter(f))
with open(D + 'a.txt', newline='') as g:
    attempt('newline empty', lambda: g.readlines())
with open(D + 'a.txt', 'rb') as g:
    attempt('rb repr', lambda: repr(g))
    attempt('rb mode', lambda: g.mode)
    attempt('rb read', lambda: g.read(4))
    attempt('rb readline', lambda: g.readline())
    attempt('rb lines', lambda: list(g))
    attempt('rb tell', lambda: g.tell())
    attempt('rb seek', lambda: g.seek(-3, 2))
    attempt('rb read', lambda: g.read())
    attempt('rb seek neg', lambda: g.seek(-100))
    attempt('rb write', lambda: g.write(b'x'))
attempt('rb closed read', lambda: g.read())
attempt('rb closed readline', lambda: g.readline())
attempt('rb closed tell', lambda: g.tell())
with open(D + 'b.bin', 'wb') as g:
    attempt('wb repr', lambda: repr(g))
    attempt('wb write str', lambda: g.write('x'))
    attempt('wb write', lambda: g.write(b'ab\xffc\n'))
    attempt('wb writelines', lambda: g.writelines([b'1', b'2']))
    attempt('wb read', lambda: g.read())
    attempt('wb mode', lambda: g.mode)
with open(D + 'b.bin', 'r+b') as g:
    attempt('r+b repr', lambda: repr(g))
    attempt('r+b mode', lambda: g.mode)
    attempt('r+b read', lambda: g.read(2))
    attempt('r+b write', lambda: g.write(b'ZZ'))
    attempt('r+b seek', lambda: g.seek(0))
    attempt('r+b read', lambda: g.read())
with open(D + 'b.bin') as g:
    attempt('decode', lambda: g.read())
with open(D + 'b.bin', errors='replace') as g:
    attempt('replace', lambda: g.read())
with open(D + 'b.bin', errors='ignore') as g:
    attempt('ignore', lambda: g.read())
with open(D + 'b.bin', encoding='latin-1') as g:
    attempt('latin1', lambda: g.read())
    attempt('latin1 repr', lambda: repr(g))
    attempt('latin1 enc', lambda: g.encoding)
with open(D + 'b.bin', encoding='ascii') as g:
    attempt('ascii', lambda: g.read())
with open(D + 'c.txt', 'w', encoding='latin-1') as g:
    attempt('latin1 write', lambda: g.write('é€€x'))
with open(D + 'c.txt', 'w', encoding='ascii', errors='replace') as g:
    attempt('ascii replace', lambda: g.write('é€x'))
with open(D + 'c.txt', 'rb') as g:
    attempt('ascii replace content', lambda: g.read())
with open(D + 'd.txt', 'wb') as g:
    g.write(b'ab\xe2\x82cd\xf0\x9f\x98\x41 \xed\xa0\x80 \xc3')
with open(D + 'd.txt', errors='replace') as g:
    attempt('utf8 replace', lambda: g.read())
with open(D + 'd.txt') as g:
    attempt('utf8 strict', lambda: g.read())
with open(D + 'd.txt', 'rb') as g:
    g.seek(4)
    attempt('raw', lambda: g.read())
with open(D + 'e.txt', 'w') as g:
    g.write('abc\xe9')
with open(D + 'e.txt', 'a') as g:
    attempt('a mode', lambda: g.mode)
    attempt('a write', lambda: g.write('Z\n'))
    attempt('a tell', lambda: g.tell())
with open(D + 'e.txt', 'a+') as g:
    attempt('a+ read', lambda: g.read())
    g.seek(0)
    attempt('a+ read0', lambda: g.read())
with open(D + 'e.txt', 'r+') as g:
    attempt('r+ read1', lambda: g.read(1))
    attempt('r+ write', lambda: g.write('Q'))
    g.seek(0)
    attempt('r+ all', lambda: g.read())
    attempt('truncate', lambda: g.truncate(2))
    g.seek(0)
    attempt('r+ all', lambda: g.read())
    attempt('fileno', lambda: g.fileno() > 2)
    attempt('isatty', lambda: g.isatty())
    attempt('errors', lambda: g.errors)
    attempt('enc', lambda: g.encoding)
with open(D + 'e.txt', 'w') as g:
    attempt('writelines', lambda: g.writelines(['a\n', 'b']))
    attempt('writelines bad', lambda: g.writelines([1]))
    attempt('flush', lambda: g.flush())
attempt('content', lambda: open(D + 'e.txt').read())
attempt('exit value', lambda: open(D + 'e.txt').__exit__(None, None, None))
attempt('enter', lambda: open(D + 'e.txt').__enter__().read())
attempt('x exists', lambda: open(D + 'e.txt', 'x'))
attempt('readlines hint', lambda: open(D + 'a.txt').readlines(3))
attempt('read None', lambda: open(D + 'a.txt').read(None))
attempt('readline -1', lambda: open(D + 'a.txt').readline(-1))
attempt('bad enc', lambda: open(D + 'a.txt', encoding='nope'))
attempt('bad errors', lambda: open(D + 'a.txt', errors='nope').read())
attempt('bad newline', lambda: open(D + 'a.txt', newline='x'))
attempt('binary enc', lambda: open(D + 'a.txt', 'rb', encoding='utf-8'))
attempt('binary newline', lambda: open(D + 'a.txt', 'rb', newline=''))
attempt('read str size', lambda: open(D + 'a.txt').read('x'))
with open(D + 'f.txt', 'w', newline='\r\n') as g:
    g.write('a\nb\n')
attempt('crlf write', lambda: open(D + 'f.txt', 'rb').read())
attempt('crlf read', lambda: open(D + 'f.txt', newline='\r\n').readlines())
attempt('utf8 enc names', lambda: [open(D + 'a.txt', encoding=e).encoding for e in ['UTF-8', 'utf8', 'latin1', 'iso-8859-1', 'ASCII', 'us-ascii']])

open(D + 'b.bin', 'w').write('hi\n')
g = open(D + 'b.bin', 'rb'); g.close()
for m in ['read', 'readline', 'readlines', 'tell', 'seek', 'flush', 'fileno', 'readable', 'seekable', 'writable', 'isatty', 'truncate', '__iter__', '__next__', '__enter__']:
    try:
        a = (0,) if m == 'seek' else ()
        getattr(g, m)(*a)
        out.append(m + ' ok')
    except Exception as e:
        out.append(m + ' ' + str(type(e)) + ' ' + str(e))
g = open(D + 'b.bin', 'wb'); g.close()
for m in ['write', 'writelines']:
    try:
        getattr(g, m)([b'a'] if m == 'writelines' else b'a')
    except Exception as e:
        out.append(m + ' ' + str(type(e)) + ' ' + str(e))
g = open(D + 'b.bin', 'w'); g.close()
for m in ['readable', 'flush', 'fileno', 'isatty', 'writelines', '__enter__', 'readlines']:
    try:
        getattr(g, m)(*([['a']] if m == 'writelines' else []))
        out.append(m + ' ok')
    except Exception as e:
        out.append(m + ' ' + str(type(e)) + ' ' + str(e))
out.append(str([repr(g), g.closed, g.name]).replace(D, ''))
f = open(D + 'b.bin', 'w'); f.write('ab\ncd\n'); f.close()
f = open(D + 'b.bin', 'r+')
out.append(str([f.readline(), f.tell(), f.write('X'), f.tell()])); f.close()
out.append(open(D + 'b.bin').read())
f = open(D + 'b.bin', 'r+b')
out.append(str([f.readline(), f.tell(), f.write(b'Y'), f.tell()])); f.close()
out.append(open(D + 'b.bin').read())
out.append(str([open(D + 'b.bin', 'rb').read(-1), open(D + 'b.bin', 'rb').readlines(1)]))
f = open(D + 'b.bin', 'a+b'); out.append(str([f.mode, repr(f).replace(D, '')])); f.close()
f = open(D + 'b.bin', 'w+'); out.append(str([f.mode, repr(f).replace(D, '')])); f.write('q\r\nz'); f.seek(0); out.append(f.read()); f.close()
f = open(bytes(D + 'b.bin', 'utf-8')); out.append(str([repr(f).replace(D, ''), f.name.replace(bytes(D, 'utf-8'), b'')])); f.close()
g = open(D + 'b.bin', 'r'); g.close()
for m in ['tell', 'seek', 'readable', 'writable', 'seekable', 'truncate', 'readline', 'read', '__next__', 'write']:
    try:
        a = (0,) if m == 'seek' else ('x',) if m == 'write' else ()
        getattr(g, m)(*a)
        out.append(m + ' ok')
    except Exception as e:
        out.append(m + ' ' + str(type(e)) + ' ' + str(e))
`

// fileWant is what python3.13 gives for fileScript, line by line.
var fileWant = []string{
	"attrs -> [\"<_io.TextIOWrapper name='a.txt' mode='w' encoding='UTF-8'>\", 'w', 'a.txt', False, False, True, True]",
	"write -> 23",
	"write bytes -> !! TypeError: write() argument must be str, not bytes",
	"read on w -> !! io.UnsupportedOperation: not readable",
	"tell -> 24",
	"closed -> True",
	"write closed -> !! ValueError: I/O operation on closed file.",
	"read closed -> !! ValueError: I/O operation on closed file.",
	"repr closed -> \"<_io.TextIOWrapper name='a.txt' mode='w' encoding='UTF-8'>\"",
	"read -> 'héllo\\nworld\\nthird\\nfour'",
	"read again -> ''",
	"seek -> 0",
	"read3 -> 'hél'",
	"tell -> 4",
	"readline -> 'lo\\n'",
	"readline -> 'world\\n'",
	"readline2 -> 'th'",
	"readlines -> ['ird\\n', 'four']",
	"readline eof -> ''",
	"seek cur -> !! io.UnsupportedOperation: can't do nonzero cur-relative seeks",
	"seek end -> 24",
	"seek neg -> !! ValueError: negative seek position -1",
	"seek whence -> !! ValueError: invalid whence (3, should be 0, 1 or 2)",
	"write on r -> !! io.UnsupportedOperation: not writable",
	"lines -> ['héllo\\n', 'world\\n', 'third\\n', 'four']",
	"next eof -> !! StopIteration",
	"iter closed -> !! ValueError: I/O operation on closed file.",
	"newline empty -> ['héllo\\n', 'world\\r\\n', 'third\\r', 'four']",
	"rb repr -> \"<_io.BufferedReader name='a.txt'>\"",
	"rb mode -> 'rb'",
	"rb read -> b'h\\xc3\\xa9l'",
	"rb readline -> b'lo\\n'",
	"rb lines -> [b'world\\r\\n', b'third\\rfour']",
	"rb tell -> 24",
	"rb seek -> 21",
	"rb read -> b'our'",
	"rb seek neg -> !! OSError: [Errno 22] Invalid argument",
	"rb write -> !! io.UnsupportedOperation: write",
	"rb closed read -> !! ValueError: read of closed file",
	"rb closed readline -> !! ValueError: readline of closed file",
	"rb closed tell -> !! ValueError: I/O operation on closed file",
	"wb repr -> \"<_io.BufferedWriter name='b.bin'>\"",
	"wb write str -> !! TypeError: a bytes-like object is required, not 'str'",
	"wb write -> 5",
	"wb writelines -> None",
	"wb read -> !! io.UnsupportedOperation: read",
	"wb mode -> 'wb'",
	"r+b repr -> \"<_io.BufferedRandom name='b.bin'>\"",
	"r+b mode -> 'rb+'",
	"r+b read -> b'ab'",
	"r+b write -> 2",
	"r+b seek -> 0",
	"r+b read -> b'abZZ\\n12'",
	"decode -> 'abZZ\\n12'",
	"replace -> 'abZZ\\n12'",
	"ignore -> 'abZZ\\n12'",
	"latin1 -> 'abZZ\\n12'",
	"latin1 repr -> \"<_io.TextIOWrapper name='b.bin' mode='r' encoding='latin-1'>\"",
	"latin1 enc -> 'latin-1'",
	"ascii -> 'abZZ\\n12'",
	"latin1 write -> !! UnicodeEncodeError: 'latin-1' codec can't encode characters in position 1-2: ordinal not in range(256)",
	"ascii replace -> 3",
	"ascii replace content -> b'??x'",
	"utf8 replace -> 'ab�cd�A ��� �'",
	"utf8 strict -> !! UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 2-3: invalid continuation byte",
	"raw -> b'cd\\xf0\\x9f\\x98A \\xed\\xa0\\x80 \\xc3'",
	"a mode -> 'a'",
	"a write -> 2",
	"a tell -> 7",
	"a+ read -> ''",
	"a+ read0 -> 'abcéZ\\n'",
	"r+ read1 -> 'a'",
	"r+ write -> 1",
	"r+ all -> 'abcéZ\\nQ'",
	"truncate -> 2",
	"r+ all -> 'ab'",
	"fileno -> True",
	"isatty -> False",
	"errors -> 'strict'",
	"enc -> 'UTF-8'",
	"writelines -> None",
	"writelines bad -> !! TypeError: write() argument must be str, not int",
	"flush -> None",
	"content -> 'a\\nb'",
	"exit value -> None",
	"enter -> 'a\\nb'",
	"x exists -> !! FileExistsError: [Errno 17] File exists: 'e.txt'",
	"readlines hint -> ['héllo\\n']",
	"read None -> 'héllo\\nworld\\nthird\\nfour'",
	"readline -1 -> 'héllo\\n'",
	"bad enc -> !! LookupError: unknown encoding: nope",
	"bad errors -> 'héllo\\nworld\\nthird\\nfour'",
	"bad newline -> !! ValueError: illegal newline value: x",
	"binary enc -> !! ValueError: binary mode doesn't take an encoding argument",
	"binary newline -> !! ValueError: binary mode doesn't take a newline argument",
	"read str size -> !! TypeError: argument should be integer or None, not 'str'",
	"crlf write -> b'a\\r\\nb\\r\\n'",
	"crlf read -> ['a\\r\\n', 'b\\r\\n']",
	"utf8 enc names -> ['UTF-8', 'utf8', 'latin1', 'iso-8859-1', 'ASCII', 'us-ascii']",
	"read <class 'ValueError'> read of closed file",
	"readline <class 'ValueError'> readline of closed file",
	"readlines <class 'ValueError'> I/O operation on closed file.",
	"tell <class 'ValueError'> I/O operation on closed file",
	"seek <class 'ValueError'> seek of closed file",
	"flush <class 'ValueError'> I/O operation on closed file.",
	"fileno <class 'ValueError'> I/O operation on closed file",
	"readable <class 'ValueError'> I/O operation on closed file",
	"seekable <class 'ValueError'> I/O operation on closed file",
	"writable ok",
	"isatty <class 'ValueError'> I/O operation on closed file",
	"truncate <class 'ValueError'> truncate of closed file",
	"__iter__ <class 'ValueError'> I/O operation on closed file.",
	"__next__ <class 'ValueError'> readline of closed file",
	"__enter__ <class 'ValueError'> I/O operation on closed file.",
	"write <class 'ValueError'> write to closed file",
	"writelines <class 'ValueError'> I/O operation on closed file.",
	"readable ok",
	"flush <class 'ValueError'> I/O operation on closed file.",
	"fileno <class 'ValueError'> I/O operation on closed file",
	"isatty <class 'ValueError'> I/O operation on closed file",
	"writelines <class 'ValueError'> I/O operation on closed file.",
	"__enter__ <class 'ValueError'> I/O operation on closed file.",
	"readlines <class 'ValueError'> I/O operation on closed file.",
	"[\"<_io.TextIOWrapper name='b.bin' mode='w' encoding='UTF-8'>\", True, 'b.bin']",
	"['ab\\n', 3, 1, 7]",
	"ab\ncd\nX",
	"[b'ab\\n', 3, 1, 4]",
	"ab\nYd\nX",
	"[b'ab\\nYd\\nX', [b'ab\\n']]",
	"['ab+', \"<_io.BufferedRandom name='b.bin'>\"]",
	"['w+', \"<_io.TextIOWrapper name='b.bin' mode='w+' encoding='UTF-8'>\"]",
	"q\nz",
	"[\"<_io.TextIOWrapper name=b'b.bin' mode='r' encoding='UTF-8'>\", b'b.bin']",
	"tell <class 'ValueError'> I/O operation on closed file.",
	"seek <class 'ValueError'> I/O operation on closed file.",
	"readable <class 'ValueError'> I/O operation on closed file",
	"writable ok",
	"seekable <class 'ValueError'> I/O operation on closed file",
	"truncate <class 'ValueError'> I/O operation on closed file.",
	"readline <class 'ValueError'> I/O operation on closed file.",
	"read <class 'ValueError'> I/O operation on closed file.",
	"__next__ <class 'ValueError'> I/O operation on closed file.",
	"write <class 'ValueError'> I/O operation on closed file.",
}

func TestFileObjects(t *testing.T) {
	g, err := runFiles(t, map[string]string{"main.py": fileScript})
	if err != nil {
		t.Fatal(err)
	}
	list, ok := g["out"].(*py.List)
	if !ok {
		t.Fatalf("out = %v", g["out"])
	}
	for i, item := range list.Items {
		got := string(item.(py.String))
		if i >= len(fileWant) {
			t.Errorf("extra line %q", got)
			continue
		}
		if got != fileWant[i] {
			t.Errorf("line %d:\n got %s\nwant %s", i+1, got, fileWant[i])
		}
	}
	if len(list.Items) < len(fileWant) {
		t.Errorf("%d lines, want %d; first missing: %s", len(list.Items), len(fileWant), fileWant[len(list.Items)])
	}
}

func TestFileWritesGoStraightThrough(t *testing.T) {
	g, err := runFiles(t, map[string]string{"main.py": `
import sys
D = sys.argv[1] + '/'
f = open(D + 'w.txt', 'w')
f.write('abc')
seen = open(D + 'w.txt').read()
fb = open(D + 'w.bin', 'wb')
fb.write(b'xyz')
seen_b = open(D + 'w.bin', 'rb').read()
lines = []
for line in open(D + 'w.txt'):
    lines.append(line)
`})
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"seen": "abc", "seen_b": "b'xyz'", "lines": "['abc']"} {
		if got := global(t, g, name); got != want {
			t.Errorf("%s = %s, want %s (unflushed writes must be visible)", name, got, want)
		}
	}
	if !strings.Contains(fileScript, "errors='replace'") {
		t.Fatal("fileScript lost its decoding cases")
	}
}
