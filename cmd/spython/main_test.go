package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// The test binary doubles as spython: testscript re-executes it under that
// name, so every .txtar under testdata/script drives the real command line
// in a real process.
//
// The spython these tests run takes its site policy from
// SPYTHON_TEST_SYSTEM_POLICY instead of /etc/spython/policy.yaml (empty:
// none, so the embedded default applies) and never finds a system log,
// so that the host does not change what the tests see. Only the test
// binary reads these variables; spython itself never reads the
// environment.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"spython": func() {
			systemPolicyPath = os.Getenv("SPYTHON_TEST_SYSTEM_POLICY")
			journalSocket, syslogSocket = "/nonexistent/journal", "/nonexistent/log"
			os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
		},
	})
}

// testPolicy is the site policy every script test starts with: the
// embedded default's launch, allowing everything else, and recording
// every event to $WORK/.spython/audit.jsonl. A test that needs the
// embedded default sets SPYTHON_TEST_SYSTEM_POLICY to the empty string.
const testPolicy = `apiVersion: spython/v1
launch: [file]
log:
  sinks:
    - type: file
      path: %s/.spython/audit.jsonl
`

func TestScripts(t *testing.T) {
	// Files the scripts write must not be group-writable, which the
	// default verify.writable refuses, whatever the umask of the caller.
	syscall.Umask(0o022)
	testscript.Run(t, testscript.Params{
		Dir:                 "../../testdata/script",
		RequireExplicitExec: true,
		Setup: func(env *testscript.Env) error {
			dir := filepath.Join(env.WorkDir, ".spython")
			if err := os.Mkdir(dir, 0o755); err != nil {
				return err
			}
			path := filepath.Join(dir, "policy.yaml")
			env.Setenv("SPYTHON_TEST_SYSTEM_POLICY", path)
			return os.WriteFile(path, []byte(fmt.Sprintf(testPolicy, env.WorkDir)), 0o644)
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exits": cmdExits,
		},
	})
}

// cmdExits runs a program and checks its exact exit code:
//
//	exits 77 spython -c 'print(1)'
//
// stdout and stderr are then available to the stdout and stderr commands.
func cmdExits(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exits CODE PROGRAM [ARG...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exits: bad exit code %q", args[0])
	}
	err = ts.Exec(args[1], args[2:]...)
	got := 0
	var exitErr *exec.ExitError
	switch {
	case errors.As(err, &exitErr):
		got = exitErr.ExitCode()
	case err != nil:
		ts.Fatalf("exits: %v", err)
	}
	if got != want {
		ts.Fatalf("%s exited with %d, want %d\nstderr:\n%s", args[1], got, want, ts.ReadFile("stderr"))
	}
}
