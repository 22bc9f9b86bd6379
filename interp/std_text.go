package interp

import (
	_ "embed"
)

// shlex, csv, configparser and urllib.parse are written in Python. They
// raise no audit events of their own: the files they read and write are
// opened by the script, or by configparser through open(), which raises
// "open" as for any other caller.

//go:embed stdlib/shlex.py
var shlexSource string

func init() {
	registerStdlib("shlex", "Split and quote text the way a POSIX shell does.", nil, shlexSource)
}

//go:embed stdlib/urllib_parse.py
var urllibParseSource string

func init() {
	registerStdlib("urllib", "The urllib package: urllib.parse.", nil, "")
	registerStdlib("urllib.parse", "Parse URLs into components, join them, quote and unquote them.", nil, urllibParseSource)
}

//go:embed stdlib/csv.py
var csvSource string

func init() {
	registerStdlib("csv", "CSV parsing and writing.", nil, csvSource)
}

//go:embed stdlib/configparser.py
var configparserSource string

func init() {
	registerStdlib("configparser", "Configuration file parser.", nil, configparserSource)
}
