package hooks

import (
	"fmt"
	"sort"
	"sync"
)

// Spec describes an audit event: its name, the names of its arguments in
// order, and where spython raises it.
type Spec struct {
	Name string
	Args []string
	// Raised says which operations raise the event.
	Raised string
}

var (
	registryMu sync.RWMutex
	registry   = map[string]*Spec{}
)

// register adds an event to the table. It panics on a duplicate name: the
// table is built at start-up from events.go, and a duplicate is a bug.
func register(name, raised string, args ...string) *Spec {
	registryMu.Lock()
	defer registryMu.Unlock()
	if _, dup := registry[name]; dup {
		panic(fmt.Sprintf("hooks: event %q registered twice", name))
	}
	s := &Spec{Name: name, Args: args, Raised: raised}
	registry[name] = s
	return s
}

// Lookup returns the registered event called name.
func Lookup(name string) (*Spec, bool) {
	registryMu.RLock()
	defer registryMu.RUnlock()
	s, ok := registry[name]
	return s, ok
}

// All returns every registered event, sorted by name.
func All() []*Spec {
	registryMu.RLock()
	defer registryMu.RUnlock()
	out := make([]*Spec, 0, len(registry))
	for _, s := range registry {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Event is one occurrence of an audit event, before its operation runs.
//
// Its arguments are converted to Go values only when a hook asks for them
// ([Event.Args], [Event.Arg]), so hooks pay for what they read. The values
// are string, []byte, int64, float64, bool, nil, []any, or [Opaque] for a
// Python object that has no such form; reading them never runs Python
// code. An Event is only valid during the Audit call that receives it.
type Event struct {
	// Spec is the registered event; nil for an event a script raised with
	// sys.audit under a name spython does not register.
	Spec *Spec
	Name string
	// Script is set when the script raised the event itself with
	// sys.audit, rather than spython at an operation.
	Script bool

	// Where, when set, tells where in the script the event was raised.
	Where Locator

	source    ArgSource
	values    []any
	converted bool
}

// Locator tells where in the script an event is being raised: the file,
// the line and the function of the innermost Python frame, or zero values
// when no Python code is running (a launch event, say).
type Locator interface {
	Location() (file string, line int, function string)
}

// Location returns where the event was raised, if its raiser said.
func (e *Event) Location() (file string, line int, function string) {
	if e.Where == nil {
		return "", 0, ""
	}
	return e.Where.Location()
}

// ArgSource provides an event's arguments, converted on demand.
type ArgSource interface {
	Len() int
	Value(i int) any
}

// Values is an ArgSource over arguments that are Go values already.
type Values []any

func (v Values) Len() int        { return len(v) }
func (v Values) Value(i int) any { return v[i] }

// NewEvent makes an event of spec with ready arguments.
func NewEvent(spec *Spec, args ...any) *Event {
	e := &Event{}
	e.Reset(spec, spec.Name, false, Values(args))
	return e
}

// Reset makes e a new event, keeping its storage, so that a caller raising
// many events can reuse one Event.
func (e *Event) Reset(spec *Spec, name string, script bool, src ArgSource) {
	e.Spec, e.Name, e.Script, e.source = spec, name, script, src
	e.values, e.converted = e.values[:0], false
}

// Args returns the arguments in order.
func (e *Event) Args() []any {
	if !e.converted {
		e.converted = true
		if e.source != nil {
			for i := 0; i < e.source.Len(); i++ {
				e.values = append(e.values, e.source.Value(i))
			}
		}
	}
	return e.values
}

// Arg returns the argument called name, for a registered event.
func (e *Event) Arg(name string) (any, bool) {
	if e.Spec == nil {
		return nil, false
	}
	for i, n := range e.Spec.Args {
		if n == name {
			if args := e.Args(); i < len(args) {
				return args[i], true
			}
		}
	}
	return nil, false
}

// Opaque stands for a Python object in an event's arguments: its type
// and a description made without calling any Python code.
type Opaque struct {
	Type string
	Text string
}

func (o Opaque) String() string { return o.Text }
