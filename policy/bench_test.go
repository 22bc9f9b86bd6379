package policy

import (
	"fmt"
	"strings"
	"testing"

	"github.com/spython/spython/hooks"
)

// benchPolicy makes a policy of n rules: 20 name the open event, each with
// a match on the path that fails for "/srv/data/file.txt" except the
// last; the others name other events, registered ones and custom names,
// some by glob.
func benchPolicy(tb testing.TB, n int) *Policy {
	var others []string
	for _, s := range hooks.All() {
		if s.Name != "open" && len(s.Args) > 0 {
			others = append(others, s.Name)
		}
	}
	var b strings.Builder
	b.WriteString("apiVersion: spython/v1\nrules:\n")
	open := 0
	for i := range n {
		// Spread the 20 open rules over the file.
		if open < 20 && i == open*(n/20) {
			pattern := fmt.Sprintf("/nope/%d/*", open)
			if open == 19 {
				pattern = "/srv/*"
			}
			fmt.Fprintf(&b, "  - {id: open-%d, event: open, match: {path: %q, mode: r}, action: deny}\n", open, pattern)
			open++
			continue
		}
		switch i % 3 {
		case 0:
			name := others[i%len(others)]
			spec, _ := hooks.Lookup(name)
			fmt.Fprintf(&b, "  - {id: r%d, event: %s, match: {%s: \"/x/%d\"}, action: deny}\n", i, name, spec.Args[0], i)
		case 1:
			fmt.Fprintf(&b, "  - {id: r%d, event: app.e%d, action: deny}\n", i, i)
		case 2:
			fmt.Fprintf(&b, "  - {id: r%d, event: \"app%d.*\", action: log}\n", i, i)
		}
	}
	p, err := Parse("bench.yaml", []byte(b.String()))
	if err != nil {
		tb.Fatal(err)
	}
	if len(p.Rules) != n || len(p.idx.byName["open"].cands) != 20 {
		tb.Fatalf("bench policy: %d rules, %d for open", len(p.Rules), len(p.idx.byName["open"].cands))
	}
	return p
}

func BenchmarkDecide(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("rules=%d", n), func(b *testing.B) {
			p := benchPolicy(b, n)
			e := hooks.NewEvent(hooks.Open, "/srv/data/file.txt", "r", int64(0))
			if d := p.Decide(e); d.Rule == nil || d.Rule.ID != "open-19" {
				b.Fatalf("decision %+v, want rule open-19", d)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				p.Decide(e)
			}
		})
	}
	// A fresh event each time, as the interpreter raises them: its
	// arguments are converted once, by the first match key read.
	b.Run("rules=1000/fresh-event", func(b *testing.B) {
		p := benchPolicy(b, 1000)
		args := hooks.Values{"/srv/data/file.txt", "r", int64(0)}
		var e hooks.Event
		b.ReportAllocs()
		for b.Loop() {
			e.Reset(hooks.Open, "open", false, args)
			p.Decide(&e)
		}
	})
	b.Run("custom-event", func(b *testing.B) {
		p := benchPolicy(b, 1000)
		e := scriptEvent("myapp.login", "root")
		b.ReportAllocs()
		for b.Loop() {
			p.Decide(e)
		}
	})
}

func BenchmarkParse(b *testing.B) {
	p := benchPolicy(b, 1000)
	data, err := p.Encode()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("bench.yaml", data); err != nil {
			b.Fatal(err)
		}
	}
}
