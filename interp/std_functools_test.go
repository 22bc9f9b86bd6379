package interp

import "testing"

func TestFunctools(t *testing.T) { stdlibCases(t, "functools") }
