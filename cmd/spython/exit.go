package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/spython/spython/interp"
)

// Exit codes, as documented in `spython --help` and docs/exit-codes.md.
const (
	exitOK          = 0
	exitException   = 1   // uncaught exception
	exitUsage       = 2   // command-line usage error, script not found or unreadable
	exitInternal    = 70  // recovered Go panic: a bug
	exitRefused     = 77  // refused before the script ran
	exitConfig      = 78  // invalid configuration
	exitTimeout     = 124 // wall-clock limit ran out
	exitInterrupted = 130 // SIGINT
)

// refusedError is a launch spython will not perform (exit 77).
type refusedError struct{ msg string }

func (e *refusedError) Error() string { return e.msg }

// timeoutError carries the limit that ran out, for the message.
type timeoutError struct{ limit time.Duration }

func (e *timeoutError) Error() string { return fmt.Sprintf("timed out after %v", e.limit) }

// exitCode is the one place that turns how a command ended into an exit
// code, with the message to print on stderr. Errors from cobra itself
// (unknown flags, missing arguments) are usage errors.
func exitCode(err error) (int, string) {
	if err == nil {
		return exitOK, ""
	}
	var (
		exit     *interp.ExitError
		pyErr    *interp.PythonError
		codeFile *interp.CodeFileError
		internal *interp.InternalError
		refused  *refusedError
		timeout  *timeoutError
		config   *configError
		usage    *usageError
		silent   *silentError
	)
	switch {
	case errors.As(err, &exit):
		if exit.Message != "" && !exit.Reported {
			return exit.Code, exit.Message + "\n"
		}
		return exit.Code, ""
	case errors.As(err, &pyErr):
		msg := pyErr.Traceback
		if pyErr.Reported { // printed before the atexit functions ran
			msg = ""
		}
		if pyErr.Interrupt {
			return exitInterrupted, msg
		}
		return exitException, msg
	case errors.As(err, &codeFile):
		if codeFile.Refused {
			return exitRefused, "spython: " + codeFile.Error() + "\n"
		}
		return exitUsage, "spython: can't open file " + codeFile.Error() + "\n"
	case errors.As(err, &internal):
		return exitInternal, fmt.Sprintf("spython: internal error (a bug in spython, please report it): %v\n%s", internal.Value, internal.Stack)
	case errors.As(err, &silent):
		return silent.code, ""
	case errors.As(err, &config):
		return exitConfig, "spython: " + config.msg + "\n"
	case errors.As(err, &usage):
		return exitUsage, "spython: " + usage.msg + "\n"
	case errors.As(err, &refused):
		return exitRefused, "spython: " + refused.msg + "\n"
	case errors.As(err, &timeout):
		return exitTimeout, "spython: " + timeout.Error() + "\n"
	case errors.Is(err, interp.ErrInterrupted):
		return exitInterrupted, "KeyboardInterrupt\nspython: interrupted\n"
	}
	return exitUsage, "spython: " + err.Error() + "\nRun 'spython --help' for usage.\n"
}
