// Command spython runs Python scripts on an embedded interpreter in which
// the policy decides what a script may do.
//
// All diagnostics go to stderr, prefixed "spython: "; stdout belongs to the
// script. The exit code is decided in one place, [exitCode].
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

func main() {
	collectLessOften()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// gcPercent is the garbage collector's target: the heap may grow to three
// times what is live before a collection, where Go's default is twice.
// The interpreter allocates a value for most operations and keeps its
// module tables live, so collections at the default pace cost scripts
// about a tenth of their time; this costs a few megabytes.
const gcPercent = 200

// collectLessOften sets gcPercent, unless the Go runtime was told a pace
// of its own (GOGC other than the default 100, or off).
func collectLessOften() {
	if prev := debug.SetGCPercent(gcPercent); prev != 100 {
		debug.SetGCPercent(prev)
	}
}

// run executes the command line args and returns the process exit code.
func run(args []string, stdout, stderr io.Writer) int {
	root := newRootCmd()
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.Execute()
	code, msg := exitCode(err)
	if msg != "" {
		fmt.Fprint(stderr, msg)
	}
	return code
}
