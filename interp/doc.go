// Package interp runs Python scripts on gpython v0.2.0 through a py.Context
// that spython implements itself.
//
// # Entry points
//
// [Run] executes a script as the __main__ module and reports how it ended
// as an error that the command line turns into an exit code: [*ExitError]
// for SystemExit, [*PythonError] for an uncaught exception, [*InternalError]
// for a recovered Go panic, [ErrTimeout] and [ErrInterrupted].
//
// # What the context guarantees
//
//   - sys.path is the script's folder plus [Config.Path]; the environment is
//     never read (no PYTHONPATH, PYTHONHOME, PYTHONSTARTUP) and gpython's
//     default /usr/lib/python3.4 entries are not used.
//   - Only .py sources become code. Every file that is compiled is read by
//     one function, [Context.readCode], which opens the file once and reads
//     the descriptor it checked.
//   - The importer is spython's own: packages, relative imports and
//     submodules in from-lists work; a missing module is ModuleNotFoundError.
//   - Python call depth is bounded ([Config.RecursionLimit]); deeper calls
//     raise RecursionError instead of overflowing the Go stack, and source
//     nested deeper than [MaxNesting] is a SyntaxError before it is compiled.
//   - The dicts of built-in types cannot be changed from Python.
package interp
