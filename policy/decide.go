package policy

import (
	"math"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/spython/spython/hooks"
)

// Decision is what the policy decides for one event.
type Decision struct {
	Action Action
	// Rule is the rule that decided; nil when no rule matched and the
	// policy's default decided.
	Rule *Rule
}

// Denied reports whether the decision refuses the event. In audit mode
// the launcher logs such an event as a would-be denial instead of
// refusing it.
func (d Decision) Denied() bool { return d.Action == ActionDeny }

// Err is the error a refusing hook returns for the decision on the event
// called event: a *hooks.DeniedError (which wraps hooks.ErrDenied) when
// the decision denies, else nil. Its text names the rule and its message
// (`os.system: denied by rule "no-shell": no shells`), or says the
// default denied (`open: denied: no rule allows it (default: deny)`).
func (d Decision) Err(event string) error {
	if d.Action != ActionDeny {
		return nil
	}
	if d.Rule == nil {
		return &hooks.DeniedError{Event: event, Message: "no rule allows it (default: deny)"}
	}
	return &hooks.DeniedError{Event: event, Rule: d.Rule.ID, Message: d.Rule.Message}
}

// crule is a rule compiled for matching.
type crule struct {
	rule  int   // index in Policy.Rules
	event *glob // the event pattern
	args  []matchArg
}

// matchArg is one compiled match key.
type matchArg struct {
	name   string
	values []matchValue
}

type valKind uint8

const (
	valGlob valKind = iota
	valInt
	valFloat
	valBool
	valNull
)

// matchValue is one compiled value of a match key. The glob is held by
// value: one pointer fewer to follow for each value a decision compares.
type matchValue struct {
	kind valKind
	glob glob
	i    int64
	f    float64
	b    bool
}

// argGetter gives an event's arguments by name: *hooks.Event, or the
// arguments given to Explain.
type argGetter interface {
	Arg(name string) (any, bool)
}

// matches reports whether every match key holds for args; it stops at the
// first that fails, and returns its index (-1 when all hold).
func (c *crule) matches(args argGetter) int {
	for i := range c.args {
		a := &c.args[i]
		v, ok := argValue(args, a.name)
		if !ok || !a.matches(v) {
			return i
		}
	}
	return -1
}

// argValue is the argument a match key names: NAME, or NAME.N for item N
// of a tuple argument (socket.connect's address.0 is the host, address.1
// the port).
func argValue(args argGetter, key string) (any, bool) {
	base, item, isItem := splitItem(key)
	if !isItem {
		return args.Arg(key)
	}
	v, ok := args.Arg(base)
	if !ok {
		return nil, false
	}
	return itemOf(v, item)
}

// splitItem splits a match key NAME.N into NAME and N.
func splitItem(key string) (string, int, bool) {
	i := strings.LastIndexByte(key, '.')
	if i <= 0 || i == len(key)-1 {
		return key, -1, false
	}
	n, err := strconv.Atoi(key[i+1:])
	if err != nil || n < 0 || key[i+1] == '+' {
		return key, -1, false
	}
	return key[:i], n, true
}

// itemOf is item n of a tuple or list argument.
func itemOf(v any, n int) (any, bool) {
	items, ok := v.([]any)
	if !ok || n >= len(items) {
		return nil, false
	}
	return items[n], true
}

func (a *matchArg) matches(v any) bool {
	for i := range a.values {
		if a.values[i].matches(v) {
			return true
		}
	}
	return false
}

// matches compares an argument with a match value: a glob matches a
// string or bytes, numbers compare numerically whatever their type,
// booleans and None compare exactly. Lists and opaque objects match
// nothing.
func (m *matchValue) matches(v any) bool {
	switch m.kind {
	case valGlob:
		var s string
		switch x := v.(type) {
		case string:
			s = x
		case []byte:
			// A view of the bytes, only read during the call, never kept.
			s = unsafe.String(unsafe.SliceData(x), len(x))
		default:
			return false
		}
		// The common shapes inline; the rest in glob.match.
		switch g := &m.glob; g.kind {
		case globLiteral:
			return s == g.lit
		case globPrefix:
			return len(s) >= len(g.lit) && s[:len(g.lit)] == g.lit
		default:
			return g.match(s)
		}
	case valInt:
		switch x := v.(type) {
		case int64:
			return x == m.i
		case float64:
			return floatEqualsInt(x, m.i)
		}
	case valFloat:
		switch x := v.(type) {
		case int64:
			return floatEqualsInt(m.f, x)
		case float64:
			return x == m.f
		}
	case valBool:
		x, ok := v.(bool)
		return ok && x == m.b
	case valNull:
		return v == nil
	}
	return false
}

// floatEqualsInt compares exactly, without rounding i to a float.
func floatEqualsInt(f float64, i int64) bool {
	if f != math.Trunc(f) || f < -(1<<63) || f >= 1<<63 {
		return false
	}
	return int64(f) == i
}

// maxCached bounds how many unregistered event names the index remembers,
// so that a script raising endless new names cannot grow it without end.
const maxCached = 4096

// index gives, for an event name, the rules that may match it, in file
// order.
type index struct {
	rules  []*crule
	byName map[string]*candidates // registered names and names rules give
	globs  []*crule               // rules whose pattern is a glob
	cache  sync.Map               // other names seen: string -> *candidates
	cached atomic.Int64
}

// candidates are the rules that may match events of one name.
type candidates struct {
	// spec is the registered event of that name, nil if none.
	spec  *hooks.Spec
	cands []candidate
}

// candidate is a rule, with its match keys resolved to positions among
// spec's arguments.
type candidate struct {
	c    *crule
	keys []ckey
}

// ckey is a match key whose argument is at position idx (-1: spec has no
// such argument).
type ckey struct {
	idx    int
	item   int // for a key NAME.N, N: the item of a tuple argument; else -1
	values []matchValue
}

// buildIndex compiles the index of p's rules; compiled is parallel to
// p.Rules.
func buildIndex(p *Policy, compiled []*crule) *index {
	x := &index{rules: compiled, byName: map[string]*candidates{}}
	exact := map[string][]*crule{}
	for _, c := range compiled {
		if name, ok := c.event.isLiteral(); ok {
			exact[name] = append(exact[name], c)
		} else {
			x.globs = append(x.globs, c)
		}
	}
	for _, spec := range hooks.All() {
		x.byName[spec.Name] = x.merge(spec.Name, exact[spec.Name])
	}
	for name, list := range exact {
		if _, done := x.byName[name]; !done {
			x.byName[name] = x.merge(name, list)
		}
	}
	return x
}

// merge returns the rules for name: the exact rules given and the glob
// rules that match name, in file order.
func (x *index) merge(name string, exact []*crule) *candidates {
	out := &candidates{}
	out.spec, _ = hooks.Lookup(name)
	add := func(c *crule) {
		cd := candidate{c: c}
		for _, a := range c.args {
			k := ckey{idx: -1, item: -1, values: a.values}
			name := a.name
			if base, item, ok := splitItem(name); ok {
				name, k.item = base, item
			}
			if out.spec != nil {
				for j, n := range out.spec.Args {
					if n == name {
						k.idx = j
						break
					}
				}
			}
			cd.keys = append(cd.keys, k)
		}
		out.cands = append(out.cands, cd)
	}
	gi := 0
	for _, c := range exact {
		for ; gi < len(x.globs) && x.globs[gi].rule < c.rule; gi++ {
			if x.globs[gi].event.match(name) {
				add(x.globs[gi])
			}
		}
		add(c)
	}
	for ; gi < len(x.globs); gi++ {
		if x.globs[gi].event.match(name) {
			add(x.globs[gi])
		}
	}
	out.pack()
	return out
}

// pack copies the match keys and values of every candidate, and the
// literals of their globs, into three contiguous blocks: a decision walks
// them in order, and finds them next to each other in memory.
func (cs *candidates) pack() {
	nkeys, nvalues, nbytes := 0, 0, 0
	for _, cd := range cs.cands {
		nkeys += len(cd.keys)
		for _, k := range cd.keys {
			nvalues += len(k.values)
			for _, v := range k.values {
				nbytes += len(v.glob.lit)
			}
		}
	}
	keys := make([]ckey, 0, nkeys)
	values := make([]matchValue, 0, nvalues)
	var lits strings.Builder
	lits.Grow(nbytes)
	for i := range cs.cands {
		cd := &cs.cands[i]
		k0 := len(keys)
		for _, k := range cd.keys {
			v0 := len(values)
			for _, v := range k.values {
				lits.WriteString(v.glob.lit)
				values = append(values, v)
			}
			keys = append(keys, ckey{idx: k.idx, item: k.item, values: values[v0:len(values):len(values)]})
		}
		cd.keys = keys[k0:len(keys):len(keys)]
	}
	// Point the literals into the one block.
	block, off := lits.String(), 0
	for i := range values {
		n := len(values[i].glob.lit)
		values[i].glob.lit = block[off : off+n]
		off += n
	}
}

// lookup returns the rules that may match an event called name.
func (x *index) lookup(name string) *candidates {
	if list, ok := x.byName[name]; ok {
		return list
	}
	if list, ok := x.cache.Load(name); ok {
		return list.(*candidates)
	}
	list := x.merge(name, nil)
	if x.cached.Add(1) <= maxCached {
		x.cache.Store(name, list)
	}
	return list
}

// Decide returns the decision for e: the action of the first rule whose
// event pattern matches e's name and whose match keys all hold, or the
// policy's default. It is safe for concurrent use.
//
// Match keys are e's arguments by name, as [hooks.Event.Arg] gives them.
// An event a script raised with sys.audit under a name spython does not
// register has no argument names, so a rule with a match never matches
// it.
func (p *Policy) Decide(e *hooks.Event) Decision {
	list := p.index().lookup(e.Name)
	// For the registered event the list was made for, the position of
	// each argument is known: read it from e.Args, which is what e.Arg
	// would do, without looking the name up again.
	known := list.spec != nil && e.Spec == list.spec
	var args argViews
	fetched := false
	for i := range list.cands {
		cd := &list.cands[i]
		if len(cd.keys) > 0 {
			if !known {
				if cd.c.matches(e) >= 0 {
					continue
				}
			} else {
				if !fetched {
					args.set(e.Args())
					fetched = true
				}
				if !cd.matchArgs(&args) {
					continue
				}
			}
		}
		r := &p.Rules[cd.c.rule]
		return Decision{Action: r.Action, Rule: r}
	}
	return Decision{Action: p.Default}
}

// maxViews is how many arguments argViews holds as strings; no event has
// more.
const maxViews = 8

// argViews are an event's arguments, with those that are strings or bytes
// also held as strings, so that the rules compared with them need not ask
// each time.
type argViews struct {
	args  []any
	strs  [maxViews]string
	isStr [maxViews]bool
}

func (a *argViews) set(args []any) {
	a.args = args
	for i, v := range args[:min(len(args), maxViews)] {
		switch x := v.(type) {
		case string:
			a.strs[i], a.isStr[i] = x, true
		case []byte:
			// A view of the bytes, only read during the decision.
			a.strs[i], a.isStr[i] = unsafe.String(unsafe.SliceData(x), len(x)), true
		}
	}
}

// matchArgs reports whether every match key holds for the arguments of
// the candidates' spec. The common comparisons (a string argument against
// a literal or prefix glob) are written out here rather than called: this
// loop is what a decision costs.
func (cd *candidate) matchArgs(a *argViews) bool {
	for i := range cd.keys {
		k := &cd.keys[i]
		idx := k.idx
		if idx < 0 || idx >= len(a.args) {
			return false
		}
		ok := false
		if k.item >= 0 {
			v, found := itemOf(a.args[idx], k.item)
			for j := range k.values {
				if ok = found && k.values[j].matches(v); ok {
					break
				}
			}
		} else if idx < maxViews && a.isStr[idx] {
			s := a.strs[idx]
			for j := range k.values {
				m := &k.values[j]
				if m.kind != valGlob {
					continue // a number, boolean or None never equals a string
				}
				switch lit := m.glob.lit; m.glob.kind {
				case globLiteral:
					ok = s == lit
				case globPrefix:
					ok = len(s) >= len(lit) && s[:len(lit)] == lit
				default:
					ok = m.glob.match(s)
				}
				if ok {
					break
				}
			}
		} else {
			for j := range k.values {
				if ok = k.values[j].matches(a.args[idx]); ok {
					break
				}
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

func (p *Policy) index() *index {
	if p.idx == nil {
		panic("policy: Decide on a Policy not made by Parse, Load or Default")
	}
	return p.idx
}
