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
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
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
