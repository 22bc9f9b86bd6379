package interp

import (
	_ "embed"
)

// itertools is written in Python: each function checks its arguments
// when called, as CPython's do, and returns a generator.

//go:embed stdlib/itertools.py
var itertoolsSource string

func init() {
	registerStdlib("itertools", "Functions creating iterators for efficient looping.", nil, itertoolsSource)
}
