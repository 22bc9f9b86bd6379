package interp

import "testing"

func TestLoggingGolden(t *testing.T) { runStdlibCases(t, "logging") }
