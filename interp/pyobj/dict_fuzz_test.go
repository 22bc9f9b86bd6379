package pyobj

import (
	"math/rand"
	"testing"

	"github.com/go-python/gpython/py"
)

// modelDict is the reference a Dict is checked against: a list of pairs
// searched linearly, with CPython's ordering rules spelt out plainly.
type modelDict struct {
	keys, vals []py.Object
}

func (m *modelDict) find(k py.Object) int {
	for n, mk := range m.keys {
		if eq, _ := Equal(mk, k); eq {
			return n
		}
	}
	return -1
}

func (m *modelDict) set(k, v py.Object) {
	if n := m.find(k); n >= 0 {
		m.vals[n] = v
		return
	}
	m.keys = append(m.keys, k)
	m.vals = append(m.vals, v)
}

func (m *modelDict) del(k py.Object) (py.Object, bool) {
	n := m.find(k)
	if n < 0 {
		return nil, false
	}
	v := m.vals[n]
	m.keys = append(m.keys[:n:n], m.keys[n+1:]...)
	m.vals = append(m.vals[:n:n], m.vals[n+1:]...)
	return v, true
}

// fuzzKeys are keys of several types, some equal to each other across
// types (1, 1.0 and True), some with colliding hashes (-1 and -2).
var fuzzKeys = []py.Object{
	py.Int(0), py.Int(1), py.Int(2), py.Int(-1), py.Int(-2), py.Int(8), py.Int(16), py.Int(1 << 40),
	py.Float(1), py.Float(2.5), py.True, py.False, py.None,
	py.String("a"), py.String("b"), py.String("longer string key"),
	py.Tuple{py.Int(1), py.Int(2)}, py.Tuple{py.Int(1), py.Float(2)}, py.Tuple{},
}

// runDictModel interprets data as operations, applying each to a Dict
// through Python-visible paths and to the model, and checks they agree.
func runDictModel(t *testing.T, data []byte) {
	d := NewDict()
	m := &modelDict{}
	for len(data) >= 3 {
		op, k, v := data[0]%9, fuzzKeys[int(data[1])%len(fuzzKeys)], py.Int(data[2])
		data = data[3:]
		switch op {
		case 0, 1:
			if _, err := py.SetItem(d, k, v); err != nil {
				t.Fatal(err)
			}
			m.set(k, v)
		case 2:
			_, err := py.DelItem(d, k)
			if _, ok := m.del(k); ok != (err == nil) {
				t.Fatalf("del %v: err %v, model had it: %v", k, err, ok)
			}
		case 3:
			got, err := callErr(d, "pop", k, py.None)
			want, ok := m.del(k)
			if !ok {
				want = py.None
			}
			if err != nil || !identical(got, want) {
				t.Fatalf("pop %v = %v, %v; want %v", k, got, err, want)
			}
		case 4:
			got, err := callErr(d, "popitem")
			if len(m.keys) == 0 {
				if err == nil {
					t.Fatal("popitem on empty dict did not fail")
				}
				continue
			}
			last := len(m.keys) - 1
			want := py.Tuple{m.keys[last], m.vals[last]}
			m.del(m.keys[last])
			if err != nil || repr(t, got) != repr(t, want) {
				t.Fatalf("popitem = %v, %v; want %v", got, err, want)
			}
		case 5:
			got, err := callErr(d, "get", k)
			want := py.Object(py.None)
			if n := m.find(k); n >= 0 {
				want = m.vals[n]
			}
			if err != nil || !identical(got, want) {
				t.Fatalf("get %v = %v, %v; want %v", k, got, err, want)
			}
		case 6:
			if _, err := callErr(d, "setdefault", k, v); err != nil {
				t.Fatal(err)
			}
			if m.find(k) < 0 {
				m.set(k, v)
			}
		case 7:
			if v%4 == 0 {
				if _, err := callErr(d, "clear"); err != nil {
					t.Fatal(err)
				}
				m.keys, m.vals = nil, nil
			} else {
				c := call(t, d, "copy").(*Dict)
				d = c
			}
		case 8:
			pairs := py.NewListFromItems([]py.Object{py.Tuple{k, v}, py.Tuple{v, k}})
			if _, err := callErr(d, "update", pairs); err != nil {
				t.Fatal(err)
			}
			m.set(k, v)
			m.set(v, k)
		}
		checkAgainstModel(t, d, m)
	}
}

func checkAgainstModel(t *testing.T, d *Dict, m *modelDict) {
	t.Helper()
	if d.Len() != len(m.keys) {
		t.Fatalf("len %d, model %d", d.Len(), len(m.keys))
	}
	want := NewDict()
	for n := range m.keys {
		want.entries = append(want.entries, dictEntry{key: m.keys[n], value: m.vals[n]})
		want.used++
	}
	if got, exp := repr(t, d), repr(t, want); got != exp {
		t.Fatalf("dict %s\nmodel %s", got, exp)
	}
	for n, k := range m.keys {
		v, err := d.GetItem(k)
		if err != nil || !identical(v, m.vals[n]) {
			t.Fatalf("d[%v] = %v, %v; want %v", k, v, err, m.vals[n])
		}
	}
}

func FuzzDictModel(f *testing.F) {
	f.Add([]byte{0, 1, 5, 0, 2, 6, 2, 1, 0, 0, 1, 7})
	f.Add([]byte{0, 3, 1, 0, 4, 2, 4, 0, 0, 4, 0, 0, 0, 8, 9, 3, 8, 9})
	f.Add([]byte{8, 13, 1, 6, 13, 2, 7, 0, 4, 5, 13, 0})
	f.Fuzz(runDictModel)
}

// TestDictModelRandom runs long random operation sequences against the
// model with a fixed seed.
func TestDictModelRandom(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for run := 0; run < 20; run++ {
		data := make([]byte, 3*300)
		rng.Read(data)
		runDictModel(t, data)
	}
}
