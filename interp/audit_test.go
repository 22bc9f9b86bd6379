package interp

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/spython/spython/hooks"
)

// recorder is a Go-native hook that records every event as "name first-arg"
// and denies the events named in deny.
type recorder struct {
	events []string
	deny   map[string]bool
}

func (r *recorder) Audit(e *hooks.Event) error {
	line := e.Name
	if args := e.Args(); len(args) > 0 {
		line += " " + fmt.Sprint(args[0])
	}
	if workDir != "" {
		line = strings.ReplaceAll(line, workDir, "$WORK")
	}
	r.events = append(r.events, line)
	if r.deny[e.Name] {
		return &hooks.DeniedError{Event: e.Name, Rule: "test-deny", Message: "denied in a test"}
	}
	return nil
}

func (r *recorder) count(event string) int {
	n := 0
	for _, e := range r.events {
		if e == event || strings.HasPrefix(e, event+" ") {
			n++
		}
	}
	return n
}

func denying(events ...string) *recorder {
	r := &recorder{deny: map[string]bool{}}
	for _, e := range events {
		r.deny[e] = true
	}
	return r
}

// Each route to a denied operation must raise the event and be refused:
// a bypass is a run that creates the file "pwned".
func TestDeniedOperationCannotBeReachedAnotherWay(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chdir(wd) })
	for name, src := range map[string]string{
		"direct":            "import os\nos.system('touch pwned')",
		"getattr":           "import os\ngetattr(os, 'sys' + 'tem')('touch pwned')",
		"__import__":        "__import__('os').system('touch pwned')",
		"exec of a string":  "exec(\"import os\\nos.system('touch pwned')\")",
		"eval":              "eval(\"__import__('os').system('touch pwned')\")",
		"compile then exec": "exec(compile(\"import os; os.system('touch pwned')\", 'x', 'exec'))",
		"rebound sys.audit": "import sys, os\nsys.audit = lambda *a: None\nsys.addaudithook = lambda h: None\nos.system('touch pwned')",
		"from a module":     "import helper\nhelper.run('touch pwned')",
		"rebound builtins":  "import builtins\nbuiltins.open = None\nimport os\nos.system('touch pwned')",
	} {
		t.Run(name, func(t *testing.T) {
			rec := denying("os.system")
			_, err := runWithHooks(t, map[string]string{
				"main.py":   "import os, sys\nos.chdir(sys.argv[1])\n" + src + "\n",
				"helper.py": "import os\ndef run(cmd):\n    return os.system(cmd)\n",
			}, hooks.NewChain(rec))
			var pe *PythonError
			if !errors.As(err, &pe) || pe.Type != "PermissionError" {
				t.Fatalf("err = %v, want PermissionError", err)
			}
			if !strings.Contains(pe.Traceback, `os.system: denied by rule "test-deny"`) {
				t.Errorf("the message must name the event and the rule:\n%s", pe.Traceback)
			}
			if rec.count("os.system") != 1 {
				t.Errorf("os.system raised %d times: %v", rec.count("os.system"), rec.events)
			}
			if _, err := os.Stat(filepath.Join(workDir, "pwned")); err == nil {
				t.Fatal("the denied command ran")
			}
		})
	}
}

func TestCatchingADenialAndRetrying(t *testing.T) {
	rec := denying("os.system")
	g, err := runWithHooks(t, map[string]string{"main.py": `
import os
tries = 0
for i in range(3):
    try:
        os.system("true")
    except PermissionError:
        tries = tries + 1
`}, hooks.NewChain(rec))
	if err != nil {
		t.Fatal(describe(err))
	}
	if got := global(t, g, "tries"); got != "3" || rec.count("os.system") != 3 {
		t.Errorf("tries = %s, events = %d: every retry must be refused and recorded", got, rec.count("os.system"))
	}
}

func TestEventsAtOperations(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chdir(wd) })
	rec := &recorder{}
	_, err = runWithHooks(t, map[string]string{
		"main.py": `
import sys
WORK = sys.argv[1]
import os, time, glob, tempfile, io
import helper
f = open(WORK + "/f.txt", "wb")
f.close()
f = open(WORK + "/f.txt", "a+")
f.close()
with io.open_code(WORK + "/helper.py") as c:
    data = c.read()
os.listdir()
os.makedirs(WORK + "/a/b/c")
os.removedirs(WORK + "/a/b/c")
os.remove(WORK + "/f.txt")
os.putenv("SPYTHON_TEST", "1")
os.unsetenv("SPYTHON_TEST")
os.chdir(WORK)
try:
    time.sleep("not a number")
except TypeError:
    pass
glob.glob(WORK + "/*.py")
d = tempfile.mkdtemp(dir=WORK)
fd, name = tempfile.mkstemp(dir=WORK)
def f():
    pass
c = f.__code__
f.__code__ = c
f.__defaults__ = (1,)
class C:
    pass
C.__name__ = "D"
C.plain = 1
class E:
    pass
c = C()
c.__class__ = E
c.other = 2
`,
		"helper.py": "X = 1\n",
	}, hooks.NewChain(rec))
	if err != nil {
		t.Fatal(describe(err))
	}
	var got []string
	for _, e := range rec.events {
		if strings.HasPrefix(e, "tempfile.") {
			e = e[:strings.Index(e, " ")] // random names
		}
		if strings.HasPrefix(e, "open $WORK/tmp") {
			e = "open $WORK/tmp*"
		}
		if strings.HasPrefix(e, "os.mkdir $WORK/tmp") {
			e = "os.mkdir $WORK/tmp*"
		}
		got = append(got, e)
	}
	want := []string{
		"cpython.run_file $WORK/main.py", "open $WORK/main.py", "spython.verify $WORK/main.py", "compile <nil>", "exec <code object <module>, file \"$WORK/main.py\", line 1>",
		"import os", "import time", "import glob", "import tempfile", "import io",
		"import helper", "open $WORK/helper.py", "spython.verify $WORK/helper.py", "compile [88 32 61 32 49 10]", "exec <code object <module>, file \"$WORK/helper.py\", line 1>",
		"open $WORK/f.txt", "open $WORK/f.txt", "open $WORK/helper.py", "spython.verify $WORK/helper.py",
		"os.listdir .",
		"os.mkdir $WORK/a", "os.mkdir $WORK/a/b", "os.mkdir $WORK/a/b/c",
		"os.rmdir $WORK/a/b/c", "os.rmdir $WORK/a/b", "os.rmdir $WORK/a", "os.rmdir $WORK",
		"os.remove $WORK/f.txt", "os.putenv SPYTHON_TEST", "os.unsetenv SPYTHON_TEST", "os.chdir $WORK",
		"time.sleep not a number", "glob.glob $WORK/*.py", "glob.glob/2 $WORK/*.py", "os.scandir $WORK",
		"tempfile.mkdtemp", "os.mkdir $WORK/tmp*", "tempfile.mkstemp", "open $WORK/tmp*",
		"object.__getattr__ <function f>", "object.__setattr__ <function f>", "object.__setattr__ <function f>",
		"object.__setattr__ <class 'C'>", "object.__setattr__ <C object>",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

func TestOpenModesAreNormalised(t *testing.T) {
	var modes []string
	hook := hooks.HookFunc(func(e *hooks.Event) error {
		if args := e.Args(); e.Name == "open" {
			if p, _ := args[0].(string); strings.HasSuffix(p, "/f") {
				modes = append(modes, fmt.Sprintf("%v %#x", args[1], args[2]))
			}
		}
		return nil
	})
	_, err := runWithHooks(t, map[string]string{"main.py": `
import sys
for mode in ["w", "rb", "wb", "a", "r+", "w+b", "x"]:
    try:
        open(sys.argv[1] + "/f", mode).close()
    except FileExistsError:
        pass
`}, hooks.NewChain(hook))
	if err != nil {
		t.Fatal(describe(err))
	}
	want := []string{"w 0x80241", "r 0x80000", "w 0x80241", "a 0x80441", "r+ 0x80002", "w+ 0x80242", "x 0x800c1"}
	if diff := cmp.Diff(want, modes); diff != "" {
		t.Errorf("open modes and flags (-want +got):\n%s", diff)
	}
}

func TestDeniedImportDoesNotRun(t *testing.T) {
	for _, event := range []string{"import", "open", "compile", "exec"} {
		t.Run(event, func(t *testing.T) {
			rec := &recorder{deny: map[string]bool{}}
			hook := hooks.HookFunc(func(e *hooks.Event) error {
				if e.Name == event && strings.Contains(fmt.Sprint(e.Args()...), "helper") {
					return &hooks.DeniedError{Event: e.Name, Rule: "no-helper"}
				}
				return rec.Audit(e)
			})
			g, err := runWithHooks(t, map[string]string{
				"main.py": `
import sys
ran = "no"
try:
    import helper
except PermissionError:
    refused = "yes"
try:
    import helper
except PermissionError:
    refused_again = "yes"
`,
				"helper.py": "import sys\nsys.modules_ran = 1\nimport __main__\n__main__.ran = 'yes'\n",
			}, hooks.NewChain(hook))
			if err != nil {
				t.Fatal(describe(err))
			}
			if got := global(t, g, "ran"); got != "no" {
				t.Errorf("the module ran although %s was denied", event)
			}
			global(t, g, "refused")
			global(t, g, "refused_again")
		})
	}
}

func TestMainScriptRefusedBeforeItRuns(t *testing.T) {
	for _, event := range []string{"cpython.run_file", "open", "compile", "exec"} {
		t.Run(event, func(t *testing.T) {
			_, err := runWithHooks(t, map[string]string{
				"main.py": "import os, sys\nos.mkdir(sys.argv[1] + '/ran')\n",
			}, hooks.NewChain(denying(event)))
			var cf *CodeFileError
			if !errors.As(err, &cf) || !cf.Refused {
				t.Fatalf("err = %v, want a refusal of the script", err)
			}
			if !strings.Contains(cf.Error(), "main.py: "+event+": denied") {
				t.Errorf("message %q must name the event", cf.Error())
			}
			if _, err := os.Stat(filepath.Join(workDir, "ran")); err == nil {
				t.Fatal("the script ran")
			}
		})
	}
}

// The cases of CPython's test_audit that apply, written from their
// description: each runs a script and checks what it printed into globals.
func TestPythonHooks(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		chain *hooks.Chain
		want  string // str(result) at the end of the script
		err   string // the uncaught exception, if any
	}{{
		name: "basic",
		src: `
log = []
def hook(event, args):
    if event.startswith("test."):
        log.append((event, args))
sys.addaudithook(hook)
sys.audit("test.event", 1, "two", None)
sys.audit("test.empty")
result = log`,
		want: "[('test.event', (1, 'two', None)), ('test.empty', ())]",
	}, {
		name: "block_add_hook",
		src: `
def blocker(event, args):
    if event == "sys.addaudithook":
        raise RuntimeError("no more hooks")
added = []
sys.addaudithook(blocker)
sys.addaudithook(lambda e, a: added.append(e))
sys.audit("test.after")
result = added`,
		want: "[]",
	}, {
		name: "block_add_hook_baseexception",
		src: `
def blocker(event, args):
    if event == "sys.addaudithook":
        raise KeyboardInterrupt()
sys.addaudithook(blocker)
try:
    sys.addaudithook(lambda e, a: None)
    result = "added"
except KeyboardInterrupt:
    result = "propagated"`,
		want: "propagated",
	}, {
		name:  "add_hook_denied_by_policy",
		src:   "called = []\nsys.addaudithook(lambda e, a: called.append(e))\nsys.audit('test.x')\nresult = called",
		chain: hooks.NewChain(denying("sys.addaudithook")),
		want:  "[]",
	}, {
		name: "non_str_event",
		src: `
try:
    sys.audit(42)
except TypeError as e:
    result = str(e)`,
		want: "expected str for argument 'event', not int",
	}, {
		name: "keyword_arguments",
		src: `
try:
    sys.audit("test.kw", x=1)
except TypeError as e:
    result = str(e)`,
		want: "audit() takes no keyword arguments",
	}, {
		name: "hook_failure_aborts",
		src: `
import os
later = []
def first(event, args):
    if event == "os.listdir":
        raise ValueError("stop " + event)
sys.addaudithook(first)
sys.addaudithook(lambda e, a: later.append(e) if e == "os.listdir" else None)
try:
    os.listdir("/")
    result = "listed"
except ValueError as e:
    result = str(e) + " " + str(later)`,
		want: "stop os.listdir []",
	}, {
		name: "hook_reentering_the_chain",
		src: `
seen = []
def hook(event, args):
    if event.startswith("test."):
        seen.append(event)
        sys.audit("test.inner")
        open(__file__).close()
sys.addaudithook(hook)
sys.audit("test.outer")
result = seen`,
		want: "['test.outer']",
	}, {
		name: "hook_denied_inside_hook",
		src: `
import os
def hook(event, args):
    if event == "test.go":
        os.system("true")
sys.addaudithook(hook)
try:
    sys.audit("test.go")
    result = "ran"
except PermissionError:
    result = "denied inside the hook"`,
		chain: hooks.NewChain(denying("os.system")),
		want:  "denied inside the hook",
	}, {
		name: "hook_raising_baseexception_stops_the_script",
		src: `
import os
def hook(event, args):
    if event == "os.system":
        raise SystemExit(9)
sys.addaudithook(hook)
os.system("touch " + WORK + "/pwned")
result = "survived"`,
		err: "exit status 9",
	}, {
		name: "sleep_event_before_validation",
		src: `
import time
seen = []
sys.addaudithook(lambda e, a: seen.append(a) if e == "time.sleep" else None)
try:
    time.sleep(-1)
except ValueError as e:
    result = str(len(seen)) + " " + str(seen[0][0]) + " " + str(e)`,
		want: "1 -1 sleep length must be non-negative",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := runWithHooks(t, map[string]string{"main.py": "import sys\nWORK = sys.argv[1]\n" + tt.src + "\n"}, tt.chain)
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Fatalf("err = %v, want %s", err, tt.err)
				}
				if _, err := os.Stat(filepath.Join(workDir, "pwned")); err == nil {
					t.Fatal("the operation ran")
				}
				return
			}
			if err != nil {
				t.Fatal(describe(err))
			}
			if got := global(t, g, "result"); got != tt.want {
				t.Errorf("result = %s, want %s", got, tt.want)
			}
		})
	}
}

// describe shows a Python exception's traceback.
func describe(err error) string {
	var pe *PythonError
	if errors.As(err, &pe) {
		return pe.Traceback
	}
	return err.Error()
}

func TestEventLocation(t *testing.T) {
	var where []string
	hook := hooks.HookFunc(func(e *hooks.Event) error {
		if e.Name == "os.listdir" {
			file, line, fn := e.Location()
			where = append(where, fmt.Sprintf("%s:%d %s", filepath.Base(file), line, fn))
		}
		return nil
	})
	_, err := runWithHooks(t, map[string]string{
		"main.py":   "import os\nimport helper\nos.listdir('.')\nhelper.work()\n",
		"helper.py": "import os\n\ndef work():\n    os.listdir('.')\n",
	}, hooks.NewChain(hook))
	if err != nil {
		t.Fatal(describe(err))
	}
	if diff := cmp.Diff([]string{"main.py:3 <module>", "helper.py:4 work"}, where); diff != "" {
		t.Errorf("locations (-want +got):\n%s", diff)
	}
}
