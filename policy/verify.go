package policy

import (
	"fmt"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// CheckPath checks what verify says about a code file's path alone: its
// extension, and the allow and deny globs (doublestar, matched against
// the whole path, which should be absolute and clean). The checks on the
// open file (size, owner, mode, mount, manifest) are the gate's.
func (v *Verify) CheckPath(path string) error {
	ext := false
	for _, e := range v.Extensions {
		ext = ext || strings.HasSuffix(path, e)
	}
	if !ext {
		return fmt.Errorf("%s: not a code file: its name does not end in %s", path, strings.Join(v.Extensions, ", "))
	}
	for _, g := range v.Deny {
		if doublestar.MatchUnvalidated(g, path) {
			return fmt.Errorf("%s: refused by verify.deny %q", path, g)
		}
	}
	for _, g := range v.Allow {
		if doublestar.MatchUnvalidated(g, path) {
			return nil
		}
	}
	return fmt.Errorf("%s: not under any verify.allow glob", path)
}
