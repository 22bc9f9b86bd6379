package policy

import (
	"errors"
	"testing"

	"github.com/spython/spython/hooks"
)

func TestCheckPath(t *testing.T) {
	p, err := Parse("v.yaml", []byte(`apiVersion: spython/v1
verify:
  extensions: [.py, .pyw]
  allow: ["/opt/app/**", "/home/*/bin/*.py"]
  deny: ["/opt/app/tmp/**"]
`))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ path, want string }{
		{"/opt/app/main.py", ""},
		{"/opt/app/lib/deep/x.pyw", ""},
		{"/home/ann/bin/tool.py", ""},
		{"/home/ann/bin/sub/tool.py", "/home/ann/bin/sub/tool.py: not under any verify.allow glob"},
		{"/opt/app/tmp/x.py", `/opt/app/tmp/x.py: refused by verify.deny "/opt/app/tmp/**"`},
		{"/opt/app/x.pyc", "/opt/app/x.pyc: not a code file: its name does not end in .py, .pyw"},
		{"/tmp/x.py", "/tmp/x.py: not under any verify.allow glob"},
	} {
		err := p.Verify.CheckPath(tt.path)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tt.want {
			t.Errorf("CheckPath(%s) = %q, want %q", tt.path, got, tt.want)
		}
	}
	// The default allows every .py file.
	if err := Default().Verify.CheckPath("/any/where/x.py"); err != nil {
		t.Errorf("default: %v", err)
	}
}

func TestDecisionErr(t *testing.T) {
	p := Default()
	d := p.Decide(hooks.NewEvent(hooks.OSSystem, []byte("ls")))
	err := d.Err("os.system")
	if !errors.Is(err, hooks.ErrDenied) {
		t.Fatalf("Err: %v does not wrap ErrDenied", err)
	}
	if want := `os.system: denied by rule "no-shell": os.system is not allowed: spython cannot audit what a shell runs`; err.Error() != want {
		t.Errorf("Err: %q, want %q", err, want)
	}
	if err := p.Decide(hooks.NewEvent(hooks.Compile, nil, "x.py")).Err("compile"); err != nil {
		t.Errorf("allowed event: %v", err)
	}
	if err := (Decision{Action: ActionDeny}).Err("x"); err == nil || err.Error() != "x: denied: no rule allows it (default: deny)" {
		t.Errorf("default deny: %v", err)
	}
}
