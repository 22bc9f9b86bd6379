package pyobj

import (
	"math"
	"math/big"
	"testing"

	"github.com/go-python/gpython/py"
)

func bigInt(s string) py.Object {
	b, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic(s)
	}
	return (*py.BigInt)(b)
}

func frozen(items ...py.Object) *Set {
	s := NewFrozenSet()
	for _, it := range items {
		if err := s.Add(it); err != nil {
			panic(err)
		}
	}
	return s
}

// Hashes recorded from CPython 3.13.
func TestHashMatchesCPython(t *testing.T) {
	tests := []struct {
		src  string
		val  py.Object
		want int64
	}{
		{"0", py.Int(0), 0},
		{"1", py.Int(1), 1},
		{"-1", py.Int(-1), -2},
		{"-2", py.Int(-2), -2},
		{"2**61-2", py.Int(1<<61 - 2), 2305843009213693950},
		{"2**61-1", py.Int(1<<61 - 1), 0},
		{"2**61", py.Int(1 << 61), 1},
		{"-(2**61)", py.Int(-(1 << 61)), -2},
		{"2**63-1", py.Int(math.MaxInt64), 3},
		{"-(2**63)", py.Int(math.MinInt64), -4},
		{"big 2**63-1", bigInt("9223372036854775807"), 3},
		{"12345678901234567890123", bigInt("12345678901234567890123"), 195429904450476469},
		{"-12345678901234567890123", bigInt("-12345678901234567890123"), -195429904450476469},
		{"True", py.True, 1},
		{"False", py.False, 0},
		{"0.0", py.Float(0), 0},
		{"-0.0", py.Float(math.Copysign(0, -1)), 0},
		{"1.0", py.Float(1), 1},
		{"-1.0", py.Float(-1), -2},
		{"1.5", py.Float(1.5), 1152921504606846977},
		{"-2.5e-300", py.Float(-2.5e-300), -52920977297143526},
		{"1e300", py.Float(1e300), 1224995262755759164},
		{"0.1", py.Float(0.1), 230584300921369408},
		{"pi", py.Float(3.141592653589793), 326490430436040707},
		{"2.0**70", py.Float(math.Pow(2, 70)), 512},
		{"-(2.0**80)", py.Float(-math.Pow(2, 80)), -524288},
		{"inf", py.Float(math.Inf(1)), 314159},
		{"-inf", py.Float(math.Inf(-1)), -314159},
		{"nan", py.Float(math.NaN()), 0},
		{"None", py.None, 4238894112},
		{"()", py.Tuple{}, 5740354900026072187},
		{"(1,)", py.Tuple{py.Int(1)}, -6644214454873602895},
		{"(1, 2)", py.Tuple{py.Int(1), py.Int(2)}, -3550055125485641917},
		{"(1, (2, 3))", py.Tuple{py.Int(1), py.Tuple{py.Int(2), py.Int(3)}}, 7267574591690527098},
		{"(None, True, 1.5)", py.Tuple{py.None, py.True, py.Float(1.5)}, -4953812201219247177},
		{"(-1,)", py.Tuple{py.Int(-1)}, 8078679518589016365},
		{"frozenset()", frozen(), 133146708735736},
		{"frozenset({1, 2})", frozen(py.Int(1), py.Int(2)), -1826646154956904602},
		{"frozenset({1, 2, 3})", frozen(py.Int(3), py.Int(2), py.Int(1)), -272375401224217160},
		{"frozenset({-1, 5, 7})", frozen(py.Int(-1), py.Int(5), py.Int(7)), 1008661653209846767},
		{"frozenset({(1, 2)})", frozen(py.Tuple{py.Int(1), py.Int(2)}), 3819360209092968377},
		{"1+2j", py.Complex(complex(1, 2)), 2000007},
		{"-1.5j", py.Complex(complex(0, -1.5)), -3458764513821540931},
	}
	for _, tt := range tests {
		got, err := Hash(tt.val)
		if err != nil {
			t.Errorf("hash(%s): %v", tt.src, err)
			continue
		}
		if got != tt.want {
			t.Errorf("hash(%s) = %d, want %d", tt.src, got, tt.want)
		}
	}
}

func TestHashNumericEquality(t *testing.T) {
	groups := [][]py.Object{
		{py.Int(1), py.Float(1), py.True},
		{py.Int(0), py.Float(0), py.False},
		{py.Int(1 << 62), py.Float(1 << 62), bigInt("4611686018427387904")},
		{bigInt("1267650600228229401496703205376"), py.Float(math.Pow(2, 100))},
	}
	for _, g := range groups {
		want, _ := Hash(g[0])
		for _, o := range g[1:] {
			if got, _ := Hash(o); got != want {
				t.Errorf("hash(%v) = %d, want %d as hash(%v)", o, got, want, g[0])
			}
		}
	}
}

func TestHashStrBytes(t *testing.T) {
	a, _ := Hash(py.String("hello"))
	b, _ := Hash(py.String("hello"))
	c, _ := Hash(py.String("hellp"))
	if a != b || a == c {
		t.Errorf("str hashes: %d %d %d", a, b, c)
	}
	for _, s := range []string{"", "a", "abcdefgh", "abcdefghi", "the quick brown fox"} {
		h1, _ := Hash(py.String(s))
		h2, _ := Hash(py.Bytes(s))
		if h1 == -1 || h2 == -1 {
			t.Errorf("hash(%q) is -1", s)
		}
	}
}

type hashMethodObj struct{ res py.Object }

var hashMethodType = py.NewType("hashy", "")

func (h *hashMethodObj) Type() *py.Type                { return hashMethodType }
func (h *hashMethodObj) M__hash__() (py.Object, error) { return h.res, nil }

func TestHashErrors(t *testing.T) {
	tests := []struct {
		val  py.Object
		want string
	}{
		{py.NewList(), "unhashable type: 'list'"},
		{NewDict(), "unhashable type: 'dict'"},
		{NewSet(), "unhashable type: 'set'"},
		{py.StringDict{}, "unhashable type: 'dict'"},
		{py.Tuple{py.Int(1), py.NewList()}, "unhashable type: 'list'"},
		{newDictView(NewDict(), viewKeys), "unhashable type: 'dict_keys'"},
		{&hashMethodObj{py.String("x")}, "__hash__ method should return an integer"},
	}
	for _, tt := range tests {
		_, err := Hash(tt.val)
		if got := errText(err); got != "TypeError: "+tt.want {
			t.Errorf("hash(%T) error = %q, want TypeError: %s", tt.val, got, tt.want)
		}
	}
	if h, err := Hash(&hashMethodObj{py.Int(-1)}); err != nil || h != -2 {
		t.Errorf("__hash__ returning -1: %d, %v", h, err)
	}
	if h, err := Hash(&hashMethodObj{py.Int(42)}); err != nil || h != 42 {
		t.Errorf("__hash__ returning 42: %d, %v", h, err)
	}
}

func TestHashIdentity(t *testing.T) {
	a, b := py.NewList(), py.NewList()
	if HashIdentity(a) == HashIdentity(b) {
		t.Error("distinct objects share an identity hash")
	}
	if HashIdentity(a) != HashIdentity(a) {
		t.Error("identity hash not stable")
	}
	h1, err := Hash(py.IntType)
	if err != nil || h1 != HashIdentity(py.IntType) {
		t.Errorf("type hash: %d %v", h1, err)
	}
}

func TestEqual(t *testing.T) {
	l := py.NewList()
	tests := []struct {
		a, b py.Object
		want bool
	}{
		{py.Int(1), py.Float(1), true},
		{py.Int(1), py.True, true},
		{py.String("a"), py.String("a"), true},
		{py.String("a"), py.Bytes("a"), false},
		{l, l, true},
		{py.Tuple{py.Int(1)}, py.Tuple{py.Float(1)}, true},
		{py.None, py.None, true},
		{py.IntType, py.FloatType, false},
	}
	for _, tt := range tests {
		got, err := Equal(tt.a, tt.b)
		if err != nil || got != tt.want {
			t.Errorf("Equal(%v, %v) = %v, %v; want %v", tt.a, tt.b, got, err, tt.want)
		}
	}
}

// errText renders a Python exception as "Type: message".
func errText(err error) string {
	if err == nil {
		return ""
	}
	if e, ok := err.(*py.Exception); ok {
		msg := ""
		if args, ok := e.Args.(py.Tuple); ok && len(args) == 1 {
			if s, ok := args[0].(py.String); ok && e.Base != py.KeyError {
				msg = string(s)
			} else {
				msg, _ = py.ReprAsString(args[0])
			}
		}
		return e.Base.Name + ": " + msg
	}
	return err.Error()
}

// newClass makes a class the way a class statement does in gpython.
func newClass(t *testing.T, dict py.StringDict) *py.Type {
	t.Helper()
	dict["__module__"] = py.String("test")
	cls, err := py.Call(py.TypeType, py.Tuple{py.String("C"), py.Tuple{}, dict}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return cls.(*py.Type)
}

func TestHashGpythonInstances(t *testing.T) {
	hash77 := py.MustNewMethod("__hash__", func(_, self py.Object) (py.Object, error) {
		return py.Int(77), nil
	}, 0, "")
	withHash := newClass(t, py.StringDict{"__hash__": hash77}).Alloc()
	if h, err := Hash(withHash); err != nil || h != 77 {
		t.Errorf("class with __hash__: %d, %v", h, err)
	}
	noHash := newClass(t, py.StringDict{"__hash__": py.None}).Alloc()
	if _, err := Hash(noHash); errText(err) != "TypeError: unhashable type: 'C'" {
		t.Errorf("class with __hash__ = None: %v", err)
	}
	plain := newClass(t, py.StringDict{}).Alloc()
	if h, err := Hash(plain); err != nil || h != HashIdentity(plain) {
		t.Errorf("plain instance: %d, %v", h, err)
	}
}
