package interp

import (
	_ "embed"
)

// typing and dataclasses are written in Python: annotations are
// evaluated and printed, never checked, and dataclasses writes its
// methods as CPython's does.

//go:embed stdlib/typing.py
var typingSource string

//go:embed stdlib/dataclasses.py
var dataclassesSource string

func init() {
	registerStdlib("typing", "Support for type hints.", nil, typingSource)
	registerStdlib("dataclasses", "Classes of fields with generated methods.", nil, dataclassesSource)
}

//go:embed stdlib/pathlib.py
var pathlibSource string

func init() {
	registerStdlib("pathlib", "Object-oriented paths, on os and open.", nil, pathlibSource)
}

//go:embed stdlib/enum.py
var enumSource string

func init() {
	registerStdlib("enum", "Enumerations: Enum, IntEnum, StrEnum, Flag.", nil, enumSource)
}

//go:embed stdlib/abc.py
var abcSource string

func init() {
	registerStdlib("abc", "Abstract base classes.", nil, abcSource)
}

//go:embed stdlib/collections_abc.py
var collectionsABCSource string

func init() {
	registerStdlib("collections.abc", "Abstract base classes of containers.", nil, collectionsABCSource)
}

//go:embed stdlib/future.py
var futureSource string

func init() {
	registerStdlib("__future__", "The features of future statements.", nil, futureSource)
}
