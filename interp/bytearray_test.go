package interp

import "testing"

// TestByteArrayGolden compares bytearray, its methods, the text methods
// of bytes and the use of a bytearray as a bytes-like argument with
// CPython 3.13's output.
func TestByteArrayGolden(t *testing.T) { runGolden(t, "bytearray") }
