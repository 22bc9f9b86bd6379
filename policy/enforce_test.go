package policy

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/spython/spython/hooks"
)

func TestEnforcer(t *testing.T) {
	p, err := Parse("p.yaml", []byte(`apiVersion: spython/v1
launch: [file, module]
rules:
  - id: no-shell
    event: os.system
    action: deny
    message: no shells
  - id: watch
    event: os.listdir
    action: log
`))
	if err != nil {
		t.Fatal(err)
	}
	type record struct{ Event, Decision, Rule string }
	tests := []struct {
		mode    Mode
		event   *hooks.Event
		want    record
		wantErr string
	}{
		{ModeEnforce, hooks.NewEvent(hooks.OSSystem, []byte("ls")), record{"os.system", "deny", "no-shell"}, `os.system: denied by rule "no-shell": no shells`},
		{ModeAudit, hooks.NewEvent(hooks.OSSystem, []byte("ls")), record{"os.system", "would-deny", "no-shell"}, ""},
		{ModeEnforce, hooks.NewEvent(hooks.OSListdir, "/"), record{"os.listdir", "log", "watch"}, ""},
		{ModeEnforce, hooks.NewEvent(hooks.OSChdir, "/"), record{"os.chdir", "allow", ""}, ""},
		{ModeEnforce, hooks.NewEvent(hooks.RunFile, "/x.py"), record{"cpython.run_file", "allow", ""}, ""},
		{ModeEnforce, hooks.NewEvent(hooks.RunModule, "m"), record{"cpython.run_module", "allow", ""}, ""},
		{ModeEnforce, hooks.NewEvent(hooks.RunCommand, "print(1)"), record{"cpython.run_command", "deny", "launch"},
			`cpython.run_command: denied by rule "launch": launch mode "command" is not allowed by the policy (launch: [file, module])`},
		{ModeAudit, hooks.NewEvent(hooks.RunStdin), record{"cpython.run_stdin", "would-deny", "launch"}, ""},
		{ModeEnforce, hooks.NewEvent(hooks.Verify, "/x.txt", nil, "refused", "not a .py file"), record{"spython.verify", "deny", "verify"},
			`spython.verify: denied by rule "verify": not a .py file`},
		{ModeAudit, hooks.NewEvent(hooks.Verify, "/x.txt", nil, "refused", "not a .py file"), record{"spython.verify", "would-deny", "verify"}, ""},
		{ModeEnforce, hooks.NewEvent(hooks.Verify, "/x.py", "ab12", "ok", ""), record{"spython.verify", "allow", ""}, ""},
	}
	for _, tt := range tests {
		var got []record
		x := &Enforcer{Policy: p, Mode: tt.mode, Record: func(e *hooks.Event, decision, rule string) error {
			got = append(got, record{e.Name, decision, rule})
			return nil
		}}
		err := x.Audit(tt.event)
		if diff := cmp.Diff([]record{tt.want}, got); diff != "" {
			t.Errorf("%s %s: records (-want +got):\n%s", tt.mode, tt.event.Name, diff)
		}
		switch {
		case tt.wantErr == "" && err != nil:
			t.Errorf("%s %s: err = %v", tt.mode, tt.event.Name, err)
		case tt.wantErr != "" && (err == nil || err.Error() != tt.wantErr || !errors.Is(err, hooks.ErrDenied)):
			t.Errorf("%s %s: err = %v, want %s", tt.mode, tt.event.Name, err, tt.wantErr)
		}
	}
}

// A record that cannot be kept refuses the operation, even one the
// policy allows, and before any denial.
func TestEnforcerRecordFailureRefuses(t *testing.T) {
	lost := errors.New("audit record lost")
	x := &Enforcer{Policy: Default(), Mode: ModeEnforce, Record: func(*hooks.Event, string, string) error { return lost }}
	if err := x.Audit(hooks.NewEvent(hooks.OSChdir, "/")); !errors.Is(err, lost) {
		t.Fatalf("err = %v, want the record's error", err)
	}
}
