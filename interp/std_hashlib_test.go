package interp

import "testing"

func TestHashlib(t *testing.T) { runGolden(t, "hashlib") }
