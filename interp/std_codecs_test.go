package interp

import "testing"

func TestBase64(t *testing.T)   { runGolden(t, "base64") }
func TestBinascii(t *testing.T) { runGolden(t, "binascii") }
func TestCodecs(t *testing.T)   { runGolden(t, "codecs") }
