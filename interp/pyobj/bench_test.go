package pyobj

import (
	"fmt"
	"testing"

	"github.com/go-python/gpython/py"
)

// benchDictSetGet sets then gets one key per iteration, cycling through
// keys over a dict that holds all of them after the first round.
func benchDictSetGet(b *testing.B, keys []py.Object) {
	d := NewDict()
	b.ReportAllocs()
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		k := keys[n%len(keys)]
		if err := d.SetItem(k, k); err != nil {
			b.Fatal(err)
		}
		if _, err := d.GetItem(k); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDictSetGetStr(b *testing.B) {
	keys := make([]py.Object, 1024)
	for n := range keys {
		keys[n] = py.String(fmt.Sprintf("key_%d", n))
	}
	benchDictSetGet(b, keys)
}

func BenchmarkDictSetGetInt(b *testing.B) {
	keys := make([]py.Object, 1024)
	for n := range keys {
		keys[n] = py.Int(n * 7)
	}
	benchDictSetGet(b, keys)
}

func BenchmarkSetAddContainsInt(b *testing.B) {
	s := NewSet()
	b.ReportAllocs()
	for n := 0; n < b.N; n++ {
		k := py.Int(n % 1024)
		if err := s.Add(k); err != nil {
			b.Fatal(err)
		}
		if ok, err := s.Contains(k); !ok || err != nil {
			b.Fatal(ok, err)
		}
	}
}
