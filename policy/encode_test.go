package policy

import (
	"io/fs"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/spython/spython/configs"
)

// roundTrip checks that Parse(Encode(p)) says what p says.
func roundTrip(t *testing.T, p *Policy) {
	t.Helper()
	out, err := p.Encode()
	if err != nil {
		t.Fatalf("Encode: %v", err)
	}
	q, err := Parse("encoded.yaml", out)
	if err != nil {
		t.Fatalf("Parse(Encode(p)):\n%v\n--- encoded:\n%s", err, out)
	}
	if diff := cmp.Diff(p, q, contentOpts); diff != "" {
		t.Fatalf("Parse(Encode(p)) differs (-p +q):\n%s\n--- encoded:\n%s", diff, out)
	}
	again, err := q.Encode()
	if err != nil || string(again) != string(out) {
		t.Fatalf("Encode is not stable:\n%s\n--- then:\n%s", out, again)
	}
}

func TestEncodeRoundTrip(t *testing.T) {
	names, _ := fs.Glob(configs.Files, "*.yaml")
	srcs := map[string]string{"decide.yaml": decidePolicy}
	for _, name := range names {
		data, _ := configs.Files.ReadFile(name)
		srcs[name] = string(data)
	}
	srcs["values.yaml"] = `apiVersion: spython/v1
launch: []
verify:
  max_size: 1500
  owners: [root, 0, "1000"]
rules:
  - id: odd-values
    event: time.sleep
    match: {secs: [1.0, -0.0, 1e300, .inf, -.inf, 0x10, "0x10", "", "yes", "null", "~", "*", "- a", "#x", "a: b", 2024-01-31]}
    action: log
    message: "  spaces, 'quotes', \"doubles\", \\backslash\n  newline\ttab \u00e9"
  - id: nulls-bools
    event: glob.glob
    match: {recursive: [null, true, false], pathname: "[!a-z]\\*"}
    action: deny
log:
  sinks:
    - {type: syslog, address: "[::1]:514"}
    - {type: syslog}
limits:
  timeout: 1h2m3.5s
  memory: 3000000KB
`
	for name, src := range srcs {
		t.Run(name, func(t *testing.T) {
			p, err := Parse(name, []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			roundTrip(t, p)
		})
	}
}

func TestSize(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Size
		str  string
	}{
		{"0", 0, "0"},
		{"1", 1, "1"},
		{"1B", 1, "1"},
		{"1KiB", 1024, "1KiB"},
		{"1.5KiB", 1536, "1536"},
		{"2 MiB", 2 << 20, "2MiB"},
		{"1GiB", 1 << 30, "1GiB"},
		{"1KB", 1000, "1KB"},
		{"1.5MB", 1500000, "1500KB"},
		{"3GB", 3e9, "3GB"},
		{"8589934592GiB", 0, ""},
	} {
		got, err := ParseSize(tt.in)
		if tt.str == "" {
			if err == nil {
				t.Errorf("ParseSize(%q): no error", tt.in)
			}
			continue
		}
		if err != nil || got != tt.want || got.String() != tt.str {
			t.Errorf("ParseSize(%q) = %d (%s), %v; want %d (%s)", tt.in, got, got, err, tt.want, tt.str)
		}
	}
}
