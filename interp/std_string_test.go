package interp

import "testing"

func TestString(t *testing.T)   { runGolden(t, "string") }
func TestTextwrap(t *testing.T) { runGolden(t, "textwrap") }
