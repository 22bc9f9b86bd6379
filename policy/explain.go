package policy

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/spython/spython/hooks"
)

// Explanation tells how a policy decides an event: every rule before the
// deciding one, and why it was passed over.
type Explanation struct {
	Event string
	// Spec is the registered event; nil for a name spython does not
	// register.
	Spec *hooks.Spec
	Args map[string]any
	// Skipped are the rules before the deciding one, in file order.
	Skipped  []Skip
	Decision Decision
	// Source is the policy's Source.
	Source string
}

// Skip is a rule passed over and why.
type Skip struct {
	Rule *Rule
	// Reason says why the rule did not match: its event pattern, or the
	// first match key that failed.
	Reason string
}

// Explain decides an event called event with the arguments args (by
// name) as [Policy.Decide] would, and says why: which rule decided, and
// why each rule before it did not. An argument absent from args makes a
// match key on it fail.
func (p *Policy) Explain(event string, args map[string]any) Explanation {
	spec, _ := hooks.Lookup(event)
	x := Explanation{Event: event, Spec: spec, Args: args, Source: p.Source}
	if spec != nil {
		if d, ok := p.decideBeforeRules(event, func(name string) (any, bool) { v, ok := args[name]; return v, ok }); ok {
			x.Decision = d
			return x
		}
	}
	idx := p.index()
	for _, c := range idx.rules {
		r := &p.Rules[c.rule]
		if !c.event.match(event) {
			x.Skipped = append(x.Skipped, Skip{r, fmt.Sprintf("event pattern %q does not match %q", r.Event, event)})
			continue
		}
		var getter argGetter = mapArgs(args)
		if spec == nil {
			getter = noArgs{}
		}
		i := c.matches(getter)
		if i < 0 {
			x.Decision = Decision{Action: r.Action, Rule: r}
			return x
		}
		x.Skipped = append(x.Skipped, Skip{r, matchFailure(spec, r.Match[i], args)})
	}
	x.Decision = Decision{Action: p.Default}
	return x
}

// matchFailure says why a match key failed.
func matchFailure(spec *hooks.Spec, m MatchArg, args map[string]any) string {
	want := formatValues(m.Values)
	if spec == nil {
		return fmt.Sprintf("match %s: %s: the event is not registered, so its arguments have no names", m.Name, want)
	}
	v, ok := argValue(mapArgs(args), m.Name)
	if !ok {
		base, _, _ := splitItem(m.Name)
		if !slices.Contains(spec.Args, base) {
			return fmt.Sprintf("match %s: %s: %s has no argument %s", m.Name, want, spec.Name, m.Name)
		}
		return fmt.Sprintf("match %s: %s: argument not given", m.Name, want)
	}
	return fmt.Sprintf("match %s: %s does not match %s", m.Name, formatValue(v), want)
}

func formatValues(vs []any) string {
	if len(vs) == 1 {
		return formatValue(vs[0])
	}
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = formatValue(v)
	}
	return "any of [" + strings.Join(parts, ", ") + "]"
}

// formatValue writes an argument or match value as Python would show it,
// nearly: strings quoted, bytes b"...", None.
func formatValue(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case string:
		return strconv.Quote(x)
	case []byte:
		return "b" + strconv.Quote(string(x))
	case bool:
		if x {
			return "True"
		}
		return "False"
	case float64:
		return formatFloat(x)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = formatValue(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return fmt.Sprint(v)
}

// mapArgs gives Explain's arguments by name.
type mapArgs map[string]any

func (m mapArgs) Arg(name string) (any, bool) {
	v, ok := m[name]
	return v, ok
}

// noArgs stands for an unregistered event, whose arguments have no names.
type noArgs struct{}

func (noArgs) Arg(string) (any, bool) { return nil, false }

// String is the explanation for people, as WriteText writes it.
func (x Explanation) String() string {
	var b strings.Builder
	x.WriteText(&b)
	return b.String()
}

// WriteText writes the explanation for people: the event, each rule
// passed over and why, and the decision.
func (x Explanation) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "event %s", x.Event)
	if x.Spec != nil {
		for _, name := range x.Spec.Args {
			if v, ok := x.Args[name]; ok {
				fmt.Fprintf(&b, " %s=%s", name, formatValue(v))
			}
		}
	} else {
		b.WriteString(" (not an event spython raises)")
	}
	fmt.Fprintf(&b, "\npolicy %s\n", x.Source)
	for _, s := range x.Skipped {
		fmt.Fprintf(&b, "  skip rule %q (line %d): %s\n", s.Rule.ID, s.Rule.Line, s.Reason)
	}
	d := x.Decision
	if d.Rule == nil {
		fmt.Fprintf(&b, "%s: no rule matched; the default decides\n", d.Action)
	} else {
		fmt.Fprintf(&b, "%s: rule %q", d.Action, d.Rule.ID)
		if d.Rule.Line > 0 {
			fmt.Fprintf(&b, " (line %d)", d.Rule.Line)
		} else {
			b.WriteString(" (built in)")
		}
		if d.Rule.Message != "" {
			fmt.Fprintf(&b, ": %s", d.Rule.Message)
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// ParseArgs reads the NAME=VALUE arguments of `spython policy explain`
// for the event spec: each NAME must be one of its arguments, given once;
// a VALUE that reads as a decimal integer is an int64, anything else a
// string. spec nil (an unregistered event) accepts no arguments.
func ParseArgs(spec *hooks.Spec, pairs []string) (map[string]any, error) {
	args := map[string]any{}
	for _, pair := range pairs {
		name, value, ok := strings.Cut(pair, "=")
		if !ok {
			return nil, fmt.Errorf("argument %q is not NAME=VALUE", pair)
		}
		switch {
		case spec == nil:
			return nil, fmt.Errorf("argument %q: the event is not registered, so its arguments have no names", name)
		case !slices.Contains(spec.Args, name):
			if len(spec.Args) == 0 {
				return nil, fmt.Errorf("%s has no arguments", spec.Name)
			}
			return nil, fmt.Errorf("%s has no argument %q; its arguments: %s", spec.Name, name, strings.Join(spec.Args, ", "))
		}
		if _, dup := args[name]; dup {
			return nil, fmt.Errorf("argument %q given twice", name)
		}
		if i, err := strconv.ParseInt(value, 10, 64); err == nil {
			args[name] = i
		} else {
			args[name] = value
		}
	}
	return args, nil
}
