package interp

import (
	_ "embed"
)

// collections is written in Python: its containers are classes deriving
// from dict and tuple, or plain classes, and none of them reaches a
// sensitive operation.

//go:embed stdlib/collections.py
var collectionsSource string

func init() {
	registerStdlib("collections", "High-performance container datatypes", nil, collectionsSource)
}
