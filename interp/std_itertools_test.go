package interp

import "testing"

func TestItertools(t *testing.T) { stdlibCases(t, "itertools") }
