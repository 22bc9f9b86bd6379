package policy

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/spython/spython/hooks"
)

func TestExplain(t *testing.T) {
	p, err := Parse("decide.yaml", []byte(decidePolicy))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		event string
		args  []string
		want  string
	}{
		{"os.system", []string{"command=rm -rf /"}, `event os.system command="rm -rf /"
policy decide.yaml
deny: rule "no-rm" (line 4): no rm
`},
		{"open", []string{"path=/etc/passwd", "mode=r"}, `event open path="/etc/passwd" mode="r"
policy decide.yaml
  skip rule "no-rm" (line 4): event pattern "os.system" does not match "open"
  skip rule "log-shell" (line 9): event pattern "os.system" does not match "open"
  skip rule "etc-write" (line 12): match mode: "r" does not match any of ["w", "a", "x", "r+"]
  skip rule "secret" (line 16): match path: "/etc/passwd" does not match "/home/?/secret[0-9].txt"
  skip rule "literal-star" (line 20): match path: "/etc/passwd" does not match "/weird/\\*"
  skip rule "long-sleep" (line 24): event pattern "time.sleep" does not match "open"
  skip rule "half-sleep" (line 28): event pattern "time.sleep" does not match "open"
  skip rule "recursive-glob" (line 32): event pattern "glob.glob" does not match "open"
  skip rule "import-none" (line 36): event pattern "import" does not match "open"
  skip rule "os-all" (line 40): event pattern "os.*" does not match "open"
  skip rule "custom-deny" (line 44): event pattern "myapp.*" does not match "open"
  skip rule "custom-exact" (line 47): event pattern "other.event" does not match "open"
allow: no rule matched; the default decides
`},
		{"time.sleep", []string{"secs=60"}, `event time.sleep secs=60
policy decide.yaml
  skip rule "no-rm" (line 4): event pattern "os.system" does not match "time.sleep"
  skip rule "log-shell" (line 9): event pattern "os.system" does not match "time.sleep"
  skip rule "etc-write" (line 12): event pattern "open" does not match "time.sleep"
  skip rule "secret" (line 16): event pattern "open" does not match "time.sleep"
  skip rule "literal-star" (line 20): event pattern "open" does not match "time.sleep"
deny: rule "long-sleep" (line 24)
`},
		{"os.chdir", nil, `event os.chdir
policy decide.yaml
  skip rule "no-rm" (line 4): event pattern "os.system" does not match "os.chdir"
  skip rule "log-shell" (line 9): event pattern "os.system" does not match "os.chdir"
  skip rule "etc-write" (line 12): event pattern "open" does not match "os.chdir"
  skip rule "secret" (line 16): event pattern "open" does not match "os.chdir"
  skip rule "literal-star" (line 20): event pattern "open" does not match "os.chdir"
  skip rule "long-sleep" (line 24): event pattern "time.sleep" does not match "os.chdir"
  skip rule "half-sleep" (line 28): event pattern "time.sleep" does not match "os.chdir"
  skip rule "recursive-glob" (line 32): event pattern "glob.glob" does not match "os.chdir"
  skip rule "import-none" (line 36): event pattern "import" does not match "os.chdir"
  skip rule "os-all" (line 40): match path: "/proc/*": argument not given
  skip rule "custom-deny" (line 44): event pattern "myapp.*" does not match "os.chdir"
  skip rule "custom-exact" (line 47): event pattern "other.event" does not match "os.chdir"
allow: no rule matched; the default decides
`},
		{"os.putenv", []string{"key=K"}, `event os.putenv key="K"
policy decide.yaml
  skip rule "no-rm" (line 4): event pattern "os.system" does not match "os.putenv"
  skip rule "log-shell" (line 9): event pattern "os.system" does not match "os.putenv"
  skip rule "etc-write" (line 12): event pattern "open" does not match "os.putenv"
  skip rule "secret" (line 16): event pattern "open" does not match "os.putenv"
  skip rule "literal-star" (line 20): event pattern "open" does not match "os.putenv"
  skip rule "long-sleep" (line 24): event pattern "time.sleep" does not match "os.putenv"
  skip rule "half-sleep" (line 28): event pattern "time.sleep" does not match "os.putenv"
  skip rule "recursive-glob" (line 32): event pattern "glob.glob" does not match "os.putenv"
  skip rule "import-none" (line 36): event pattern "import" does not match "os.putenv"
  skip rule "os-all" (line 40): match path: "/proc/*": os.putenv has no argument path
  skip rule "custom-deny" (line 44): event pattern "myapp.*" does not match "os.putenv"
  skip rule "custom-exact" (line 47): event pattern "other.event" does not match "os.putenv"
allow: no rule matched; the default decides
`},
		{"myapp.x", nil, `event myapp.x (not an event spython raises)
policy decide.yaml
  skip rule "no-rm" (line 4): event pattern "os.system" does not match "myapp.x"
  skip rule "log-shell" (line 9): event pattern "os.system" does not match "myapp.x"
  skip rule "etc-write" (line 12): event pattern "open" does not match "myapp.x"
  skip rule "secret" (line 16): event pattern "open" does not match "myapp.x"
  skip rule "literal-star" (line 20): event pattern "open" does not match "myapp.x"
  skip rule "long-sleep" (line 24): event pattern "time.sleep" does not match "myapp.x"
  skip rule "half-sleep" (line 28): event pattern "time.sleep" does not match "myapp.x"
  skip rule "recursive-glob" (line 32): event pattern "glob.glob" does not match "myapp.x"
  skip rule "import-none" (line 36): event pattern "import" does not match "myapp.x"
  skip rule "os-all" (line 40): event pattern "os.*" does not match "myapp.x"
deny: rule "custom-deny" (line 44)
`},
	}
	for _, tt := range tests {
		t.Run(tt.event, func(t *testing.T) {
			spec, _ := hooks.Lookup(tt.event)
			args, err := ParseArgs(spec, tt.args)
			if err != nil {
				t.Fatal(err)
			}
			x := p.Explain(tt.event, args)
			if diff := cmp.Diff(tt.want, x.String()); diff != "" {
				t.Errorf("explanation (-want +got):\n%s", diff)
			}
			// Explain decides as Decide does, when every argument is given.
			if spec != nil && len(args) == len(spec.Args) {
				vals := make([]any, len(spec.Args))
				for i, a := range spec.Args {
					vals[i] = args[a]
				}
				d := p.Decide(hooks.NewEvent(spec, vals...))
				if d != x.Decision {
					t.Errorf("Decide: %+v, Explain: %+v", d, x.Decision)
				}
			}
		})
	}
}

func TestParseArgs(t *testing.T) {
	got, err := ParseArgs(hooks.Open, []string{"path=/a=b", "flags=577", "mode=-"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]any{"path": "/a=b", "flags": int64(577), "mode": "-"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ParseArgs (-want +got):\n%s", diff)
	}
	for _, tt := range []struct {
		spec  *hooks.Spec
		pairs []string
		want  string
	}{
		{hooks.Open, []string{"path"}, `argument "path" is not NAME=VALUE`},
		{hooks.Open, []string{"pth=x"}, `open has no argument "pth"; its arguments: path, mode, flags`},
		{hooks.Open, []string{"path=x", "path=y"}, `argument "path" given twice`},
		{hooks.SysAddaudithook, []string{"a=b"}, `sys.addaudithook has no arguments`},
		{nil, []string{"a=b"}, `argument "a": the event is not registered, so its arguments have no names`},
	} {
		if _, err := ParseArgs(tt.spec, tt.pairs); err == nil || err.Error() != tt.want {
			t.Errorf("ParseArgs(%v): got %v, want %s", tt.pairs, err, tt.want)
		}
	}
}

// The launch list and the gate's refusals decide before the rules, in
// explain as in a run.
func TestExplainBeforeRules(t *testing.T) {
	p := Default()
	for _, tt := range []struct {
		event string
		args  map[string]any
		want  string
	}{
		{"cpython.run_command", map[string]any{"command": "x"}, `deny: rule "launch" (built in): launch mode "command" is not allowed by the policy (launch: [file])`},
		{"cpython.run_file", map[string]any{"filename": "/x.py"}, "allow: no rule matched; the default decides"},
		{"spython.verify", map[string]any{"path": "/x.txt", "verdict": "refused", "reason": "no"}, `deny: rule "verify" (built in): no`},
	} {
		got := strings.TrimSpace(p.Explain(tt.event, tt.args).String())
		if last := got[strings.LastIndex(got, "\n")+1:]; last != tt.want {
			t.Errorf("%s: %q, want %q", tt.event, last, tt.want)
		}
	}
}
