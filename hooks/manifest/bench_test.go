package manifest

import (
	"crypto/sha256"
	"fmt"
	"testing"
)

// benchManifest is a manifest of n files in a tree of folders, like a
// virtual environment's site-packages.
func benchManifest(n int) *Manifest {
	entries := make([]Entry, n)
	for i := range entries {
		path := fmt.Sprintf("/opt/app/.venv/lib/python3.13/site-packages/pkg%03d/sub%02d/module_%05d.py", i/100, i%100/10, i)
		entries[i] = Entry{Path: path, Sum: sha256.Sum256([]byte(path))}
	}
	return newManifest(entries)
}

// BenchmarkParse reads a manifest of 10,000 files: the cost a run pays
// once, when it loads the policy's manifest.
func BenchmarkParse(b *testing.B) {
	data := benchManifest(10000).Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("MANIFEST", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHash looks a path up in a manifest of 10,000 files: the cost
// the gate pays for every code file it opens.
func BenchmarkHash(b *testing.B) {
	m := benchManifest(10000)
	paths := make([]string, 0, 1000)
	for i, e := range m.entries {
		if i%10 == 0 {
			paths = append(paths, e.Path)
		}
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, ok := m.Hash(paths[i%len(paths)]); !ok {
			b.Fatal("not listed")
		}
		i++
	}
}
