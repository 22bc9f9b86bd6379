package interp

import (
	_ "embed"
)

// functools is written in Python: its wrappers are functions and classes
// of the script's own kind, and none of them reaches a sensitive
// operation.

//go:embed stdlib/functools.py
var functoolsSource string

func init() {
	registerStdlib("functools", "Tools for working with functions and callable objects.", nil, functoolsSource)
}
