package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// TestBrokenStdoutPipe runs a script whose standard output is a pipe
// nobody reads any more, as `spython script.py | head -1` leaves it: the
// script sees BrokenPipeError and decides its exit code, where Go's
// runtime would kill the process with SIGPIPE, and a child process it
// starts still dies of SIGPIPE as usual.
func TestBrokenStdoutPipe(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	script := filepath.Join(dir, "main.py")
	src := `import subprocess, sys
out = subprocess.run("yes | head -1", shell=True, capture_output=True, text=True).stdout
sys.stderr.write("child: " + out)
try:
    for i in range(100000):
        print(i)
except BrokenPipeError as e:
    sys.stderr.write(f"caught {type(e).__name__}: {e}\n")
    sys.exit(3)
`
	policy := filepath.Join(dir, "policy.yaml")
	for name, text := range map[string]string{script: src, policy: "apiVersion: spython/v1\ndefault: allow\nlaunch: [file]\nlog:\n  sinks: [{type: file, path: " + filepath.Join(dir, "audit.jsonl") + "}]\n"} {
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	r.Close() // the reader is gone before the first line
	cmd := exec.Command(exe, "--policy", policy, script)
	cmd.Args[0] = "spython"
	cmd.Env = append(os.Environ(), "SPYTHON_TEST_SYSTEM_POLICY=")
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = w, &stderr
	cmd.WaitDelay = 10 * time.Second
	err = cmd.Run()
	w.Close()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 3 {
		t.Fatalf("exit: %v, want code 3\nstderr:\n%s", err, stderr.String())
	}
	for _, want := range []string{"child: y\n", "caught BrokenPipeError: [Errno 32] Broken pipe\n"} {
		if !bytes.Contains(stderr.Bytes(), []byte(want)) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
		}
	}
}
