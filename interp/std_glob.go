package interp

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	"github.com/spython/spython/hooks"
)

// The glob module is Python (interp/stdlib/glob.py) over os.scandir,
// which raises `os.scandir` for each folder read; glob and iglob raise
// `glob.glob` and `glob.glob/2` first. Name matching (fnmatch's rules:
// *, ?, [seq], [!seq]) is Go.

//go:embed stdlib/glob.py
var globSource string

func init() {
	registerStdlib("glob", "Filename globbing utility.", func(c *Context, m *py.Module) error {
		g := m.Globals
		params := []string{"pathname"}
		events := []auditedEvent{
			{hooks.GlobGlob, []string{"pathname", "recursive"}},
			{hooks.GlobGlob2, []string{"pathname", "recursive", "root_dir", "dir_fd"}},
		}
		kwonly := map[string]py.Object{"recursive": py.False}
		// glob.glob calls iglob, which raises the events once.
		g["_seal"] = c.sealFunc(g, []auditedCall{
			{name: "iglob", params: params, kwonly: kwonly, events: events},
		})
		g["_fnmatch"] = c.method("_fnmatch", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var name, pat py.Object
			if err := py.UnpackTuple(args, kwargs, "_fnmatch", 2, 2, &name, &pat); err != nil {
				return nil, err
			}
			n, nb, err := pathArg("fnmatch", "name", name)
			if err != nil {
				return nil, err
			}
			p, pb, err := pathArg("fnmatch", "pattern", pat)
			if err != nil {
				return nil, err
			}
			if nb != pb {
				return nil, py.ExceptionNewf(py.TypeError, "cannot use a string pattern on a bytes-like object")
			}
			return py.NewBool(fnmatch([]rune(n), []rune(p))), nil
		}, "")
		return nil
	}, globSource)
}

// fnmatch matches name against a shell pattern as Python's fnmatchcase
// does: * any run of characters, ? one, [seq] one of seq (ranges a-z,
// [!seq] negated, ] first is literal); a [ without its ] is literal.
func fnmatch(name, pat []rune) bool {
	for len(pat) > 0 {
		switch pat[0] {
		case '*':
			for len(pat) > 0 && pat[0] == '*' {
				pat = pat[1:]
			}
			if len(pat) == 0 {
				return true
			}
			for i := 0; i <= len(name); i++ {
				if fnmatch(name[i:], pat) {
					return true
				}
			}
			return false
		case '?':
			if len(name) == 0 {
				return false
			}
			name, pat = name[1:], pat[1:]
		case '[':
			end, ok := setEnd(pat)
			if !ok {
				if len(name) == 0 || name[0] != '[' {
					return false
				}
				name, pat = name[1:], pat[1:]
				continue
			}
			if len(name) == 0 || !inSet(name[0], pat[1:end]) {
				return false
			}
			name, pat = name[1:], pat[end+1:]
		default:
			if len(name) == 0 || name[0] != pat[0] {
				return false
			}
			name, pat = name[1:], pat[1:]
		}
	}
	return len(name) == 0
}

// setEnd finds the ] that closes the set pat starts with.
func setEnd(pat []rune) (int, bool) {
	i := 1
	if i < len(pat) && pat[i] == '!' {
		i++
	}
	if i < len(pat) && pat[i] == ']' {
		i++
	}
	for ; i < len(pat); i++ {
		if pat[i] == ']' {
			return i, true
		}
	}
	return 0, false
}

// inSet reports whether r is in the set body (what is between [ and ]).
func inSet(r rune, body []rune) bool {
	negate := len(body) > 0 && body[0] == '!'
	if negate {
		body = body[1:]
	}
	found := false
	for i := 0; i < len(body); i++ {
		if i+2 < len(body) && body[i+1] == '-' {
			if body[i] <= r && r <= body[i+2] {
				found = true
			}
			i += 2
			continue
		}
		if body[i] == r {
			found = true
		}
	}
	return found != negate
}
