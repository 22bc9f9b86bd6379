// Command startup measures the wall-clock process start-up time of the
// spython launcher against CPython and plain gpython v0.2.0, each running
// the same empty script.
//
// All commands are run in the same invocation, interleaved round-robin (with
// the starting command rotated every round) so that machine noise hits them
// alike. The program only prints numbers; it never passes or fails on them.
//
// Usage (from the repository root):
//
//	go run ./bench/startup [-n 200] [-warmup 5] [-spython ./bin/spython] [-python python3] [-gpython path]
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// gpythonModule is the plain gpython main package used as the Go baseline.
const (
	gpythonModule  = "github.com/go-python/gpython"
	gpythonVersion = "v0.2.0"
)

// Informational targets printed next to the ratios; never enforced.
const (
	targetVsPython  = 0.40
	targetVsGpython = 1.50
)

// scriptName is the empty script, passed relative to the working directory:
// gpython v0.2.0 cannot run a script given by absolute path (its run-path
// resolution joins "." with the path, which makes it relative again).
const scriptName = "empty.py"

type command struct {
	label   string   // shown in the table
	path    string   // absolute path of the executable
	args    []string // arguments after the executable
	note    string   // extra line printed under the table, if any
	skipped string   // non-empty: reason the command is not run
	samples []time.Duration
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "startup:", err)
		os.Exit(1)
	}
}

func run() error {
	n := flag.Int("n", 200, "timed runs per command")
	warmup := flag.Int("warmup", 5, "untimed warm-up runs per command")
	spythonPath := flag.String("spython", "./bin/spython", "path to the spython binary")
	pythonName := flag.String("python", "python3", "CPython interpreter (name on PATH or path), e.g. python3.13")
	resolve := flag.Bool("resolve", true, "time the interpreter's real sys.executable instead of a wrapper such as a pyenv shim")
	gpythonPath := flag.String("gpython", "", "prebuilt gpython binary (default: build "+gpythonModule+"@"+gpythonVersion+" into a temp dir)")
	flag.Parse()
	if *n < 1 {
		return fmt.Errorf("-n must be at least 1, got %d", *n)
	}
	if *warmup < 0 {
		return fmt.Errorf("-warmup must not be negative, got %d", *warmup)
	}

	tmp, err := os.MkdirTemp("", "spython-startup-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if err := os.WriteFile(filepath.Join(tmp, scriptName), nil, 0o644); err != nil {
		return err
	}

	pyBase := filepath.Base(*pythonName)
	cmds := []*command{
		spythonCommand(*spythonPath),
		pythonCommand(*pythonName, *resolve),
		gpythonCommand(*gpythonPath, tmp),
	}
	spy, py, gpy := cmds[0], cmds[1], cmds[2]

	var active []*command
	for _, c := range cmds {
		if c.skipped == "" {
			active = append(active, c)
		}
	}

	stdio, err := newStdio(tmp)
	if err != nil {
		return err
	}
	defer stdio.close()

	for i := 0; i < *warmup; i++ {
		for _, c := range active {
			if _, err := stdio.runOnce(c, tmp); err != nil {
				return err
			}
		}
	}
	for i := 0; i < *n; i++ {
		for j := range active {
			c := active[(i+j)%len(active)]
			d, err := stdio.runOnce(c, tmp)
			if err != nil {
				return err
			}
			c.samples = append(c.samples, d)
		}
	}

	report(os.Stdout, *n, cmds, spy, py, gpy, pyBase)
	return nil
}

func spythonCommand(p string) *command {
	c := &command{label: "spython " + scriptName, args: []string{scriptName}}
	abs, err := filepath.Abs(p)
	if err != nil {
		c.skipped = err.Error()
		return c
	}
	fi, err := os.Stat(abs)
	switch {
	case err != nil:
		c.skipped = fmt.Sprintf("%s not found (build it with: go build -o bin/spython ./cmd/spython)", p)
	case fi.IsDir():
		c.skipped = fmt.Sprintf("%s is a directory", p)
	default:
		c.path = abs
	}
	return c
}

func pythonCommand(name string, resolve bool) *command {
	c := &command{
		label: filepath.Base(name) + " -I -S " + scriptName,
		args:  []string{"-I", "-S", scriptName},
	}
	lp, err := exec.LookPath(name)
	if err != nil {
		c.skipped = fmt.Sprintf("%s not found on PATH", name)
		return c
	}
	lp, err = filepath.Abs(lp)
	if err != nil {
		c.skipped = err.Error()
		return c
	}
	// Probe it once: a pyenv shim can exist on PATH yet not run (its
	// version is not selected), and the shim itself is a bash script whose
	// start-up would dwarf CPython's, so time the real executable.
	var stderr bytes.Buffer
	probe := exec.Command(lp, "-I", "-S", "-c", "import sys; print(sys.executable)")
	probe.Stderr = &stderr
	out, err := probe.Output()
	if err != nil {
		c.skipped = fmt.Sprintf("%s does not run: %v: %s", name, err, firstLine(stderr.String()))
		return c
	}
	c.path = lp
	if real := strings.TrimSpace(string(out)); resolve && real != "" && real != lp {
		if fi, err := os.Stat(real); err == nil && !fi.IsDir() {
			c.path = real
			c.note = fmt.Sprintf("%s resolved to %s (use -resolve=false to time %s itself)", name, real, lp)
		}
	}
	return c
}

func gpythonCommand(prebuilt, tmp string) *command {
	c := &command{label: "gpython " + scriptName, args: []string{scriptName}}
	if prebuilt != "" {
		abs, err := filepath.Abs(prebuilt)
		if err == nil {
			_, err = os.Stat(abs)
		}
		if err != nil {
			c.skipped = fmt.Sprintf("%s not found", prebuilt)
			return c
		}
		c.path = abs
		return c
	}
	p, how, err := buildGpython(tmp)
	if err != nil {
		c.skipped = err.Error()
		return c
	}
	c.path = p
	c.note = "gpython " + gpythonVersion + " built " + how
	return c
}

// buildGpython builds plain gpython into tmp. It first builds it from the
// enclosing module (which requires gpython v0.2.0); if that fails, e.g.
// because go.sum lacks entries for gpython's own dependencies, it builds it
// in a throw-away module under tmp instead.
func buildGpython(tmp string) (path, how string, err error) {
	out := filepath.Join(tmp, "gpython")
	var errs []string

	if gomod, err := goOutput("", "env", "GOMOD"); err == nil && gomod != "" && gomod != os.DevNull {
		root := filepath.Dir(gomod)
		if _, err := goOutput(root, "build", "-o", out, gpythonModule); err == nil {
			return out, "from " + root, nil
		} else {
			errs = append(errs, "in "+root+": "+err.Error())
		}
	}

	mod := filepath.Join(tmp, "gpython-mod")
	if err := os.MkdirAll(mod, 0o755); err != nil {
		return "", "", err
	}
	gomod := "module gpythonbench\n\ngo 1.22\n\nrequire " + gpythonModule + " " + gpythonVersion + "\n"
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte(gomod), 0o644); err != nil {
		return "", "", err
	}
	if _, err := goOutput(mod, "build", "-mod=mod", "-o", out, gpythonModule); err == nil {
		return out, "in a temporary module", nil
	} else {
		errs = append(errs, "in a temporary module: "+err.Error())
	}
	return "", "", fmt.Errorf("cannot build gpython: %s", strings.Join(errs, "; "))
}

// goOutput runs the go command in dir and returns its trimmed stdout.
func goOutput(dir string, args ...string) (string, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go %s: %v: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return strings.TrimSpace(string(out)), nil
}

// stdio holds the files handed to every child. Passing *os.File values
// (rather than buffers, or nil which makes os/exec open /dev/null on each
// start) keeps os/exec from creating pipes and copying goroutines, so the
// timed region is just fork/exec/wait.
type stdio struct {
	null   *os.File
	stderr *os.File
}

func newStdio(tmp string) (*stdio, error) {
	null, err := os.OpenFile(os.DevNull, os.O_RDWR, 0)
	if err != nil {
		return nil, err
	}
	stderr, err := os.Create(filepath.Join(tmp, "stderr"))
	if err != nil {
		null.Close()
		return nil, err
	}
	return &stdio{null: null, stderr: stderr}, nil
}

func (s *stdio) close() {
	s.null.Close()
	s.stderr.Close()
}

// runOnce runs c once in dir and returns its wall-clock time from start to
// exit. A non-zero exit is an error naming the command and its stderr.
func (s *stdio) runOnce(c *command, dir string) (time.Duration, error) {
	if err := s.stderr.Truncate(0); err != nil {
		return 0, err
	}
	if _, err := s.stderr.Seek(0, io.SeekStart); err != nil {
		return 0, err
	}
	cmd := exec.Command(c.path, c.args...)
	cmd.Dir = dir
	cmd.Stdin = s.null
	cmd.Stdout = s.null
	cmd.Stderr = s.stderr

	start := time.Now()
	err := cmd.Run()
	d := time.Since(start)

	if err != nil {
		var exitErr *exec.ExitError
		if errors.As(err, &exitErr) {
			msg, _ := os.ReadFile(s.stderr.Name())
			out := strings.TrimRight(string(msg), "\n")
			if out == "" {
				out = "(empty)"
			}
			return 0, fmt.Errorf("%s (%s) failed: %v\nstderr:\n%s", c.label, c.path, err, out)
		}
		return 0, fmt.Errorf("%s (%s): %v", c.label, c.path, err)
	}
	return d, nil
}

type stats struct{ median, p90, min time.Duration }

func summarize(samples []time.Duration) stats {
	s := append([]time.Duration(nil), samples...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	n := len(s)
	med := s[n/2]
	if n%2 == 0 {
		med = (s[n/2-1] + s[n/2]) / 2
	}
	// Nearest-rank 90th percentile.
	p90 := s[int(math.Ceil(0.9*float64(n)))-1]
	return stats{median: med, p90: p90, min: s[0]}
}

func ms(d time.Duration) string {
	return fmt.Sprintf("%.2fms", float64(d)/float64(time.Millisecond))
}

func report(w io.Writer, n int, cmds []*command, spy, py, gpy *command, pyBase string) {
	width := len("command")
	for _, c := range cmds {
		width = max(width, len(c.label))
	}
	fmt.Fprintf(w, "startup, %d runs each, interleaved\n", n)
	fmt.Fprintf(w, "%-*s  %9s  %9s  %9s\n", width, "command", "median", "p90", "min")
	medians := map[*command]time.Duration{}
	for _, c := range cmds {
		if c.skipped != "" {
			fmt.Fprintf(w, "%-*s  skipped: %s\n", width, c.label, c.skipped)
			continue
		}
		st := summarize(c.samples)
		medians[c] = st.median
		fmt.Fprintf(w, "%-*s  %9s  %9s  %9s\n", width, c.label, ms(st.median), ms(st.p90), ms(st.min))
	}
	ratio(w, "spython/"+pyBase, spy, py, medians, targetVsPython)
	ratio(w, "spython/gpython", spy, gpy, medians, targetVsGpython)
	for _, c := range cmds {
		if c.note != "" && c.skipped == "" {
			fmt.Fprintf(w, "note: %s\n", c.note)
		}
	}
}

func ratio(w io.Writer, name string, num, den *command, medians map[*command]time.Duration, target float64) {
	a, okA := medians[num]
	b, okB := medians[den]
	if !okA || !okB || b == 0 {
		fmt.Fprintf(w, "%s = n/a  (target <= %.2f)\n", name, target)
		return
	}
	fmt.Fprintf(w, "%s = %.2f  (target <= %.2f)\n", name, float64(a)/float64(b), target)
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
