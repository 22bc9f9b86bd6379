package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// corpusDir holds everyday Python scripts with the stdout and exit code
// CPython 3.13 gives them (see its README.md).
const corpusDir = "../../testdata/corpus"

// corpusTimeout bounds the run of one corpus script: generous, since the
// scripts run in parallel and under the race detector in CI; it is there
// to catch a hang.
const corpusTimeout = 60 * time.Second

// corpusDiffLines is how many lines of a stdout diff a failure shows.
const corpusDiffLines = 40

// corpusPolicy allows everything and records the audit log to a file in
// the test's own folder, so that only the language is under test.
const corpusPolicy = "apiVersion: spython/v1\ndefault: allow\nlaunch: [file]\nlog:\n  sinks: [{type: file, path: %s}]\n"

// TestCorpus runs every script of testdata/corpus under spython, as a
// real process, and compares its stdout and exit code with CPython's.
// Scripts listed in known_failing.txt are skipped while they fail, and
// the test fails as soon as one of them passes.
func TestCorpus(t *testing.T) {
	scripts, err := filepath.Glob(filepath.Join(corpusDir, "*.py"))
	if err != nil || len(scripts) == 0 {
		t.Fatalf("no corpus scripts in %s (err %v)", corpusDir, err)
	}
	known, err := readKnownFailing(filepath.Join(corpusDir, "known_failing.txt"))
	if err != nil {
		t.Fatal(err)
	}
	names := make(map[string]bool, len(scripts))
	for _, script := range scripts {
		names[strings.TrimSuffix(filepath.Base(script), ".py")] = true
	}
	for name := range known {
		if !names[name] {
			t.Errorf("known_failing.txt lists %s, which is not in the corpus", name)
		}
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatalf("finding the test binary: %v", err)
	}
	var passed atomic.Int32
	// Cleanups run once every parallel subtest has finished.
	t.Cleanup(func() {
		t.Logf("corpus: %d of %d scripts pass", passed.Load(), len(scripts))
	})
	for _, script := range scripts {
		name := strings.TrimSuffix(filepath.Base(script), ".py")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			problem := runCorpusScript(t, exe, script)
			reason, isKnown := known[name]
			switch {
			case problem == "" && isKnown:
				passed.Add(1)
				t.Errorf("%s passes now: remove it from known_failing.txt", name)
			case problem == "":
				passed.Add(1)
			case isKnown:
				t.Skip(reason)
			default:
				t.Error(problem)
			}
		})
	}
}

// runCorpusScript runs one script under spython and returns what differs
// from its golden files, or "" when stdout and exit code both match.
func runCorpusScript(t *testing.T, exe, script string) string {
	t.Helper()
	wantOut, err := os.ReadFile(strings.TrimSuffix(script, ".py") + ".out")
	if err != nil {
		t.Fatalf("golden stdout: %v", err)
	}
	wantCode, err := goldenExitCode(strings.TrimSuffix(script, ".py") + ".exit")
	if err != nil {
		t.Fatal(err)
	}
	abs, err := filepath.Abs(script)
	if err != nil {
		t.Fatalf("script path: %v", err)
	}
	dir := t.TempDir()
	policyPath := filepath.Join(dir, "policy.yaml")
	text := fmt.Sprintf(corpusPolicy, filepath.Join(dir, "audit.jsonl"))
	if err := os.WriteFile(policyPath, []byte(text), 0o644); err != nil {
		t.Fatalf("writing the policy: %v", err)
	}
	if err := os.Chmod(policyPath, 0o644); err != nil {
		t.Fatalf("policy mode: %v", err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), corpusTimeout)
	defer cancel()
	// The test binary is spython when its argv[0] is "spython" (see
	// TestMain). The script's scratch folder is also its first argument.
	cmd := exec.CommandContext(ctx, exe, "--policy", policyPath, abs, dir)
	cmd.Args[0] = "spython"
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "SPYTHON_TEST_SYSTEM_POLICY=")
	cmd.WaitDelay = time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run()
	// A traceback printed to stdout names the script by its full path;
	// the golden files write the corpus folder as $CORPUS.
	out := bytes.ReplaceAll(stdout.Bytes(), []byte(filepath.Dir(abs)+"/"), []byte("$CORPUS/"))
	stdout.Reset()
	stdout.Write(out)

	gotCode := 0
	var exitErr *exec.ExitError
	switch {
	case ctx.Err() != nil:
		return fmt.Sprintf("timed out after %v\nstderr:\n%s", corpusTimeout, clip(stderr.String(), 4000))
	case errors.As(runErr, &exitErr):
		gotCode = exitErr.ExitCode()
	case runErr != nil:
		t.Fatalf("running spython: %v", runErr)
	}
	if gotCode == wantCode && bytes.Equal(stdout.Bytes(), wantOut) {
		return ""
	}
	var msg strings.Builder
	if gotCode != wantCode {
		fmt.Fprintf(&msg, "exit code %d, want %d\n", gotCode, wantCode)
	}
	if !bytes.Equal(stdout.Bytes(), wantOut) {
		fmt.Fprintf(&msg, "stdout differs (-want +got):\n%s", unifiedDiff(string(wantOut), stdout.String(), corpusDiffLines))
	}
	fmt.Fprintf(&msg, "stderr:\n%s", clip(stderr.String(), 4000))
	return msg.String()
}

// goldenExitCode reads NAME.exit: the exit code and a newline; a missing
// file means 0.
func goldenExitCode(path string) (int, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("golden exit code: %w", err)
	}
	code, err := strconv.Atoi(strings.TrimSpace(string(data)))
	if err != nil {
		return 0, fmt.Errorf("golden exit code %s: %w", path, err)
	}
	return code, nil
}

// readKnownFailing reads the list of scripts expected to fail: one
// "NAME reason" per line; blank lines and lines starting with # are
// ignored, and a reason may itself start with #.
func readKnownFailing(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return map[string]string{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("known failures: %w", err)
	}
	defer f.Close()
	known := map[string]string{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason, _ := strings.Cut(line, " ")
		name = strings.TrimSuffix(name, ".py")
		reason = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(reason), "#"))
		if reason == "" {
			return nil, fmt.Errorf("%s:%d: %s has no reason", path, n, name)
		}
		if _, dup := known[name]; dup {
			return nil, fmt.Errorf("%s:%d: %s is listed twice", path, n, name)
		}
		known[name] = reason
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("known failures: %w", err)
	}
	return known, nil
}

// clip shortens s to at most max bytes, saying how much was cut.
func clip(s string, max int) string {
	if len(s) <= max {
		return s
	}
	return s[:max] + fmt.Sprintf("\n... (%d more bytes)\n", len(s)-max)
}

// unifiedDiff returns the lines of want and got that differ, with up to
// three lines of context around each change and "@@" before each hunk,
// cut after limit lines.
func unifiedDiff(want, got string, limit int) string {
	const context = 3
	ops := diffLines(splitLines(want), splitLines(got))
	show := make([]bool, len(ops))
	for i, op := range ops {
		if op[0] == ' ' {
			continue
		}
		for j := max(0, i-context); j <= min(len(ops)-1, i+context); j++ {
			show[j] = true
		}
	}
	var out []string
	for i, op := range ops {
		if !show[i] {
			continue
		}
		if i == 0 || !show[i-1] {
			out = append(out, "@@")
		}
		out = append(out, op)
	}
	if len(out) > limit {
		out = append(out[:limit], fmt.Sprintf("... (%d more diff lines)", len(out)-limit))
	}
	return strings.Join(out, "\n") + "\n"
}

// splitLines splits s after each newline; a last line without one is
// marked, so that a missing final newline shows in a diff.
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	for i, line := range lines {
		if strings.HasSuffix(line, "\n") {
			lines[i] = strings.TrimSuffix(line, "\n")
		} else {
			lines[i] = line + "\\ (no newline at end)"
		}
	}
	return lines
}

// diffLines returns a longest-common-subsequence edit script from a to
// b: each line prefixed by ' ' (both), '-' (only a) or '+' (only b).
// Very long outputs are compared on their first maxDiff lines only.
func diffLines(a, b []string) []string {
	const maxDiff = 3000
	a, b = a[:min(len(a), maxDiff)], b[:min(len(b), maxDiff)]
	lcs := make([][]int32, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int32, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var ops []string
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			ops = append(ops, " "+a[i])
			i, j = i+1, j+1
		case lcs[i+1][j] >= lcs[i][j+1]:
			ops = append(ops, "-"+a[i])
			i++
		default:
			ops = append(ops, "+"+b[j])
			j++
		}
	}
	for ; i < len(a); i++ {
		ops = append(ops, "-"+a[i])
	}
	for ; j < len(b); j++ {
		ops = append(ops, "+"+b[j])
	}
	return ops
}

// TestUnifiedDiff checks the diff a corpus failure prints.
func TestUnifiedDiff(t *testing.T) {
	tests := []struct {
		name, want, got, diff string
		limit                 int
	}{
		{"changed line", "a\nb\nc\n", "a\nB\nc\n", "@@\n a\n-b\n+B\n c\n", 40},
		{"missing tail", "a\nb\n", "a\n", "@@\n a\n-b\n", 40},
		{"no final newline", "a\n", "a", "@@\n-a\n+a\\ (no newline at end)\n", 40},
		{"context only near changes", "1\n2\n3\n4\n5\n6\n7\n8\n9\n", "1\n2\n3\n4\n5\n6\n7\n8\nX\n",
			"@@\n 6\n 7\n 8\n-9\n+X\n", 40},
		{"two hunks", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n", "X\n2\n3\n4\n5\n6\n7\n8\n9\nY\n",
			"@@\n-1\n+X\n 2\n 3\n 4\n@@\n 7\n 8\n 9\n-10\n+Y\n", 40},
		{"cut", "a\nb\nc\n", "x\ny\nz\n", "@@\n-a\n-b\n... (4 more diff lines)\n", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := unifiedDiff(tt.want, tt.got, tt.limit); got != tt.diff {
				t.Errorf("unifiedDiff:\n%s\nwant:\n%s", got, tt.diff)
			}
		})
	}
}

// TestReadKnownFailing checks the format of known_failing.txt.
func TestReadKnownFailing(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string
		wantErr    bool
	}{
		{"names and reasons", "# header\n\nfoo  f-strings\nbar.py # nonlocal\n",
			map[string]string{"foo": "f-strings", "bar": "nonlocal"}, false},
		{"no reason", "foo\n", nil, true},
		{"twice", "foo a\nfoo b\n", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "known_failing.txt")
			if err := os.WriteFile(path, []byte(tt.text), 0o644); err != nil {
				t.Fatal(err)
			}
			got, err := readKnownFailing(path)
			if (err != nil) != tt.wantErr {
				t.Fatalf("error %v, want error %v", err, tt.wantErr)
			}
			if tt.wantErr {
				return
			}
			if !maps.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
