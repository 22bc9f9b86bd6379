package hooks

import (
	"errors"
	"fmt"
)

// ErrDenied is what a hook's error wraps when the policy refuses an
// operation. At the Python boundary it becomes PermissionError (EACCES).
var ErrDenied = errors.New("denied by policy")

// DeniedError says which event was denied, by which rule, and why.
type DeniedError struct {
	Event   string
	Rule    string
	Message string
}

func (e *DeniedError) Error() string {
	msg := fmt.Sprintf("%s: denied", e.Event)
	if e.Rule != "" {
		msg += fmt.Sprintf(" by rule %q", e.Rule)
	}
	if e.Message != "" {
		msg += ": " + e.Message
	}
	return msg
}

func (e *DeniedError) Unwrap() error { return ErrDenied }

// Hook is a Go-native audit hook.
//
// Audit sees every event before its operation runs and must not keep the
// event after it returns. A nil error lets the operation go on; an error
// aborts it: the error reaches the script as a Python exception
// (PermissionError when it wraps [ErrDenied]) and later hooks are not
// called. Audit must not raise events itself.
type Hook interface {
	Audit(*Event) error
}

// HookFunc adapts a function to [Hook].
type HookFunc func(*Event) error

// Audit calls f(e).
func (f HookFunc) Audit(e *Event) error { return f(e) }

// Chain is the fixed, ordered list of Go-native hooks. It is safe for use
// by several goroutines when its hooks are.
type Chain struct {
	hooks []Hook
}

// NewChain makes a chain of hooks, called in the order given.
func NewChain(hooks ...Hook) *Chain {
	return &Chain{hooks: append([]Hook(nil), hooks...)}
}

// Raise calls each hook with e, in order, and returns the first error.
func (c *Chain) Raise(e *Event) error {
	if c == nil {
		return nil
	}
	for _, h := range c.hooks {
		if err := h.Audit(e); err != nil {
			return err
		}
	}
	return nil
}
