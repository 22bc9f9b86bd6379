package policy

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/spython/spython/configs"
	"github.com/spython/spython/hooks"
)

// FuzzParse: Parse never panics; what it accepts encodes to YAML that
// parses to an equal policy, and decides events without panicking.
func FuzzParse(f *testing.F) {
	names, _ := fs.Glob(configs.Files, "*.yaml")
	for _, name := range names {
		data, _ := configs.Files.ReadFile(name)
		f.Add(data)
	}
	f.Add([]byte(decidePolicy))
	f.Add([]byte("apiVersion: spython/v1\nrules:\n  - &r {id: a, event: \"o*\", match: {path: [\"/x/[a-z]*\", 1, 1.5, true, null]}, action: log}\n"))
	f.Add([]byte("apiVersion: spython/v1\nverify: {max_size: 1.5KiB, deny: [\"/tmp/**\"]}\nlimits: {timeout: 1m, memory: 2GB}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Parse("fuzz.yaml", data)
		if err != nil {
			if _, ok := err.(Diagnostics); !ok {
				t.Fatalf("Parse error is %T, not Diagnostics", err)
			}
			return
		}
		out, err := p.Encode()
		if err != nil {
			t.Fatalf("Encode: %v", err)
		}
		q, err := Parse("encoded.yaml", out)
		if err != nil {
			t.Fatalf("Parse(Encode(p)):\n%v\n--- input:\n%s\n--- encoded:\n%s", err, data, out)
		}
		if diff := cmp.Diff(p, q, contentOpts); diff != "" {
			t.Fatalf("Parse(Encode(p)) differs (-p +q):\n%s\n--- input:\n%s\n--- encoded:\n%s", diff, data, out)
		}
		for _, spec := range hooks.All() {
			args := make([]any, len(spec.Args))
			for i := range args {
				args[i] = "x"
			}
			d := p.Decide(hooks.NewEvent(spec, args...))
			if d.Rule == nil && d.Action != p.Default {
				t.Fatalf("%s: default decision %s, policy default %s", spec.Name, d.Action, p.Default)
			}
			_ = p.Explain(spec.Name, nil).String()
		}
	})
}

// FuzzStrings puts arbitrary strings where a policy holds text (a rule's
// event pattern, match value and message), written as Go quotes them in
// ASCII (which YAML reads as double-quoted strings: raw, a character such
// as U+0085 would be a line break to YAML), and checks that what Parse
// accepts survives Encode and Parse.
func FuzzStrings(f *testing.F) {
	for _, s := range []string{"", "a", "*", "- a", "a: b", "#", "\t x \n", "'\"", "\\*", "null", "~", "2024-01-31", "0x10", "1e3", "yes", "\u0085", "\ufeff", "\u2028", "é"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		q := strconv.QuoteToASCII(s)
		src := fmt.Sprintf("apiVersion: spython/v1\npath: [%s]\nrules:\n  - id: a\n    event: %s\n    action: log\n  - id: b\n    event: open\n    match: {path: %s, mode: [%s, x]}\n    action: deny\n    message: %s\n", "\"/\"", q, q, q, q)
		p, err := Parse("strings.yaml", []byte(src))
		if err != nil {
			var ds Diagnostics
			if !errors.As(err, &ds) {
				t.Fatalf("Parse error is %T", err)
			}
			for _, d := range ds {
				// Only the glob and the unreachable check may object to an
				// arbitrary string.
				switch d.Code {
				case CodeBadGlob, CodeUnreachable, CodeUnknownEvent, CodeBadValue:
				default:
					t.Fatalf("%q: %v\n%s", s, err, src)
				}
			}
			return
		}
		if p.Rules[1].Message != s {
			t.Fatalf("message %q read as %q", s, p.Rules[1].Message)
		}
		out, err := p.Encode()
		if err != nil {
			t.Fatal(err)
		}
		p2, err := Parse("encoded.yaml", out)
		if err != nil {
			t.Fatalf("Parse(Encode(p)): %v\n--- encoded:\n%s", err, out)
		}
		if diff := cmp.Diff(p, p2, contentOpts); diff != "" {
			t.Fatalf("Parse(Encode(p)) differs (-p +q):\n%s\n--- encoded:\n%s", diff, out)
		}
	})
}
