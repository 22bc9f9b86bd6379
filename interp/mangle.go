package interp

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// The rewriter mangles the private names of class bodies in the source,
// so gpython names a method `def __m` _Class__m. CPython binds that name
// but calls the function __m and its qualified name Class.__m;
// namePrivateDefs gives the compiled code those names back.

// namePrivateDefs renames the code objects under co that defs (mangled
// name to name as written) lists, and the dotted qualified names in their
// constants. buildClass then names a class after its body's code.
func namePrivateDefs(co *py.Code, defs map[string]string) {
	if len(defs) == 0 {
		return
	}
	if name, ok := defs[co.Name]; ok {
		co.Name = name
	}
	for i, c := range co.Consts {
		switch c := c.(type) {
		case *py.Code:
			namePrivateDefs(c, defs)
		case py.String:
			if strings.Contains(string(c), ".") {
				co.Consts[i] = py.String(unmangleQualname(string(c), defs))
			}
		}
	}
}

// unmangleQualname returns the qualified name q with the parts defs lists
// as they were written.
func unmangleQualname(q string, defs map[string]string) string {
	parts := strings.Split(q, ".")
	changed := false
	for i, p := range parts {
		if name, ok := defs[p]; ok {
			parts[i], changed = name, true
		}
	}
	if !changed {
		return q
	}
	return strings.Join(parts, ".")
}
