// Package hooks holds spython's audit events and the chain of hooks that
// sees each of them before its operation runs.
//
// # Events
//
// Every event spython raises is registered once, in events.go, with its
// name and its argument names ([Spec]); the interpreter raises events by
// registry entry, so an event cannot exist in the code without being in
// the table that `spython events` prints and docs/events.md shows ([All],
// [Lookup], [WriteMarkdown]). Names and arguments follow CPython 3.13;
// spython's own events start with "spython.".
//
// # The chain
//
// A [Chain] holds the Go-native hooks (the policy enforcer, the audit
// logger), fixed when it is made, before any interpreter exists: Python
// code can neither see, remove, reorder nor replace them. [Chain.Raise]
// calls them in order; the first error aborts the operation and later
// hooks are not called. Hooks a script adds with sys.addaudithook run
// after the chain; the interpreter keeps them.
package hooks
