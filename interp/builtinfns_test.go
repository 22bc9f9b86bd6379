package interp

import (
	"strconv"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
)

// builtinsPrelude defines the classes the cases use, and run(), which
// gives repr() of an expression's value or the type and message of what
// it raised.
const builtinsPrelude = `class R:
    def __reversed__(self):
        return iter([3, 2, 1])
class S:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
class A:
    pass
class B(A):
    pass
class D:
    def __init__(self):
        self.x = 1
    def m(self):
        pass
class P:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return 'P(%d)' % self.v
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
class N:
    def __iter__(self):
        return 5
class L:
    def __len__(self):
        return -1
def run(src):
    try:
        return repr(eval(src))
    except StopIteration:
        return '!! StopIteration'
    except Exception as e:
        return '!! ' + str(type(e))[8:-2] + ': ' + str(e)
`

// builtinCases pairs an expression with what python3.13 gives for it.
var builtinCases = []struct{ expr, want string }{
	{"sorted([3,1,2])", "[1, 2, 3]"},
	{"sorted([3,1,2], reverse=True)", "[3, 2, 1]"},
	{"sorted([(1,'b'),(0,'a'),(1,'a')], key=lambda t: t[0])", "[(0, 'a'), (1, 'b'), (1, 'a')]"},
	{"sorted('cba')", "['a', 'b', 'c']"},
	{"sorted([1,2], [3])", "!! TypeError: sorted expected 1 argument, got 2"},
	{"sorted()", "!! TypeError: sorted expected 1 argument, got 0"},
	{"sorted([1,'a'])", "!! TypeError: '<' not supported between instances of 'str' and 'int'"},
	{"sorted(iterable=[1])", "!! TypeError: sorted expected 1 argument, got 0"},
	{"sorted([(1,'b'),(1,'a'),(0,'c')], key=lambda t: t[0], reverse=True)", "[(1, 'b'), (1, 'a'), (0, 'c')]"},
	{"min(3,1,2)", "1"},
	{"max(3,1,2)", "3"},
	{"min([3,1,2])", "1"},
	{"max('abc')", "'c'"},
	{"max([], default=5)", "5"},
	{"max([])", "!! ValueError: max() iterable argument is empty"},
	{"min([])", "!! ValueError: min() iterable argument is empty"},
	{"max([1,-3,2], key=abs)", "-3"},
	{"min(1, 2, key=lambda x: -x)", "2"},
	{"max()", "!! TypeError: max expected at least 1 argument, got 0"},
	{"max(1)", "!! TypeError: 'int' object is not iterable"},
	{"min(1, 2, default=3)", "!! TypeError: Cannot specify a default for min() with multiple positional arguments"},
	{"max([1,1.0])", "1"},
	{"max([1.0,1])", "1.0"},
	{"min([], default=None)", "None"},
	{"max(a=1)", "!! TypeError: max expected at least 1 argument, got 0"},
	{"list(reversed([1,2,3]))", "[3, 2, 1]"},
	{"list(reversed((1,2)))", "[2, 1]"},
	{"list(reversed('abc'))", "['c', 'b', 'a']"},
	{"list(reversed(range(5)))", "[4, 3, 2, 1, 0]"},
	{"list(reversed(R()))", "[3, 2, 1]"},
	{"list(reversed(S()))", "[20, 10, 0]"},
	{"reversed(5)", "!! TypeError: 'int' object is not reversible"},
	{"list(reversed(range(0,10,3)))", "[9, 6, 3, 0]"},
	{"list(enumerate('ab'))", "[(0, 'a'), (1, 'b')]"},
	{"list(enumerate('ab', 5))", "[(5, 'a'), (6, 'b')]"},
	{"list(enumerate('ab', start=-1))", "[(-1, 'a'), (0, 'b')]"},
	{"enumerate(5)", "!! TypeError: 'int' object is not iterable"},
	{"list(zip())", "[]"},
	{"list(zip([1,2,3],'ab'))", "[(1, 'a'), (2, 'b')]"},
	{"list(zip([1],[2],[3]))", "[(1, 2, 3)]"},
	{"list(zip([1,2],[3],strict=True))", "!! ValueError: zip() argument 2 is shorter than argument 1"},
	{"list(zip([1],[3,4],strict=True))", "!! ValueError: zip() argument 2 is longer than argument 1"},
	{"list(zip([1],[3],strict=True))", "[(1, 3)]"},
	{"zip(1)", "!! TypeError: 'int' object is not iterable"},
	{"list(zip([1,2,3],[4,5,6],[7,8],strict=True))", "!! ValueError: zip() argument 3 is shorter than arguments 1-2"},
	{"list(map(abs, [-1,2]))", "[1, 2]"},
	{"list(map(pow, [2,3], [3,2]))", "[8, 9]"},
	{"list(map(lambda a,b,c: a+b+c, [1,2],[3,4,5],[6]))", "[10]"},
	{"map(abs)", "!! TypeError: map() must have at least two arguments."},
	{"map()", "!! TypeError: map() must have at least two arguments."},
	{"list(filter(None, [0,1,'',2,None]))", "[1, 2]"},
	{"list(filter(lambda x: x>1, [1,2,3]))", "[2, 3]"},
	{"filter(None)", "!! TypeError: filter expected 2 arguments, got 1"},
	{"any([])", "False"},
	{"any([0,1])", "True"},
	{"all([])", "True"},
	{"all([1,0])", "False"},
	{"any(5)", "!! TypeError: 'int' object is not iterable"},
	{"sum([1,2,3])", "6"},
	{"sum([1,2], 10)", "13"},
	{"sum([[1],[2]], [])", "[1, 2]"},
	{"sum([0.1]*10)", "1.0"},
	{"sum(['a'], '')", "!! TypeError: sum() can't sum strings [use ''.join(seq) instead]"},
	{"sum([1.5, 2], start=1)", "4.5"},
	{"sum([], start=2)", "2"},
	{"divmod(7,2)", "(3, 1)"},
	{"divmod(-7,2)", "(-4, 1)"},
	{"divmod(7,-2)", "(-4, -1)"},
	{"divmod(7.5,2)", "(3.0, 1.5)"},
	{"divmod(-7.5,2)", "(-4.0, 0.5)"},
	{"divmod(1,0)", "!! ZeroDivisionError: integer division or modulo by zero"},
	{"divmod(1.0,0)", "!! ZeroDivisionError: float divmod()"},
	{"divmod(1,0.0)", "!! ZeroDivisionError: float divmod()"},
	{"divmod(10**30, 7)", "(142857142857142857142857142857, 1)"},
	{"divmod('a', 1)", "!! TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'"},
	{"pow(2,10)", "1024"},
	{"pow(2,-1)", "0.5"},
	{"pow(2,10,1000)", "24"},
	{"pow(3,-1,7)", "5"},
	{"pow(2,-1,4)", "!! ValueError: base is not invertible for the given modulus"},
	{"pow(2,3,0)", "!! ValueError: pow() 3rd argument cannot be 0"},
	{"pow(2.0,3,4)", "!! TypeError: pow() 3rd argument not allowed unless all arguments are integers"},
	{"pow(10,100,7)", "4"},
	{"pow(-2,3,5)", "2"},
	{"pow(2,3,-5)", "-2"},
	{"pow(3, -2, 7)", "4"},
	{"pow(10**20, 10**5, 10**9+7)", "473433273"},
	{"pow(0,-1)", "!! ZeroDivisionError: 0.0 cannot be raised to a negative power"},
	{"pow(2.0, 0.5)", "1.4142135623730951"},
	{"bin(5)", "'0b101'"},
	{"bin(-5)", "'-0b101'"},
	{"bin(0)", "'0b0'"},
	{"oct(8)", "'0o10'"},
	{"oct(-8)", "'-0o10'"},
	{"hex(255)", "'0xff'"},
	{"hex(-255)", "'-0xff'"},
	{"hex(2**100)", "'0x10000000000000000000000000'"},
	{"bin(-2**70)", "'-0b10000000000000000000000000000000000000000000000000000000000000000000000'"},
	{"hex(1.5)", "!! TypeError: 'float' object cannot be interpreted as an integer"},
	{"bin(True)", "'0b1'"},
	{"int('10')", "10"},
	{"int(' 10 ')", "10"},
	{"int('1_000')", "1000"},
	{"int('0x1f', 0)", "31"},
	{"int('0b101', 0)", "5"},
	{"int('0o17', 0)", "15"},
	{"int('010', 0)", "!! ValueError: invalid literal for int() with base 0: '010'"},
	{"int('0', 0)", "0"},
	{"int('ff', 16)", "255"},
	{"int('0xff', 16)", "255"},
	{"int('z', 36)", "35"},
	{"int('x')", "!! ValueError: invalid literal for int() with base 10: 'x'"},
	{"int('1__0')", "!! ValueError: invalid literal for int() with base 10: '1__0'"},
	{"int('_1')", "!! ValueError: invalid literal for int() with base 10: '_1'"},
	{"int('', 10)", "!! ValueError: invalid literal for int() with base 10: ''"},
	{"int('12', 1)", "!! ValueError: int() base must be >= 2 and <= 36, or 0"},
	{"int('12', 37)", "!! ValueError: int() base must be >= 2 and <= 36, or 0"},
	{"int(12, 10)", "!! TypeError: int() can't convert non-string with explicit base"},
	{"int('1'*30)", "111111111111111111111111111111"},
	{"int('-0b11', 0)", "-3"},
	{"int(3.9)", "3"},
	{"int(-3.9)", "-3"},
	{"int('  -12\\n')", "-12"},
	{"int('+5')", "5"},
	{"int('1.5')", "!! ValueError: invalid literal for int() with base 10: '1.5'"},
	{"int(b'12')", "12"},
	{"int('0_7', 0)", "!! ValueError: invalid literal for int() with base 0: '0_7'"},
	{"int('00', 0)", "0"},
	{"int('07', 0)", "!! ValueError: invalid literal for int() with base 0: '07'"},
	{"int(x='1')", "!! TypeError: int() got an unexpected keyword argument 'x'"},
	{"int('٣')", "3"},
	{"int()", "0"},
	{"int(True)", "1"},
	{"int('9', 8)", "!! ValueError: invalid literal for int() with base 8: '9'"},
	{"int('0x', 16)", "!! ValueError: invalid literal for int() with base 16: '0x'"},
	{"chr(65)", "'A'"},
	{"chr(0x1F600)", "'😀'"},
	{"chr(-1)", "!! ValueError: chr() arg not in range(0x110000)"},
	{"chr(0x110000)", "!! ValueError: chr() arg not in range(0x110000)"},
	{"chr('a')", "!! TypeError: 'str' object cannot be interpreted as an integer"},
	{"ord('a')", "97"},
	{"ord('é')", "233"},
	{"ord('ab')", "!! TypeError: ord() expected a character, but string of length 2 found"},
	{"ord(b'a')", "97"},
	{"ord('')", "!! TypeError: ord() expected a character, but string of length 0 found"},
	{"ord(5)", "!! TypeError: ord() expected string of length 1, but int found"},
	{"isinstance(1, int)", "True"},
	{"isinstance(1, (str, int))", "True"},
	{"isinstance(1, (str, (float, int)))", "True"},
	{"isinstance(B(), A)", "True"},
	{"isinstance(1, 1)", "!! TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union"},
	{"isinstance(True, int)", "True"},
	{"issubclass(B, A)", "True"},
	{"issubclass(B, (int, A))", "True"},
	{"issubclass(1, A)", "!! TypeError: issubclass() arg 1 must be a class"},
	{"issubclass(B, 1)", "!! TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union"},
	{"issubclass(bool, int)", "True"},
	{"issubclass(A, (int, (str, A)))", "True"},
	{"issubclass(A, object)", "True"},
	{"callable(len)", "True"},
	{"callable(1)", "False"},
	{"callable(A)", "True"},
	{"callable(A())", "False"},
	{"callable(D().m)", "True"},
	{"callable(lambda: 1)", "True"},
	{"vars(D())", "{'x': 1}"},
	{"vars(1)", "!! TypeError: vars() argument must have __dict__ attribute"},
	{"vars(A())", "{}"},
	{"'m' in vars(D)", "True"},
	{"abs(-5)", "5"},
	{"abs(-5.5)", "5.5"},
	{"abs(True)", "1"},
	{"abs('a')", "!! TypeError: bad operand type for abs(): 'str'"},
	{"abs(-2**70)", "1180591620717411303424"},
	{"len(5)", "!! TypeError: object of type 'int' has no len()"},
	{"len([1,2])", "2"},
	{"len()", "!! TypeError: len() takes exactly one argument (0 given)"},
	{"len(S())", "3"},
	{"next(iter([]), 'd')", "'d'"},
	{"next(iter([]))", "!! StopIteration"},
	{"next(5)", "!! TypeError: 'int' object is not an iterator"},
	{"next(iter([1]), 2)", "1"},
	{"iter(5)", "!! TypeError: 'int' object is not iterable"},
	{"iter(1, 2)", "!! TypeError: iter(v, w): v must be callable"},
	{"repr('a')", "\"'a'\""},
	{"repr([1,'b'])", "\"[1, 'b']\""},
	{"ascii('é')", "\"'\\\\xe9'\""},
	{"ascii(['ü', 'a'])", "\"['\\\\xfc', 'a']\""},
	{"ascii('\\U0001F600')", "\"'\\\\U0001f600'\""},
	{"ascii('\\x7f')", "\"'\\\\x7f'\""},
	{"bool(0)", "False"},
	{"bool([])", "False"},
	{"bool('a')", "True"},
	{"bool(S())", "True"},
	{"bool(x=1)", "!! TypeError: bool() takes no keyword arguments"},
	{"format(3.14159, '.2f')", "'3.14'"},
	{"format(5)", "'5'"},
	{"format('a', '>3')", "'  a'"},
	{"dir(D())", "['__class__', '__delattr__', '__dict__', '__dir__', '__doc__', '__eq__', '__firstlineno__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__module__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__static_attributes__', '__str__', '__subclasshook__', '__weakref__', 'm', 'x']"},
	{"dir(A)", "['__class__', '__delattr__', '__dict__', '__dir__', '__doc__', '__eq__', '__firstlineno__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__module__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__static_attributes__', '__str__', '__subclasshook__', '__weakref__']"},
	{"dir(5)[:3]", "['__abs__', '__add__', '__and__']"},
	{"len(dir([]))>10", "True"},
	{"sorted([P(3), P(1), P(2)])", "[P(1), P(2), P(3)]"},
	{"max([P(3), P(1)])", "P(3)"},
	{"min(P(3), P(1))", "P(1)"},
	{"sorted([P(1), 1])", "!! TypeError: '<' not supported between instances of 'int' and 'P'"},
	{"sum([0.1, 1, 0.2, 10**16, -10**16, 0.3])", "2.3"},
	{"sum([1e100, 1.0, -1e100, 1])", "2.0"},
	{"sum([0.1]*10, 0.5)", "1.5"},
	{"sum([True, True])", "2"},
	{"sum([1, 2**70, 0.5])", "1.1805916207174113e+21"},
	{"sum([[1]], [])", "[1]"},
	{"sum(x for x in [1.5, 2.5])", "4.0"},
	{"sum([], 0.0)", "0.0"},
	{"iter(N())", "!! TypeError: iter() returned non-iterator of type 'int'"},
	{"next(It())", "1"},
	{"list(zip(It(), 'abcd'))", "[(1, 'a'), (2, 'b'), (3, 'c')]"},
	{"list(map(str, It()))", "['1', '2', '3']"},
	{"list(enumerate(It(), 2**70))", "[(1180591620717411303424, 1), (1180591620717411303425, 2), (1180591620717411303426, 3)]"},
	{"len(L())", "!! ValueError: __len__() should return >= 0"},
	{"len('abc')", "3"},
	{"repr(map(str, []))[:13]", "'<map object a'"},
	{"repr(zip())[:13]", "'<zip object a'"},
	{"repr(enumerate([]))[:19]", "'<enumerate object a'"},
	{"repr(filter(None, []))[:16]", "'<filter object a'"},
	{"repr(reversed([]))[:28]", "'<list_reverseiterator object'"},
	{"repr(reversed(()))[:18]", "'<reversed object a'"},
	{"repr(iter(int, 1))[:28]", "'<callable_iterator object at'"},
	{"isinstance(map(str, []), map)", "True"},
	{"isinstance(zip(), zip)", "True"},
	{"int('0x_1f', 16)", "31"},
	{"int('0_0', 0)", "0"},
	{"int('1_', 10)", "!! ValueError: invalid literal for int() with base 10: '1_'"},
	{"int('- 1')", "!! ValueError: invalid literal for int() with base 10: '- 1'"},
	{"int(' \\t+0b1_0 ', 0)", "2"},
	{"int('1' * 4301)", "!! ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit"},
	{"int('f' * 5000, 16) > 0", "True"},
	{"int(b' 7 ')", "7"},
	{"int('12', base=3)", "5"},
	{"int(float('inf'))", "!! OverflowError: cannot convert float infinity to integer"},
	{"int(float('nan'))", "!! ValueError: cannot convert float NaN to integer"},
	{"int(2.5e20)", "250000000000000000000"},
	{"int('123', 0.5)", "!! TypeError: 'float' object cannot be interpreted as an integer"},
	{"int('١٢٣')", "123"},
	{"int('𝟗')", "9"},
	{"int(None)", "!! TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'"},
	{"int([1])", "!! TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'"},
	{"divmod(-7, 2)", "(-4, 1)"},
	{"divmod(7, -2.0)", "(-4.0, -1.0)"},
	{"divmod(-1e-300, 1e300)", "(-1.0, 1e+300)"},
	{"divmod(True, 2)", "(0, 1)"},
	{"divmod(2**70, -3)", "(-393530540239137101142, -2)"},
	{"pow(2, 100)", "1267650600228229401496703205376"},
	{"pow(-3, 3)", "-27"},
	{"pow(2, -2)", "0.25"},
	{"pow(2, 10, 1)", "0"},
	{"pow(True, 2, 5)", "1"},
	{"pow(5, -1, -7)", "-4"},
	{"hex(True)", "'0x1'"},
	{"oct(0)", "'0o0'"},
	{"bin(2**64)", "'0b10000000000000000000000000000000000000000000000000000000000000000'"},
	{"max('b', 'a', key=ord)", "'b'"},
	{"max([3, 1], key=None)", "3"},
	{"max(1, 2, x=3)", "!! TypeError: max() got an unexpected keyword argument 'x'"},
	{"sorted([3,1], key=None, reverse=1)", "[3, 1]"},
	{"sorted([1], x=1)", "!! TypeError: sort() got an unexpected keyword argument 'x'"},
	{"any(x > 2 for x in [1, 5])", "True"},
	{"all(x for x in [])", "True"},
	{"chr(2**70)", "!! ValueError: chr() arg not in range(0x110000)"},
	{"ord('😀')", "128512"},
	{"abs(-0.5)", "0.5"},
	{"abs(2**70 * -1)", "1180591620717411303424"},
	{"abs(P(1))", "!! TypeError: bad operand type for abs(): 'P'"},
	{"callable(P)", "True"},
	{"callable(P(1))", "False"},
	{"callable(print)", "True"},
	{"callable(None)", "False"},
	{"vars(5)", "!! TypeError: vars() argument must have __dict__ attribute"},
	{"vars(P(2))", "{'v': 2}"},
	{"dir(P(2))[-3:]", "['__subclasshook__', '__weakref__', 'v']"},
	{"list(reversed(It()))", "!! TypeError: 'It' object is not reversible"},
	{"reversed([1], 2)", "!! TypeError: reversed expected 1 argument, got 2"},
	{"enumerate()", "!! TypeError: enumerate() missing required argument 'iterable'"},
	{"enumerate([], 'a')", "!! TypeError: 'str' object cannot be interpreted as an integer"},
	{"zip([1], x=1)", "!! TypeError: zip() got an unexpected keyword argument 'x'"},
	{"filter(None, 1)", "!! TypeError: 'int' object is not iterable"},
	{"map(str, 1)", "!! TypeError: 'int' object is not iterable"},
	{"next(It(), 5)", "1"},
	{"iter()", "!! TypeError: iter expected at least 1 argument, got 0"},
	{"iter(1, 2, 3)", "!! TypeError: iter expected at most 2 arguments, got 3"},
	{"bool(1, 2)", "!! TypeError: bool expected at most 1 argument, got 2"},
	{"bool()", "False"},
	{"bool(P(1))", "True"},
	{"ascii('a\\u0300b')", "\"'a\\\\u0300b'\""},
	{"ascii(b'\\xff')", "\"b'\\\\xff'\""},
	{"format(1)", "'1'"},
	{"list(iter(It().__next__, 3))", "[1, 2]"},
	{"list(reversed(range(1, 8, 3)))", "[7, 4, 1]"},
	{"sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=lambda t: t[0], reverse=True)", "[(1, 'b'), (1, 'a'), (0, 'z')]"},
	{"list(zip('ab', It(), strict=True))", "!! ValueError: zip() argument 2 is longer than argument 1"},
	{"list(filter(lambda c: c.isdigit(), 'a1b2'))", "['1', '2']"},
	{"hex()", "!! TypeError: hex() takes exactly one argument (0 given)"},
	{"hex(1, 2)", "!! TypeError: hex() takes exactly one argument (2 given)"},
	{"chr()", "!! TypeError: chr() takes exactly one argument (0 given)"},
	{"ord()", "!! TypeError: ord() takes exactly one argument (0 given)"},
	{"callable()", "!! TypeError: callable() takes exactly one argument (0 given)"},
	{"id()", "!! TypeError: id() takes exactly one argument (0 given)"},
	{"abs()", "!! TypeError: abs() takes exactly one argument (0 given)"},
	{"repr(x=1)", "!! TypeError: repr() takes no keyword arguments"},
	{"ascii()", "!! TypeError: ascii() takes exactly one argument (0 given)"},
	{"dir(1, 2)", "!! TypeError: dir expected at most 1 argument, got 2"},
	{"vars(1, 2)", "!! TypeError: vars expected at most 1 argument, got 2"},
	{"divmod(1)", "!! TypeError: divmod expected 2 arguments, got 1"},
	{"pow(1)", "!! TypeError: pow() missing required argument 'exp' (pos 2)"},
	{"pow()", "!! TypeError: pow() missing required argument 'base' (pos 1)"},
	{"isinstance(1)", "!! TypeError: isinstance expected 2 arguments, got 1"},
	{"sum()", "!! TypeError: sum() takes at least 1 positional argument (0 given)"},
	{"sum([1], 2, 3)", "!! TypeError: sum() takes at most 2 arguments (3 given)"},
	{"any()", "!! TypeError: any() takes exactly one argument (0 given)"},
	{"next()", "!! TypeError: next expected at least 1 argument, got 0"},
	{"iter()", "!! TypeError: iter expected at least 1 argument, got 0"},
	{"reversed()", "!! TypeError: reversed expected 1 argument, got 0"},
	{"min(x=1)", "!! TypeError: min expected at least 1 argument, got 0"},
}

// runCases evaluates each expression after prelude in one script and
// returns run()'s result for each.
func runExprCases(t *testing.T, prelude string, exprs []string) []string {
	t.Helper()
	var src strings.Builder
	src.WriteString(prelude)
	src.WriteString("CASES = [\n")
	for _, e := range exprs {
		src.WriteString("    " + strconv.Quote(e) + ",\n")
	}
	src.WriteString("]\nout = [run(c) for c in CASES]\n")
	g, err := runFiles(t, map[string]string{"main.py": src.String()})
	if err != nil {
		t.Fatal(err)
	}
	list, ok := g["out"].(*py.List)
	if !ok || len(list.Items) != len(exprs) {
		t.Fatalf("out = %v", g["out"])
	}
	got := make([]string, len(exprs))
	for i, item := range list.Items {
		got[i] = string(item.(py.String))
	}
	return got
}

func TestBuiltinFunctions(t *testing.T) {
	exprs := make([]string, len(builtinCases))
	for i, c := range builtinCases {
		exprs[i] = c.expr
	}
	got := runExprCases(t, builtinsPrelude, exprs)
	for i, c := range builtinCases {
		if got[i] != c.want {
			t.Errorf("%s\n got %s\nwant %s", c.expr, got[i], c.want)
		}
	}
}

func TestBuiltinIdentityAndReprs(t *testing.T) {
	got := runExprCases(t, builtinsPrelude, []string{
		"repr(map(str, []))", "repr(filter(None, []))", "repr(zip())", "repr(enumerate([]))",
		"repr(reversed([]))", "repr(reversed(()))", "repr(reversed(range(2)))", "repr(iter(int, 1))",
		"[isinstance(map(str, []), map), isinstance(zip(), zip), isinstance(enumerate([]), enumerate), isinstance(filter(None, []), filter)]",
		"[id(A) == id(A), id(A) != id(B), id(1) == id(1), id('ab') == id('ab'), type(id(A)) is int]",
		"[o is o for o in [A(), [1]]] + [id(x) == id(x) for x in [A(), [1], (1, 2), 'x', 1.5, None]]",
	})
	for i, prefix := range []string{"map", "filter", "zip", "enumerate", "list_reverseiterator", "reversed", "range_iterator", "callable_iterator"} {
		want := "'<" + prefix + " object at 0x"
		if !strings.HasPrefix(got[i], want) || !strings.HasSuffix(got[i], ">'") {
			t.Errorf("repr = %s, want %s...>", got[i], want)
		}
	}
	for _, line := range got[8:] {
		if strings.Contains(line, "False") || strings.Contains(line, "!!") {
			t.Errorf("got %s, want all True", line)
		}
	}
}
