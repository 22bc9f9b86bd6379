package interp

import (
	_ "embed"
)

// operator is written in Python: each function applies the operator it
// is named after.

//go:embed stdlib/operator.py
var operatorSource string

func init() {
	registerStdlib("operator", "Operator interface.", nil, operatorSource)
}
