package policy

import (
	"testing"

	"github.com/spython/spython/configs"
	"github.com/spython/spython/hooks"
)

func loadConfig(t *testing.T, name string) *Policy {
	t.Helper()
	data, err := configs.Files.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Parse(name, data)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// simpleScript is the events spython raises for a script that imports a
// built-in module and a module beside it, compiles and evaluates a
// string, and sleeps: the order of testdata/script/audit_sequence.txtar.
var simpleScript = []*hooks.Event{
	hooks.NewEvent(hooks.RunFile, "/home/ann/job/main.py"),
	hooks.NewEvent(hooks.Open, "/home/ann/job/main.py", "r", int64(0o2000000)),
	hooks.NewEvent(hooks.Compile, nil, "/home/ann/job/main.py"),
	hooks.NewEvent(hooks.Exec, hooks.Opaque{Type: "code", Text: "<code object <module>>"}),
	hooks.NewEvent(hooks.Import, "math", nil, []any{"/home/ann/job"}, []any{}, []any{}),
	hooks.NewEvent(hooks.Import, "helper", nil, []any{"/home/ann/job"}, []any{}, []any{}),
	hooks.NewEvent(hooks.Open, "/home/ann/job/helper.py", "r", int64(0o2000000)),
	hooks.NewEvent(hooks.Compile, []byte("VALUE = 42\n"), "/home/ann/job/helper.py"),
	hooks.NewEvent(hooks.Exec, hooks.Opaque{Type: "code", Text: "<code object <module>>"}),
	hooks.NewEvent(hooks.Compile, "1 + 1", "<string>"),
	hooks.NewEvent(hooks.Exec, hooks.Opaque{Type: "code", Text: "<code object <module>>"}),
	hooks.NewEvent(hooks.TimeSleep, 0.1),
}

// TestStrictRunsSimpleScript: strict.yaml allows what a simple script
// does, and denies what touches the system.
func TestStrictRunsSimpleScript(t *testing.T) {
	p := loadConfig(t, "strict.yaml")
	for _, e := range simpleScript {
		if d := p.Decide(e); d.Denied() {
			t.Errorf("strict denies %s %v", e.Name, e.Args())
		}
	}
	for _, e := range []*hooks.Event{
		hooks.NewEvent(hooks.OSSystem, []byte("true")),
		hooks.NewEvent(hooks.Open, "/home/ann/job/data.txt", "r", int64(0)),
		hooks.NewEvent(hooks.Open, "/home/ann/job/x.py", "w", int64(0)),
		hooks.NewEvent(hooks.OSRemove, "/home/ann/job/x.py", nil),
		hooks.NewEvent(hooks.OSListdir, "/"),
		hooks.NewEvent(hooks.SysAddaudithook),
		hooks.NewEvent(hooks.ObjectSetattr, hooks.Opaque{Type: "function"}, "__code__", nil),
		scriptEvent("myapp.event"),
	} {
		if d := p.Decide(e); !d.Denied() {
			t.Errorf("strict allows %s %v (%s)", e.Name, e.Args(), d.Action)
		}
	}
}

// TestShippedDenials: default and ci deny the same events; audit denies
// nothing; ci and audit do not block.
func TestShippedDenials(t *testing.T) {
	def, ci, audit := loadConfig(t, "default.yaml"), loadConfig(t, "ci.yaml"), loadConfig(t, "audit.yaml")
	if ci.Mode != ModeAudit || audit.Mode != ModeAudit || def.Mode != ModeEnforce {
		t.Errorf("modes: default %s, ci %s, audit %s", def.Mode, ci.Mode, audit.Mode)
	}
	events := append([]*hooks.Event{
		hooks.NewEvent(hooks.OSSystem, []byte("true")),
		hooks.NewEvent(hooks.SysAddaudithook),
		hooks.NewEvent(hooks.OSRemove, "/x", nil),
	}, simpleScript...)
	for _, e := range events {
		d, c, a := def.Decide(e), ci.Decide(e), audit.Decide(e)
		if d.Action != c.Action {
			t.Errorf("%s: default %s, ci %s", e.Name, d.Action, c.Action)
		}
		if a.Denied() {
			t.Errorf("%s: audit.yaml denies it", e.Name)
		}
	}
}
