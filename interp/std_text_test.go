package interp

import "testing"

func TestShlexGolden(t *testing.T)       { runGolden(t, "shlex") }
func TestUrllibParseGolden(t *testing.T) { runGolden(t, "urllib_parse") }

func TestCSVGolden(t *testing.T) { runGolden(t, "csv") }

func TestConfigparserGolden(t *testing.T) { runGolden(t, "configparser") }
