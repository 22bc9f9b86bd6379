package rewrite

import (
	"strings"
	"testing"
)

// ordinarySource is a 1000-line module with no f-string and no PEP 448
// unpacking, but with the stars of ordinary code.
var ordinarySource = func() string {
	var b strings.Builder
	b.WriteString("import os\nfrom sys import *\n\n")
	for b.Len() == 0 || strings.Count(b.String(), "\n") < 1000 {
		b.WriteString(`class Shape(object):
    """A shape with a name and an area, 'quoted' and {braced}."""

    def __init__(self, name, *args, **kwargs):
        self.name = name  # the name, not f"{name}"
        self.args = list(args)
        self.kwargs = dict(kwargs, extra=[1, 2, 3])

    def area(self, scale=1.0):
        total = 0
        for i, (a, b) in enumerate(zip(self.args, self.args[1:])):
            total += a * b ** 2 / (i + 1)
        return total * scale

    def describe(self):
        parts = ["%s: %r" % (k, v) for k, v in sorted(self.kwargs.items())]
        return "{}({})".format(self.name, ", ".join(parts))


def build(*shapes, **options):
    first, *rest = shapes
    return Shape(first, *rest, **options)

`)
	}
	return b.String()
}()

// BenchmarkSource measures the check of ordinary source that needs no
// rewrite.
func BenchmarkSource(b *testing.B) {
	src := ordinarySource
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		out, err := Source(src)
		if err != nil || len(out) != len(src) {
			b.Fatal("ordinary source changed")
		}
	}
}

// BenchmarkSourceNoStar measures the byte scan alone.
func BenchmarkSourceNoStar(b *testing.B) {
	src := strings.ReplaceAll(strings.ReplaceAll(ordinarySource, "*", "+"), "f\"", "g\"")
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Source(src); err != nil {
			b.Fatal(err)
		}
	}
}

// TestOrdinaryUnchanged checks the benchmark's input is returned as is.
func TestOrdinaryUnchanged(t *testing.T) {
	if got, err := Source(ordinarySource); err != nil || got != ordinarySource {
		t.Fatalf("ordinary source changed: %v", err)
	}
}

// BenchmarkMangle measures the check of ordinary source, whose classes
// have no private name.
func BenchmarkMangle(b *testing.B) {
	src := ordinarySource
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if out, _ := Mangle(src); out != src {
			b.Fatal("ordinary source changed")
		}
	}
}

// BenchmarkManglePrivate measures the rewrite of the same source with a
// private name in every class.
func BenchmarkManglePrivate(b *testing.B) {
	src := strings.ReplaceAll(ordinarySource, "self.name", "self.__name")
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if out, _ := Mangle(src); out == src {
			b.Fatal("private names not mangled")
		}
	}
}
