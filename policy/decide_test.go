package policy

import (
	"fmt"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/spython/spython/hooks"
)

// decidePolicy is the policy the decision table runs against.
const decidePolicy = `apiVersion: spython/v1
default: allow
rules:
  - id: no-rm
    event: os.system
    match: {command: ["rm *", "*;*"]}
    action: deny
    message: no rm
  - id: log-shell
    event: os.system
    action: log
  - id: etc-write
    event: open
    match: {path: "/etc/*", mode: ["w", "a", "x", "r+"]}
    action: deny
  - id: secret
    event: open
    match: {path: "/home/?/secret[0-9].txt"}
    action: deny
  - id: literal-star
    event: open
    match: {path: "/weird/\\*"}
    action: deny
  - id: long-sleep
    event: time.sleep
    match: {secs: 60}
    action: deny
  - id: half-sleep
    event: time.sleep
    match: {secs: 0.5}
    action: log
  - id: recursive-glob
    event: glob.glob
    match: {recursive: true}
    action: deny
  - id: import-none
    event: import
    match: {filename: null, module: "evil*"}
    action: deny
  - id: os-all
    event: "os.*"
    match: {path: "/proc/*"}
    action: deny
  - id: custom-deny
    event: "myapp.*"
    action: deny
  - id: custom-exact
    event: other.event
    action: log
`

func TestDecide(t *testing.T) {
	p, err := Parse("decide.yaml", []byte(decidePolicy))
	if err != nil {
		t.Fatal(err)
	}
	type result struct {
		Action Action
		Rule   string
	}
	tests := []struct {
		event string
		args  []any
		want  result
	}{
		// Bytes are matched as strings; "*" crosses "/" and spaces.
		{"os.system", []any{[]byte("rm -rf /")}, result{ActionDeny, "no-rm"}},
		{"os.system", []any{"rm x"}, result{ActionDeny, "no-rm"}},
		{"os.system", []any{[]byte("ls; rm x")}, result{ActionDeny, "no-rm"}},
		{"os.system", []any{[]byte("ls -l")}, result{ActionLog, "log-shell"}},
		// A glob matches the whole string.
		{"os.system", []any{[]byte("xrm y")}, result{ActionLog, "log-shell"}},
		// Every key must hold.
		{"open", []any{"/etc/passwd", "w", int64(577)}, result{ActionDeny, "etc-write"}},
		{"open", []any{"/etc/passwd", "r", int64(0)}, result{ActionAllow, ""}},
		{"open", []any{"/etc/ssh/sshd_config", "a", int64(0)}, result{ActionDeny, "etc-write"}},
		// ? is one character, [0-9] a class.
		{"open", []any{"/home/a/secret1.txt", "r", int64(0)}, result{ActionDeny, "secret"}},
		{"open", []any{"/home/ab/secret1.txt", "r", int64(0)}, result{ActionAllow, ""}},
		{"open", []any{"/home/a/secretx.txt", "r", int64(0)}, result{ActionAllow, ""}},
		// An escaped star is a star.
		{"open", []any{"/weird/*", "r", int64(0)}, result{ActionDeny, "literal-star"}},
		{"open", []any{"/weird/x", "r", int64(0)}, result{ActionAllow, ""}},
		// Numbers compare numerically, whatever their type.
		{"time.sleep", []any{int64(60)}, result{ActionDeny, "long-sleep"}},
		{"time.sleep", []any{60.0}, result{ActionDeny, "long-sleep"}},
		{"time.sleep", []any{60.5}, result{ActionAllow, ""}},
		{"time.sleep", []any{0.5}, result{ActionLog, "half-sleep"}},
		{"time.sleep", []any{int64(0)}, result{ActionAllow, ""}},
		// A string never equals a number.
		{"time.sleep", []any{"60"}, result{ActionAllow, ""}},
		// Booleans compare exactly: 1 is not True.
		{"glob.glob", []any{"*", true}, result{ActionDeny, "recursive-glob"}},
		{"glob.glob", []any{"*", int64(1)}, result{ActionAllow, ""}},
		{"glob.glob", []any{"*", false}, result{ActionAllow, ""}},
		// null matches None only.
		{"import", []any{"evil_mod", nil, []any{}, []any{}, []any{}}, result{ActionDeny, "import-none"}},
		{"import", []any{"evil_mod", "/x.py", []any{}, []any{}, []any{}}, result{ActionAllow, ""}},
		{"import", []any{"good", nil, []any{}, []any{}, []any{}}, result{ActionAllow, ""}},
		// A glob pattern reaches every event it names; an event without
		// the argument does not match.
		{"os.listdir", []any{"/proc/1"}, result{ActionDeny, "os-all"}},
		{"os.remove", []any{"/proc/1", nil}, result{ActionDeny, "os-all"}},
		{"os.putenv", []any{"/proc/x", "v"}, result{ActionAllow, ""}},
		// A missing argument fails the key.
		{"os.chdir", []any{}, result{ActionAllow, ""}},
		// Opaque objects and lists never match a string.
		{"os.chdir", []any{hooks.Opaque{Type: "x", Text: "/proc/1"}}, result{ActionAllow, ""}},
		// An event no rule names gets the default.
		{"compile", []any{nil, "x.py"}, result{ActionAllow, ""}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s%v", tt.event, tt.args), func(t *testing.T) {
			spec, ok := hooks.Lookup(tt.event)
			if !ok {
				t.Fatalf("%s not registered", tt.event)
			}
			d := p.Decide(hooks.NewEvent(spec, tt.args...))
			got := result{Action: d.Action}
			if d.Rule != nil {
				got.Rule = d.Rule.ID
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("decision (-want +got):\n%s", diff)
			}
		})
	}
}

// scriptEvent is an event a script raised with sys.audit.
func scriptEvent(name string, args ...any) *hooks.Event {
	spec, _ := hooks.Lookup(name)
	e := &hooks.Event{}
	e.Reset(spec, name, true, hooks.Values(args))
	return e
}

func TestDecideScriptEvents(t *testing.T) {
	p, err := Parse("decide.yaml", []byte(decidePolicy))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []any
		want Action
		rule string
	}{
		{"myapp.login", []any{"root"}, ActionDeny, "custom-deny"},
		{"myapp.", nil, ActionDeny, "custom-deny"},
		{"other.event", nil, ActionLog, "custom-exact"},
		{"unnamed", []any{1}, ActionAllow, ""},
		// A script may raise a registered event's name; it is decided as
		// that event, arguments included.
		{"os.system", []any{"rm -rf /"}, ActionDeny, "no-rm"},
	}
	for _, tt := range tests {
		// Twice: the second answer comes from the cache.
		for range 2 {
			d := p.Decide(scriptEvent(tt.name, tt.args...))
			id := ""
			if d.Rule != nil {
				id = d.Rule.ID
			}
			if d.Action != tt.want || id != tt.rule {
				t.Errorf("%s: got %s %q, want %s %q", tt.name, d.Action, id, tt.want, tt.rule)
			}
		}
	}
}

// TestDecideOrder checks that the first matching rule wins, across exact
// and glob rules.
func TestDecideOrder(t *testing.T) {
	src := `apiVersion: spython/v1
default: deny
rules:
  - {id: g1, event: "o*", match: {mode: w}, action: deny}
  - {id: e1, event: open, match: {mode: r}, action: allow}
  - {id: g2, event: "*n", match: {mode: r}, action: log}
  - {id: e2, event: open, action: log}
  - {id: g3, event: "*", action: allow}
`
	p, err := Parse("order.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ mode, want string }{{"w", "g1"}, {"r", "e1"}, {"a", "e2"}} {
		d := p.Decide(hooks.NewEvent(hooks.Open, "/x", tt.mode, int64(0)))
		if d.Rule == nil || d.Rule.ID != tt.want {
			t.Errorf("mode %s: got %+v, want rule %s", tt.mode, d, tt.want)
		}
	}
	if d := p.Decide(hooks.NewEvent(hooks.SysAddaudithook)); d.Rule == nil || d.Rule.ID != "g3" {
		t.Errorf("sys.addaudithook: got %+v, want g3", d)
	}
	if d := p.Decide(scriptEvent("zz")); d.Rule == nil || d.Rule.ID != "g3" {
		t.Errorf("zz: got %+v, want g3", d)
	}
}

// TestDecideConcurrent decides from many goroutines, new names included;
// run with -race.
func TestDecideConcurrent(t *testing.T) {
	p, err := Parse("decide.yaml", []byte(decidePolicy))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 500 {
				name := fmt.Sprintf("myapp.%d", i%50)
				if d := p.Decide(scriptEvent(name)); d.Action != ActionDeny {
					t.Errorf("goroutine %d: %s: %s", g, name, d.Action)
					return
				}
				if d := p.Decide(hooks.NewEvent(hooks.OSSystem, []byte("ls"))); d.Action != ActionLog {
					t.Errorf("goroutine %d: os.system: %s", g, d.Action)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// TestDecideCacheBound raises more new names than the cache keeps.
func TestDecideCacheBound(t *testing.T) {
	p, err := Parse("decide.yaml", []byte(decidePolicy))
	if err != nil {
		t.Fatal(err)
	}
	for i := range maxCached + 100 {
		if d := p.Decide(scriptEvent(fmt.Sprintf("x%d", i))); d.Action != ActionAllow {
			t.Fatalf("x%d: %s", i, d.Action)
		}
	}
	n := 0
	p.idx.cache.Range(func(any, any) bool { n++; return true })
	if n > maxCached {
		t.Errorf("cache holds %d names, more than %d", n, maxCached)
	}
}

func TestGlob(t *testing.T) {
	tests := []struct {
		pattern, s string
		want       bool
	}{
		{"", "", true},
		{"", "a", false},
		{"abc", "abc", true},
		{"abc", "abcd", false},
		{"*", "", true},
		{"*", "a/b.c", true},
		{"a*", "a/b/c", true},
		{"*c", "a/b/c", true},
		{"*b*", "a/b/c", true},
		{"*b*", "ac", false},
		{"a*b*c", "a/x/b/y/c", true},
		{"a*b*c", "a/x/b/y/cd", false},
		{"a*b?c", "axxbyc", true},
		{"a*b?c", "axxbc", false},
		{"*a*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", false},
		{"?", "é", true},
		{"??", "é", false},
		{"[a-c]x", "bx", true},
		{"[a-c]x", "dx", false},
		{"[!a-c]x", "dx", true},
		{"[^a-c]x", "ax", false},
		{"[]]", "]", true},
		{"[!]]", "]", false},
		{"[a-]", "-", true},
		{"[\\]]", "]", true},
		{"\\*", "*", true},
		{"\\*", "a", false},
		{"\\?\\[", "?[", true},
		{"os.*", "os.system", true},
		{"os.*", "os", false},
		{"*.py", "/a/b/c.py", true},
		{"/tmp/*", "/tmp/a/b", true},
	}
	for _, tt := range tests {
		g, err := compileGlob(tt.pattern)
		if err != nil {
			t.Errorf("%q: %v", tt.pattern, err)
			continue
		}
		if got := g.match(tt.s); got != tt.want {
			t.Errorf("%q matching %q: got %v, want %v", tt.pattern, tt.s, got, tt.want)
		}
		// The general matcher agrees with the shortcuts.
		if got := matchToks(g.toks, tt.s); got != tt.want {
			t.Errorf("%q matching %q (general): got %v, want %v", tt.pattern, tt.s, got, tt.want)
		}
	}
	for _, bad := range []string{"[", "[a", "[a-", "\\", "a\\", "[z-a]", "[\\"} {
		if _, err := compileGlob(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestCovers(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"*", "anything*", true},
		{"os.*", "os.system", true},
		{"os.*", "os.re*", true},
		{"os.*", "o*", false},
		{"os.*", "*", false},
		{"a?c", "a?c", true},
		{"a?c", "abc", true},
		{"a?c", "a*c", false},
		{"*.x", "a.x", true},
		{"*.x", "a*.x", false}, // true, but not known
	}
	for _, tt := range tests {
		a, _ := compileGlob(tt.a)
		b, _ := compileGlob(tt.b)
		if got := covers(a, b); got != tt.want {
			t.Errorf("covers(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestSplitItem(t *testing.T) {
	for _, c := range []struct {
		key  string
		base string
		item int
		ok   bool
	}{
		{"address.0", "address", 0, true},
		{"address.12", "address", 12, true},
		{"address", "address", -1, false},
		{"a.b", "a.b", -1, false},
		{".1", ".1", -1, false},
		{"x.", "x.", -1, false},
		{"x.+1", "x.+1", -1, false},
		{"x.-1", "x.-1", -1, false},
	} {
		base, item, ok := splitItem(c.key)
		if base != c.base || item != c.item || ok != c.ok {
			t.Errorf("splitItem(%q) = %q, %d, %v; want %q, %d, %v", c.key, base, item, ok, c.base, c.item, c.ok)
		}
	}
}
