package interp

import "testing"

func TestOperator(t *testing.T) { stdlibCases(t, "operator") }
