package policy

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"net"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/bmatcuk/doublestar/v4"
	"go.yaml.in/yaml/v3"

	"github.com/spython/spython/hooks"
)

// maxNodes bounds the YAML nodes Parse visits, aliases expanded, so that a
// small file cannot make it do unbounded work.
const maxNodes = 1 << 20

// The keys allowed at each level, in the order messages list them.
var (
	policyKeys = []string{"apiVersion", "mode", "lock", "default", "launch", "path", "verify", "rules", "log", "limits"}
	verifyKeys = []string{"extensions", "max_size", "allow", "deny", "owners", "writable", "noexec", "exec_check", "manifest", "key", "xattr"}
	ruleKeys   = []string{"id", "event", "match", "action", "message"}
	logKeys    = []string{"events", "sinks", "on_failure"}
	sinkKeys   = []string{"type", "path", "address"}
	limitKeys  = []string{"timeout", "recursion", "memory"}
)

var ruleIDRE = regexp.MustCompile(`^[a-z0-9][a-z0-9_.-]*$`)

// Parse reads a policy from data; name is the file name diagnostics
// give. It reports every problem it finds at once: the error, when there
// is one, is [Diagnostics], notes included. A policy that parses may
// still have notes, in [Policy.Notes].
func Parse(name string, data []byte) (*Policy, error) {
	ps := &parser{file: name}
	p := ps.parse(data)
	ps.diags.sort()
	if ps.diags.HasErrors() {
		return nil, ps.diags
	}
	p.Source = name
	p.Notes = ps.diags.Notes()
	p.idx = buildIndex(p, ps.compiled)
	return p, nil
}

// parser walks the YAML node tree of one file.
type parser struct {
	file     string
	diags    Diagnostics
	nodes    int
	overflow bool
	nerrs    int      // errors in diags
	compiled []*crule // parallel to the policy's rules
}

func (ps *parser) add(n *yaml.Node, sev Severity, code Code, format string, args ...any) {
	if sev == SeverityError {
		ps.nerrs++
	}
	line, col := 1, 1
	if n != nil && n.Line > 0 {
		line, col = n.Line, n.Column
	}
	ps.diags = append(ps.diags, Diagnostic{
		File: ps.file, Line: line, Col: col, Code: code,
		Message: fmt.Sprintf(format, args...), Severity: sev,
	})
}

func (ps *parser) errorf(n *yaml.Node, code Code, format string, args ...any) {
	ps.add(n, SeverityError, code, format, args...)
}

func (ps *parser) notef(n *yaml.Node, code Code, format string, args ...any) {
	ps.add(n, SeverityNote, code, format, args...)
}

// deref follows aliases and counts the node against maxNodes; nil when
// the budget is spent.
func (ps *parser) deref(n *yaml.Node) *yaml.Node {
	for i := 0; n != nil && n.Kind == yaml.AliasNode && i < 100; i++ {
		n = n.Alias
	}
	if n == nil || n.Kind == yaml.AliasNode {
		return nil
	}
	if ps.nodes++; ps.nodes > maxNodes {
		if !ps.overflow {
			ps.overflow = true
			ps.errorf(n, CodeOutOfRange, "the policy expands to more than %d values (too many aliases)", maxNodes)
		}
		return nil
	}
	return n
}

var yamlLineRE = regexp.MustCompile(`^yaml: line ([0-9]+): `)

// parserProblems are the problems the YAML parser, rather than its
// scanner, reports. The YAML library gives their line counting from 0.
var parserProblems = []string{
	"did not find expected ',' or ']'",
	"did not find expected ',' or '}'",
	"did not find expected '-' indicator",
	"did not find expected <document start>",
	"did not find expected <stream-start>",
	"did not find expected key",
	"did not find expected node content",
	"found duplicate %TAG directive",
	"found duplicate %YAML directive",
	"found incompatible YAML document",
	"found undefined tag handle",
}

// parse reads the document and fills a policy with defaults and the values
// found, reporting problems as it goes.
func (ps *parser) parse(data []byte) *Policy {
	p := newDefault()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil && !errors.Is(err, io.EOF) {
		ps.syntax(err)
		return p
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		ps.errorf(&extra, CodeSyntax, "a policy file holds one YAML document, not several")
		return p
	} else if !errors.Is(err, io.EOF) {
		ps.syntax(err)
		return p
	}
	root := &doc
	if doc.Kind == yaml.DocumentNode && len(doc.Content) == 1 {
		root = doc.Content[0]
	}
	root = ps.deref(root)
	if root == nil || root.Kind == 0 || root.Kind == yaml.DocumentNode || isNull(root) {
		ps.errorf(nil, CodeMissing, "missing required key \"apiVersion\"")
		return p
	}
	if root.Kind != yaml.MappingNode {
		ps.errorf(root, CodeWrongType, "a policy must be a mapping, not %s", describe(root))
		return p
	}
	ps.policy(root, p)
	return p
}

// syntax reports a YAML syntax error at the line the YAML parser gives.
func (ps *parser) syntax(err error) {
	msg := err.Error()
	line := 1
	if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = msg[len(m[0]):]
		if contains(parserProblems, msg) {
			line++
		}
	} else {
		msg = strings.TrimPrefix(msg, "yaml: ")
	}
	ps.nerrs++
	ps.diags = append(ps.diags, Diagnostic{File: ps.file, Line: line, Col: 1, Code: CodeSyntax, Message: msg, Severity: SeverityError})
}

// newDefault is the policy of an empty file, apiVersion aside.
func newDefault() *Policy {
	return &Policy{
		Mode:    ModeEnforce,
		Default: ActionAllow,
		Launch:  []LaunchMode{LaunchFile},
		Path:    []string{},
		Verify: Verify{
			Extensions: []string{".py"},
			MaxSize:    1 << 20,
			Allow:      []string{"**"},
			Deny:       []string{},
			Owners:     []string{},
			Writable:   PermitRefuse,
			Noexec:     PermitRefuse,
			ExecCheck:  ExecAuto,
		},
		Rules: []Rule{},
		Log: Log{
			Events:    LogAll,
			Sinks:     []Sink{},
			OnFailure: FailDeny,
		},
		Limits: Limits{Recursion: 1000},
	}
}

// entry is a key and its value in a mapping.
type entry struct{ key, val *yaml.Node }

// fields checks that n is a mapping whose keys are all allowed and
// distinct, and returns its entries by key. where names the mapping in
// messages ("verify"); "" for the top level. A nil value node is returned
// for a key whose value is an alias the budget refused.
func (ps *parser) fields(n *yaml.Node, where string, allowed []string) map[string]entry {
	out := map[string]entry{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := ps.deref(n.Content[i]), n.Content[i+1]
		if k == nil {
			return out
		}
		if k.Kind == yaml.ScalarNode && k.ShortTag() == "!!merge" {
			ps.errorf(k, CodeUnknownKey, "%smerge keys (<<) are not supported", in(where))
			continue
		}
		if k.Kind != yaml.ScalarNode {
			ps.errorf(k, CodeWrongType, "%skeys must be plain strings, not %s", in(where), describe(k))
			continue
		}
		name := k.Value
		if prev, dup := out[name]; dup {
			ps.errorf(k, CodeSyntax, "duplicate key %q (first at line %d)", name, prev.key.Line)
			continue
		}
		if !contains(allowed, name) {
			ps.unknownKey(k, name, where, allowed)
			continue
		}
		if v = ps.deref(v); v == nil {
			return out
		}
		out[name] = entry{k, v}
	}
	return out
}

func (ps *parser) unknownKey(k *yaml.Node, name, where string, allowed []string) {
	if s := nearest(name, allowed, suggestDist(name)); s != "" {
		ps.errorf(k, CodeUnknownKey, "unknown key %q%s (did you mean %q?)", name, inSuffix(where), s)
		return
	}
	ps.errorf(k, CodeUnknownKey, "unknown key %q%s; allowed: %s", name, inSuffix(where), strings.Join(allowed, ", "))
}

func in(where string) string {
	if where == "" {
		return ""
	}
	return where + ": "
}

func inSuffix(where string) string {
	if where == "" {
		return ""
	}
	return " in " + where
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (ps *parser) policy(root *yaml.Node, p *Policy) {
	f := ps.fields(root, "", policyKeys)
	if e, ok := f["apiVersion"]; !ok {
		ps.errorf(root, CodeMissing, "missing required key \"apiVersion\"")
	} else if s, ok := ps.str(e, "apiVersion"); ok {
		if s != APIVersion {
			ps.errorf(e.val, CodeBadVersion, "apiVersion %q is not supported (want %q)", s, APIVersion)
		} else {
			p.APIVersion = s
		}
	}
	if e, ok := f["mode"]; ok {
		ps.enum(e, "mode", modes, (*string)(&p.Mode))
	}
	if e, ok := f["lock"]; ok {
		ps.boolean(e, "lock", &p.Lock)
	}
	if e, ok := f["default"]; ok {
		ps.enum(e, "default", defaults, (*string)(&p.Default))
	}
	if e, ok := f["launch"]; ok {
		if items, ok := ps.list(e, "launch"); ok {
			p.Launch = []LaunchMode{}
			for _, it := range items {
				var s string
				if ps.enum(entry{e.key, it}, "launch", launches, &s) {
					p.Launch = append(p.Launch, LaunchMode(s))
				}
			}
		}
	}
	if e, ok := f["path"]; ok {
		p.Path = ps.strings(e, "path", func(n *yaml.Node, s string) bool {
			return ps.absolute(n, "path entry", s)
		})
	}
	if e, ok := f["verify"]; ok && !isNull(e.val) {
		if m, ok := ps.mapping(e, "verify"); ok {
			ps.verify(m, &p.Verify)
		}
	}
	if e, ok := f["rules"]; ok {
		if items, ok := ps.list(e, "rules"); ok {
			ps.rules(items, p)
		}
	}
	if e, ok := f["log"]; ok && !isNull(e.val) {
		if m, ok := ps.mapping(e, "log"); ok {
			ps.log(m, &p.Log)
		}
	}
	if e, ok := f["limits"]; ok && !isNull(e.val) {
		if m, ok := ps.mapping(e, "limits"); ok {
			ps.limits(m, &p.Limits)
		}
	}
}

func (ps *parser) verify(n *yaml.Node, v *Verify) {
	f := ps.fields(n, "verify", verifyKeys)
	if e, ok := f["extensions"]; ok {
		v.Extensions = ps.strings(e, "extensions", func(n *yaml.Node, s string) bool {
			switch {
			case len(s) < 2 || s[0] != '.' || strings.ContainsAny(s[1:], "./\\"):
				ps.errorf(n, CodeBadValue, "extension %q must be a dot and a name, like \".py\"", s)
				return false
			case s == ".pyc" || s == ".pyo":
				ps.errorf(n, CodeBadValue, "extension %q is bytecode, which spython never loads", s)
				return false
			}
			return true
		})
	}
	if e, ok := f["max_size"]; ok {
		ps.size(e, "max_size", &v.MaxSize)
	}
	vglob := func(n *yaml.Node, s string) bool {
		if s == "" || !doublestar.ValidatePattern(s) {
			ps.errorf(n, CodeBadGlob, "%q is not a valid doublestar glob", s)
			return false
		}
		// The gate matches resolved, absolute paths: a relative glob
		// would never match, and a deny that never matches denies nothing.
		if !strings.HasPrefix(s, "/") && !strings.HasPrefix(s, "**") {
			ps.errorf(n, CodeRelativePath, "%q can never match: code files are matched by their absolute path (start it with / or **)", s)
			return false
		}
		return true
	}
	if e, ok := f["allow"]; ok {
		v.Allow = ps.strings(e, "allow", vglob)
	}
	if e, ok := f["deny"]; ok {
		v.Deny = ps.strings(e, "deny", vglob)
	}
	if e, ok := f["owners"]; ok {
		if items, ok := ps.list(e, "owners"); ok {
			v.Owners = []string{}
			for _, it := range items {
				if s, ok := ps.owner(it); ok {
					v.Owners = append(v.Owners, s)
				}
			}
		}
	}
	if e, ok := f["writable"]; ok {
		ps.enum(e, "writable", permits, (*string)(&v.Writable))
	}
	if e, ok := f["noexec"]; ok {
		ps.enum(e, "noexec", permits, (*string)(&v.Noexec))
	}
	if e, ok := f["exec_check"]; ok {
		ps.enum(e, "exec_check", execChecks, (*string)(&v.ExecCheck))
	}
	if e, ok := f["manifest"]; ok {
		if s, ok := ps.str(e, "manifest"); ok && (s == "" || ps.absolute(e.val, "manifest", s)) {
			v.Manifest = s
		}
	}
	if e, ok := f["key"]; ok {
		if s, ok := ps.str(e, "key"); ok && (s == "" || ps.absolute(e.val, "key", s)) {
			v.Key = s
		}
	}
	if e, ok := f["xattr"]; ok {
		ps.boolean(e, "xattr", &v.Xattr)
	}
}

// owner reads a user name or a uid.
func (ps *parser) owner(n *yaml.Node) (string, bool) {
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!int" {
		var uid int64
		if err := n.Decode(&uid); err != nil || uid < 0 || uid > math.MaxUint32-1 {
			ps.errorf(n, CodeOutOfRange, "owners: uid %s is out of range 0..%d", n.Value, uint32(math.MaxUint32-1))
			return "", false
		}
		return strconv.FormatInt(uid, 10), true
	}
	s, ok := ps.str(entry{nil, n}, "owners")
	if ok && s == "" {
		ps.errorf(n, CodeBadValue, "owners: an owner must not be empty")
		return "", false
	}
	return s, ok
}

func (ps *parser) log(n *yaml.Node, l *Log) {
	f := ps.fields(n, "log", logKeys)
	if e, ok := f["events"]; ok {
		ps.enum(e, "events", logEvents, (*string)(&l.Events))
	}
	if e, ok := f["sinks"]; ok {
		if items, ok := ps.list(e, "sinks"); ok {
			for _, it := range items {
				if m, ok := ps.mapping(entry{e.key, it}, "sinks"); ok {
					if s, ok := ps.sink(m); ok {
						l.Sinks = append(l.Sinks, s)
					}
				}
			}
		}
	}
	if e, ok := f["on_failure"]; ok {
		ps.enum(e, "on_failure", onFailures, (*string)(&l.OnFailure))
	}
}

func (ps *parser) sink(n *yaml.Node) (Sink, bool) {
	var s Sink
	errs := ps.nerrs
	f := ps.fields(n, "sink", sinkKeys)
	e, ok := f["type"]
	if !ok {
		ps.errorf(n, CodeMissing, "sink is missing required key \"type\"")
	} else {
		ps.enum(e, "type", sinkTypes, (*string)(&s.Type))
	}
	if e, ok := f["path"]; ok {
		if p, ok := ps.str(e, "path"); ok {
			switch {
			case s.Type != SinkFile && s.Type != "":
				ps.errorf(e.key, CodeBadValue, "path is only for sinks of type file, not %s", s.Type)
			case ps.absolute(e.val, "sink path", p):
				s.Path = p
			}
		}
	} else if s.Type == SinkFile {
		ps.errorf(n, CodeMissing, "sink of type file is missing required key \"path\"")
	}
	if e, ok := f["address"]; ok {
		if a, ok := ps.str(e, "address"); ok {
			switch {
			case s.Type != SinkSyslog && s.Type != "":
				ps.errorf(e.key, CodeBadValue, "address is only for sinks of type syslog, not %s", s.Type)
			case !validAddress(a):
				ps.errorf(e.val, CodeBadValue, "address %q is not host:port, udp://host:port or tcp://host:port", a)
			default:
				s.Address = a
			}
		}
	}
	return s, ps.nerrs == errs
}

func validAddress(a string) bool {
	for _, scheme := range []string{"udp://", "tcp://"} {
		a = strings.TrimPrefix(a, scheme)
	}
	host, port, err := net.SplitHostPort(a)
	if err != nil || host == "" {
		return false
	}
	n, err := strconv.Atoi(port)
	return err == nil && n > 0 && n < 65536
}

func (ps *parser) limits(n *yaml.Node, l *Limits) {
	f := ps.fields(n, "limits", limitKeys)
	if e, ok := f["timeout"]; ok {
		ps.duration(e, "timeout", &l.Timeout)
	}
	if e, ok := f["recursion"]; ok {
		var r int64
		if ps.integer(e, "recursion", &r) {
			if r < 1 || r > 100000 {
				ps.errorf(e.val, CodeOutOfRange, "recursion: %s is out of range 1..100000", e.val.Value)
			} else {
				l.Recursion = int(r)
			}
		}
	}
	if e, ok := f["memory"]; ok {
		ps.size(e, "memory", &l.Memory)
	}
}

// rules reads the rules list and checks it as a whole: unique ids, events
// and arguments that exist, rules that can match.
func (ps *parser) rules(items []*yaml.Node, p *Policy) {
	ids := map[string]int{}
	for _, it := range items {
		if it.Kind != yaml.MappingNode {
			ps.errorf(it, CodeWrongType, "a rule must be a mapping, not %s", describe(it))
			continue
		}
		r, c, ok := ps.rule(it)
		if r.ID != "" {
			if line, dup := ids[r.ID]; dup {
				ps.errorf(it, CodeDuplicateID, "duplicate rule id %q (first used at line %d)", r.ID, line)
				ok = false
			} else {
				ids[r.ID] = it.Line
			}
		}
		if ok {
			c.rule = len(p.Rules)
			p.Rules = append(p.Rules, r)
			ps.compiled = append(ps.compiled, c)
		}
	}
	ps.unreachable(p)
}

// rule reads one rule and compiles it.
func (ps *parser) rule(n *yaml.Node) (Rule, *crule, bool) {
	r := Rule{Line: n.Line, Col: n.Column}
	c := &crule{}
	errs := ps.nerrs
	f := ps.fields(n, "rule", ruleKeys)
	for _, k := range []string{"id", "event", "action"} {
		if _, ok := f[k]; !ok {
			ps.errorf(n, CodeMissing, "rule is missing required key %q", k)
		}
	}
	if e, ok := f["id"]; ok {
		if s, ok := ps.str(e, "id"); ok {
			if ruleIDRE.MatchString(s) {
				r.ID = s
			} else {
				ps.errorf(e.val, CodeBadValue, "rule id %q must match [a-z0-9][a-z0-9_.-]*", s)
			}
		}
	}
	var specs []*hooks.Spec // the registered events the pattern matches
	if e, ok := f["event"]; ok {
		if s, ok := ps.str(e, "event"); ok {
			if s == "" {
				ps.errorf(e.val, CodeBadValue, "event must not be empty")
			} else if g, err := compileGlob(s); err != nil {
				ps.errorf(e.val, CodeBadGlob, "event pattern %q %v", s, err)
			} else {
				r.Event, c.event = s, g
				specs = ps.checkEvent(e.val, s, g)
			}
		}
	}
	if e, ok := f["match"]; ok && !isNull(e.val) {
		if m, ok := ps.mapping(e, "match"); ok {
			r.Match, c.args = ps.match(m, r.Event, c.event, specs)
		}
	}
	if e, ok := f["action"]; ok {
		ps.enum(e, "action", actions, (*string)(&r.Action))
	}
	if e, ok := f["message"]; ok {
		if s, ok := ps.str(e, "message"); ok {
			r.Message = s
		}
	}
	return r, c, ps.nerrs == errs
}

// checkEvent reports an event name that is not registered, and returns
// the registered events the pattern matches.
func (ps *parser) checkEvent(n *yaml.Node, s string, g *glob) []*hooks.Spec {
	if name, ok := g.isLiteral(); ok {
		if spec, ok := hooks.Lookup(name); ok {
			return []*hooks.Spec{spec}
		}
		var names []string
		for _, spec := range hooks.All() {
			names = append(names, spec.Name)
		}
		if near := nearest(name, names, 2); near != "" {
			ps.errorf(n, CodeUnknownEvent, "%q is not an audit event (did you mean %q?)", name, near)
		} else {
			ps.notef(n, CodeCustomEvent, "%q is not an event spython raises; scripts may raise it with sys.audit", name)
		}
		return nil
	}
	var specs []*hooks.Spec
	for _, spec := range hooks.All() {
		if g.match(spec.Name) {
			specs = append(specs, spec)
		}
	}
	if len(specs) == 0 {
		ps.notef(n, CodeCustomEvent, "pattern %q matches no event spython raises; scripts may raise such events with sys.audit", s)
	}
	return specs
}

// match reads a rule's match mapping and compiles it. specs are the
// registered events the rule's pattern matches.
func (ps *parser) match(n *yaml.Node, event string, g *glob, specs []*hooks.Spec) (Match, []matchArg) {
	var m Match
	var compiled []matchArg
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := ps.deref(n.Content[i]), ps.deref(n.Content[i+1])
		if k == nil || v == nil {
			return m, compiled
		}
		if k.Kind != yaml.ScalarNode || k.ShortTag() != "!!str" {
			ps.errorf(k, CodeWrongType, "match: keys must be argument names, not %s", describe(k))
			continue
		}
		name := k.Value
		dup := false
		for _, a := range m {
			dup = dup || a.Name == name
		}
		if dup {
			ps.errorf(k, CodeSyntax, "duplicate key %q in match", name)
			continue
		}
		argName := name
		if base, _, isItem := splitItem(name); isItem {
			argName = base // NAME.N: item N of the argument NAME
		}
		argOK := g == nil || ps.checkArg(k, argName, event, g, specs)
		values, cvalues, ok := ps.matchValues(name, v)
		if ok && argOK {
			m = append(m, MatchArg{Name: name, Values: values})
			compiled = append(compiled, matchArg{name: name, values: cvalues})
		}
	}
	return m, compiled
}

// checkArg reports a match key that no event the rule names has.
func (ps *parser) checkArg(k *yaml.Node, name, event string, g *glob, specs []*hooks.Spec) bool {
	if len(specs) == 0 {
		if _, lit := g.isLiteral(); lit {
			ps.errorf(k, CodeUnknownArg, "%q is not an event spython raises, so its arguments have no names: a rule with match never matches it", event)
		} else {
			ps.errorf(k, CodeUnknownArg, "pattern %q matches no event spython raises, so there are no argument names to match: a rule with match never matches", event)
		}
		return false
	}
	var all []string
	for _, spec := range specs {
		for _, a := range spec.Args {
			if a == name {
				return true
			}
			if !contains(all, a) {
				all = append(all, a)
			}
		}
	}
	switch {
	case len(all) == 0 && len(specs) == 1:
		ps.errorf(k, CodeUnknownArg, "%q has no arguments, so it has no argument %q", event, name)
	case len(all) == 0:
		ps.errorf(k, CodeUnknownArg, "no event matching %q has arguments, so none has %q", event, name)
	case len(specs) == 1:
		if near := nearest(name, all, suggestDist(name)); near != "" {
			ps.errorf(k, CodeUnknownArg, "%q has no argument %q (did you mean %q?)", event, name, near)
		} else {
			ps.errorf(k, CodeUnknownArg, "%q has no argument %q; its arguments: %s", event, name, strings.Join(all, ", "))
		}
	default:
		ps.errorf(k, CodeUnknownArg, "no event matching %q has an argument %q; their arguments: %s", event, name, strings.Join(all, ", "))
	}
	return false
}

// matchValues reads the value of a match key: a scalar or a non-empty
// list of scalars.
func (ps *parser) matchValues(name string, v *yaml.Node) ([]any, []matchValue, bool) {
	items := []*yaml.Node{v}
	if v.Kind == yaml.SequenceNode {
		if len(v.Content) == 0 {
			ps.errorf(v, CodeBadValue, "match key %q: an empty list never matches", name)
			return nil, nil, false
		}
		items = items[:0]
		for _, it := range v.Content {
			if it = ps.deref(it); it == nil {
				return nil, nil, false
			}
			items = append(items, it)
		}
	}
	var values []any
	var compiled []matchValue
	ok := true
	for _, it := range items {
		x, c, good := ps.matchValue(name, it)
		if good {
			values = append(values, x)
			compiled = append(compiled, c)
		}
		ok = ok && good
	}
	return values, compiled, ok
}

func (ps *parser) matchValue(name string, n *yaml.Node) (any, matchValue, bool) {
	if n.Kind != yaml.ScalarNode {
		ps.errorf(n, CodeWrongType, "match key %q: expected a string, number, boolean or null (or a list of them), not %s", name, describe(n))
		return nil, matchValue{}, false
	}
	tag := n.ShortTag()
	if isString(n) {
		tag = "!!str"
	}
	switch tag {
	case "!!str":
		g, err := compileGlob(n.Value)
		if err != nil {
			ps.errorf(n, CodeBadGlob, "match key %q: pattern %q %v", name, n.Value, err)
			return nil, matchValue{}, false
		}
		return n.Value, matchValue{kind: valGlob, glob: *g}, true
	case "!!int":
		var i int64
		if err := n.Decode(&i); err != nil {
			ps.errorf(n, CodeOutOfRange, "match key %q: %s does not fit in 64 bits", name, n.Value)
			return nil, matchValue{}, false
		}
		return i, matchValue{kind: valInt, i: i}, true
	case "!!float":
		var f float64
		if err := n.Decode(&f); err != nil {
			ps.errorf(n, CodeWrongType, "match key %q: %q is not a number", name, n.Value)
			return nil, matchValue{}, false
		}
		if math.IsNaN(f) {
			ps.errorf(n, CodeBadValue, "match key %q: NaN never equals anything", name)
			return nil, matchValue{}, false
		}
		return f, matchValue{kind: valFloat, f: f}, true
	case "!!bool":
		var b bool
		if err := n.Decode(&b); err != nil {
			ps.errorf(n, CodeWrongType, "match key %q: %q is not a boolean", name, n.Value)
			return nil, matchValue{}, false
		}
		return b, matchValue{kind: valBool, b: b}, true
	case "!!null":
		return nil, matchValue{kind: valNull}, true
	}
	ps.errorf(n, CodeWrongType, "match key %q: expected a string, number, boolean or null, not %s", name, describe(n))
	return nil, matchValue{}, false
}

// unreachable reports rules that an earlier rule, with no match and an
// event pattern that covers theirs, always wins over.
func (ps *parser) unreachable(p *Policy) {
	exact := map[string]int{} // event name -> first unconditional exact rule
	var globs []int           // unconditional glob rules
	for i, c := range ps.compiled {
		if c.event == nil {
			continue
		}
		r := &p.Rules[i]
		if name, ok := c.event.isLiteral(); ok {
			if j, seen := exact[name]; seen {
				ps.unreachableBy(r, &p.Rules[j])
				continue
			}
		}
		shadowed := false
		for _, j := range globs {
			if covers(ps.compiled[j].event, c.event) {
				ps.unreachableBy(r, &p.Rules[j])
				shadowed = true
				break
			}
		}
		if shadowed || len(c.args) > 0 {
			continue
		}
		if name, ok := c.event.isLiteral(); ok {
			exact[name] = i
		} else {
			globs = append(globs, i)
		}
	}
}

func (ps *parser) unreachableBy(r, by *Rule) {
	ps.nerrs++
	ps.diags = append(ps.diags, Diagnostic{
		File: ps.file, Line: r.Line, Col: r.Col, Code: CodeUnreachable, Severity: SeverityError,
		Message: fmt.Sprintf("rule %q can never match: rule %q (line %d) matches every %q event first", r.ID, by.ID, by.Line, r.Event),
	})
}

// The typed readers. Each reports what is wrong with the value and
// returns false; the target keeps its default.

func (ps *parser) str(e entry, key string) (string, bool) {
	n := e.val
	if !isString(n) {
		ps.errorf(n, CodeWrongType, "%s: expected a string, not %s", key, describe(n))
		return "", false
	}
	return n.Value, true
}

func (ps *parser) enum(e entry, key string, allowed []string, out *string) bool {
	s, ok := ps.str(e, key)
	if !ok {
		return false
	}
	if !contains(allowed, s) {
		ps.errorf(e.val, CodeBadValue, "%s: %q is not one of %s", key, s, strings.Join(allowed, ", "))
		return false
	}
	*out = s
	return true
}

func (ps *parser) boolean(e entry, key string, out *bool) {
	n := e.val
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!bool" {
		ps.errorf(n, CodeWrongType, "%s: expected true or false, not %s", key, describe(n))
		return
	}
	if err := n.Decode(out); err != nil {
		ps.errorf(n, CodeWrongType, "%s: expected true or false, not %s", key, describe(n))
	}
}

func (ps *parser) integer(e entry, key string, out *int64) bool {
	n := e.val
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!int" {
		ps.errorf(n, CodeWrongType, "%s: expected an integer, not %s", key, describe(n))
		return false
	}
	if err := n.Decode(out); err != nil {
		ps.errorf(n, CodeOutOfRange, "%s: %s does not fit in 64 bits", key, n.Value)
		return false
	}
	return true
}

func (ps *parser) size(e entry, key string, out *Size) {
	n := e.val
	if n.Kind == yaml.ScalarNode {
		switch n.ShortTag() {
		case "!!int":
			var i int64
			if err := n.Decode(&i); err != nil {
				ps.errorf(n, CodeOutOfRange, "%s: %s does not fit in 64 bits", key, n.Value)
			} else if i < 0 {
				ps.errorf(n, CodeOutOfRange, "%s: %s is negative", key, n.Value)
			} else {
				*out = Size(i)
			}
			return
		case "!!str", "!!float":
			s, err := ParseSize(n.Value)
			switch {
			case errors.Is(err, errSizeRange):
				ps.errorf(n, CodeOutOfRange, "%s: %s", key, err)
			case err != nil:
				ps.errorf(n, CodeBadSize, "%s: %s", key, err)
			default:
				*out = s
			}
			return
		}
	}
	ps.errorf(n, CodeWrongType, "%s: expected a size such as 1MiB, not %s", key, describe(n))
}

func (ps *parser) duration(e entry, key string, out *Duration) {
	n := e.val
	if n.Kind == yaml.ScalarNode {
		switch n.ShortTag() {
		case "!!int", "!!float":
			if n.Value == "0" {
				*out = 0
			} else {
				ps.errorf(n, CodeBadDuration, "%s: %s has no unit (use a Go duration such as 30s, 5m, 1h30m)", key, n.Value)
			}
			return
		case "!!str":
			d, err := time.ParseDuration(n.Value)
			switch {
			case err != nil:
				ps.errorf(n, CodeBadDuration, "%s: %q is not a duration (use a Go duration such as 30s, 5m, 1h30m)", key, n.Value)
			case d < 0:
				ps.errorf(n, CodeOutOfRange, "%s: %s is negative", key, n.Value)
			default:
				*out = Duration(d)
			}
			return
		}
	}
	ps.errorf(n, CodeWrongType, "%s: expected a duration such as 30s, not %s", key, describe(n))
}

// list returns the items of a sequence, aliases resolved; null is an
// absent list.
func (ps *parser) list(e entry, key string) ([]*yaml.Node, bool) {
	n := e.val
	if isNull(n) {
		return nil, false
	}
	if n.Kind != yaml.SequenceNode {
		ps.errorf(n, CodeWrongType, "%s: expected a list, not %s", key, describe(n))
		return nil, false
	}
	out := make([]*yaml.Node, 0, len(n.Content))
	for _, it := range n.Content {
		if it = ps.deref(it); it == nil {
			return nil, false
		}
		out = append(out, it)
	}
	return out, true
}

// strings reads a list of strings, keeping those check accepts; null
// or a bad list keeps the default (nil).
func (ps *parser) strings(e entry, key string, check func(*yaml.Node, string) bool) []string {
	items, ok := ps.list(e, key)
	if !ok {
		return nil
	}
	out := []string{}
	for _, it := range items {
		if s, ok := ps.str(entry{e.key, it}, key); ok && check(it, s) {
			out = append(out, s)
		}
	}
	return out
}

func (ps *parser) mapping(e entry, key string) (*yaml.Node, bool) {
	if e.val.Kind != yaml.MappingNode {
		ps.errorf(e.val, CodeWrongType, "%s: expected a mapping, not %s", key, describe(e.val))
		return nil, false
	}
	return e.val, true
}

func (ps *parser) absolute(n *yaml.Node, what, s string) bool {
	if !filepath.IsAbs(s) {
		ps.errorf(n, CodeRelativePath, "%s %q is not an absolute path", what, s)
		return false
	}
	return true
}

// isString reports whether n is a string. A plain date (2024-01-31) is
// one too: YAML 1.1 would make it a timestamp, which nothing here wants.
func isString(n *yaml.Node) bool {
	if n.Kind != yaml.ScalarNode {
		return false
	}
	tag := n.ShortTag()
	return tag == "!!str" || tag == "!!timestamp" && n.Style&yaml.TaggedStyle == 0
}

func isNull(n *yaml.Node) bool {
	return n != nil && n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

// describe names a node's kind for messages: "a mapping", "the string
// \"x\"", "the integer 5".
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		switch n.ShortTag() {
		case "!!str":
			return fmt.Sprintf("the string %q", n.Value)
		case "!!int":
			return "the integer " + n.Value
		case "!!float":
			return "the number " + n.Value
		case "!!bool":
			return "the boolean " + n.Value
		case "!!null":
			return "null"
		}
		return fmt.Sprintf("a value tagged %s", n.Tag)
	}
	return "an unexpected YAML node"
}
