package policy

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/spython/spython/hooks"
)

// A suggested policy is learned from audit logs: default deny, and one
// allow rule for each kind of operation the logged runs performed, its
// arguments generalised as little as makes the policy usable. See
// "Learning a policy" in docs/policy.md for the rules of generalisation.

// folderMin is how many distinct files of one folder an event (and, for
// open, a mode) must have been seen with before its rule allows the whole
// folder.
const folderMin = 3

// maxWarnings bounds the warnings a suggestion lists.
const maxWarnings = 20

// AuditRecord is one record of a JSON-lines audit log (docs/logging.md),
// as a [Suggester] reads it.
type AuditRecord struct {
	// Log and Line say where the record was read.
	Log  string
	Line int
	// Event is the event's name.
	Event string
	// Args are the record's arguments by name, as encoding/json decodes
	// them with UseNumber: string, json.Number, bool, nil, []any or
	// map[string]any.
	Args map[string]any
	// ScriptRaised is true when the script raised the event itself with
	// sys.audit.
	ScriptRaised bool
	// Decision is the record's decision: allow, log, deny or would-deny.
	Decision string
}

// Suggester learns a least-privilege policy from audit records: feed it
// logs with [Suggester.ReadLog] (or records with [Suggester.Add]), then ask
// for the policy with [Suggester.Suggest]. The same records, in any order,
// give the same policy, byte for byte.
type Suggester struct {
	seen    map[string]*seenEvent
	records int
	logs    map[string]bool
}

// seenEvent is one distinct event (name, arguments and whether the script
// raised it) and how often it was seen.
type seenEvent struct {
	key    string
	rec    AuditRecord // the first record of it
	count  int
	script int // how many of them the script raised itself
	logs   map[string]bool
}

// Suggestion is a policy learned from audit logs.
type Suggestion struct {
	// YAML is the policy file, with a comment above each rule saying what
	// it was learned from.
	YAML []byte
	// Policy is YAML, parsed.
	Policy *Policy
	// Records is how many audit records it was learned from.
	Records int
	// Warnings are the events left out of the policy (its arguments
	// cannot be matched by any rule) and other things a reviewer should
	// know; each is also a comment at the top of YAML.
	Warnings []string
}

// NewSuggester returns a Suggester that has seen no records.
func NewSuggester() *Suggester {
	return &Suggester{seen: map[string]*seenEvent{}, logs: map[string]bool{}}
}

// ReadLog reads the JSON-lines audit log r; name is what comments and
// errors call it. Blank lines are skipped; any other line that is not an
// audit record of format 1 is an error naming the line.
func (s *Suggester) ReadLog(name string, r io.Reader) error {
	br := bufio.NewReader(r)
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(b)) > 0 {
			rec, perr := parseRecord(b)
			if perr != nil {
				if err == io.EOF && !bytes.HasSuffix(b, []byte("\n")) {
					perr = fmt.Errorf("%w (the last line has no newline: cut short?)", perr)
				}
				return fmt.Errorf("%s:%d: not a spython audit record: %w", name, line, perr)
			}
			rec.Log, rec.Line = name, line
			s.Add(rec)
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
}

func parseRecord(line []byte) (AuditRecord, error) {
	var raw struct {
		V            *int           `json:"v"`
		Event        *string        `json:"event"`
		Args         map[string]any `json:"args"`
		ScriptRaised bool           `json:"script_raised"`
		Decision     string         `json:"decision"`
	}
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	if err := dec.Decode(&raw); err != nil {
		return AuditRecord{}, err
	}
	if dec.More() {
		return AuditRecord{}, errors.New("more than one JSON value on the line")
	}
	switch {
	case raw.V == nil:
		return AuditRecord{}, errors.New(`no "v"`)
	case *raw.V != 1:
		return AuditRecord{}, fmt.Errorf("record format v=%d is not supported (want 1)", *raw.V)
	case raw.Event == nil:
		return AuditRecord{}, errors.New(`no "event"`)
	}
	if raw.Args == nil {
		raw.Args = map[string]any{}
	}
	return AuditRecord{Event: *raw.Event, Args: raw.Args, ScriptRaised: raw.ScriptRaised, Decision: raw.Decision}, nil
}

// Add adds one record.
func (s *Suggester) Add(rec AuditRecord) {
	s.records++
	s.logs[rec.Log] = true
	args, _ := json.Marshal(rec.Args) // map keys sorted: a canonical form
	key := rec.Event + "\x00" + strconv.FormatBool(rec.ScriptRaised) + "\x00" + string(args)
	e := s.seen[key]
	if e == nil {
		e = &seenEvent{key: key, rec: rec, logs: map[string]bool{}}
		s.seen[key] = e
	}
	if rec.Log < e.rec.Log || rec.Log == e.rec.Log && rec.Line < e.rec.Line {
		// The first in log order, whatever order the logs are read in:
		// warnings name it.
		e.rec = rec
	}
	e.count++
	if rec.ScriptRaised {
		e.script++
	}
	e.logs[rec.Log] = true
}

// learnKind is how the rules of one event are learned.
type learnKind int

const (
	// learnName: one rule, by name, no match.
	learnName learnKind = iota
	// learnUnknown: an event registered after this learner was written:
	// by name, with a comment asking for review.
	learnUnknown
	// learnCode: compile and exec, by name, with a comment.
	learnCode
	// learnList: one rule, the argument one of the values seen.
	learnList
	// learnExact: one rule per value seen, never generalised.
	learnExact
	// learnPath: one rule per path, or per folder when enough of its
	// files were seen.
	learnPath
)

// learner says how the rules of one event are learned, and from which
// arguments. The other arguments are not matched.
type learner struct {
	kind learnKind
	// key is the argument matched.
	key string
	// mode is an argument kept as seen alongside the path (open's mode).
	mode string
	// bytes: the key's value is bytes, logged in the bytes form
	// (docs/logging.md) when spython raised the event.
	bytes bool
	// clean: spython made the paths absolute and clean, with no ..
	// segment, so that folder rules need no guard.
	clean bool
	// what names the values in comments.
	what string
}

// learnerFor returns how events of spec are learned.
func learnerFor(spec *hooks.Spec) learner {
	switch spec {
	case hooks.RunFile:
		return learner{kind: learnPath, key: "filename", clean: true, what: "scripts"}
	case hooks.RunCommand:
		return learner{kind: learnExact, key: "command"}
	case hooks.RunModule:
		return learner{kind: learnList, key: "module-name"}
	case hooks.Import:
		return learner{kind: learnList, key: "module"}
	case hooks.Compile, hooks.Exec:
		return learner{kind: learnCode}
	case hooks.Verify:
		return learner{kind: learnPath, key: "path", clean: true, what: "code files"}
	case hooks.Open:
		return learner{kind: learnPath, key: "path", mode: "mode", what: "files"}
	case hooks.OSSystem:
		return learner{kind: learnExact, key: "command", bytes: true}
	case hooks.OSChdir, hooks.OSListdir, hooks.OSMkdir, hooks.OSRemove, hooks.OSRmdir:
		return learner{kind: learnPath, key: "path", what: "paths"}
	case hooks.OSPutenv, hooks.OSUnsetenv:
		return learner{kind: learnList, key: "key"}
	case hooks.OSScandir, hooks.OSChmod, hooks.OSChown, hooks.OSUtime, hooks.ShutilRmtree:
		return learner{kind: learnPath, key: "path", what: "paths"}
	case hooks.OSWalk:
		return learner{kind: learnPath, key: "top", what: "paths"}
	case hooks.OSTruncate:
		return learner{kind: learnPath, key: "fd", what: "paths"}
	case hooks.OSRename, hooks.OSSymlink, hooks.OSLink, hooks.ShutilCopyfile, hooks.ShutilCopymode,
		hooks.ShutilCopystat, hooks.ShutilCopytree, hooks.ShutilMove:
		// What these write is their destination.
		return learner{kind: learnPath, key: "dst", what: "destinations"}
	case hooks.OSKill, hooks.SocketNew, hooks.SocketBind, hooks.SocketConnect, hooks.SocketSendto,
		hooks.SocketGethostname, hooks.SocketGethostbyaddr, hooks.SocketGetnameinfo:
		return learner{kind: learnName}
	case hooks.SubprocessPopen:
		return learner{kind: learnExact, key: "executable"}
	case hooks.SocketGetaddrinfo:
		return learner{kind: learnList, key: "host"}
	case hooks.SocketGethostbyname:
		return learner{kind: learnList, key: "hostname"}
	case hooks.GlobGlob, hooks.GlobGlob2:
		return learner{kind: learnPath, key: "pathname", what: "patterns"}
	case hooks.TempfileMkstemp, hooks.TempfileMkdtemp:
		return learner{kind: learnPath, key: "fullpath", clean: true, what: "paths"}
	case hooks.ObjectSetattr, hooks.ObjectDelattr, hooks.ObjectGetattr:
		return learner{kind: learnList, key: "name"}
	case hooks.RunStdin, hooks.RunInteractiveHook, hooks.TimeSleep, hooks.BuiltinsInput,
		hooks.BuiltinsInputResult, hooks.SysAddaudithook, hooks.SysGetframe:
		return learner{kind: learnName}
	}
	return learner{kind: learnUnknown}
}

// lval is a match value learned from a logged argument.
type lval struct {
	vals   []any  // the match values: one, or two (str and bytes readings)
	key    string // canonical form, to group and sort by
	str    string // the logged string, when it is one and was not cut
	isStr  bool
	cut    bool // the log cut the string: vals match its prefix
	approx bool // characters the log lost are matched by ?
	either bool // matched both as str and as bytes
}

// cutRE is how the log ends a string it cut.
var cutRE = regexp.MustCompile(`…\[\+[0-9]+ bytes\]$`)

// learnValue turns a logged argument into match values. asBytes: the
// argument is bytes in the log's bytes form. either: it may be str or
// bytes (a path), the log does not say which. False when no rule can
// match the value (a list, a mapping).
func learnValue(raw any, asBytes, either bool) (lval, bool) {
	switch v := raw.(type) {
	case nil:
		return lval{vals: []any{nil}, key: "3"}, true
	case bool:
		return lval{vals: []any{v}, key: "2" + strconv.FormatBool(v)}, true
	case json.Number:
		if i, err := strconv.ParseInt(string(v), 10, 64); err == nil {
			return lval{vals: []any{i}, key: "1" + string(v)}, true
		}
		f, err := strconv.ParseFloat(string(v), 64)
		if err != nil {
			return lval{}, false
		}
		return lval{vals: []any{f}, key: "1" + string(v)}, true
	case string:
		l := lval{isStr: true}
		s := v
		if m := cutRE.FindStringIndex(s); m != nil {
			s, l.cut = s[:m[0]], true
		} else {
			l.str = v
		}
		var p string
		if asBytes {
			p, l.approx = globEscape(decodeBytesText(s), false)
		} else {
			p, l.approx = globEscape(s, true)
		}
		l.vals = []any{p}
		if either && !asBytes && strings.Contains(s, `\`) {
			if b := decodeBytesText(s); b != s {
				p2, approx := globEscape(b, false)
				l.vals, l.either, l.approx = append(l.vals, p2), true, l.approx || approx
			}
		}
		if l.cut {
			for i := range l.vals {
				l.vals[i] = l.vals[i].(string) + "*"
			}
		}
		l.key = "0" + p
		return l, true
	}
	return lval{}, false
}

// globEscape writes s as a rule glob that matches it: the glob
// characters escaped, each byte that is not UTF-8 as ? (a policy is YAML,
// which cannot hold it). lossy: U+FFFD stands for such a byte, which the
// log replaced, and is ? too. approx reports a ?.
func globEscape(s string, lossy bool) (glob string, approx bool) {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && (n == 1 || lossy):
			b.WriteByte('?')
			approx = true
		case r == '\\' || r == '*' || r == '?' || r == '[':
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String(), approx
}

// decodeBytesText undoes the log's bytes form: \xNN is the byte NN, \\ a
// backslash.
func decodeBytesText(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\\' && i+1 < len(s) {
			if s[i+1] == '\\' {
				b = append(b, '\\')
				i++
				continue
			}
			if s[i+1] == 'x' && i+3 < len(s) {
				if x, err := strconv.ParseUint(s[i+2:i+4], 16, 8); err == nil {
					b = append(b, byte(x))
					i += 3
					continue
				}
			}
		}
		b = append(b, c)
	}
	return string(b)
}

// srule is a rule of the suggestion, before it has its id.
type srule struct {
	event   string
	match   Match
	action  Action
	message string
	// idPrefix is "allow-EVENT"; idFixed, when set, ends the id instead
	// of a number.
	idPrefix string
	idFixed  string
	comment  []string
	id       string
}

// builder holds what Suggest works with.
type builder struct {
	s        *Suggester
	warnings []string
	skipped  map[*seenEvent]bool // events no rule could be learned for
	// temps are the paths tempfile made: path -> the folder it was made
	// in; tempDirs are those of mkdtemp, whose contents are random too.
	temps    map[string]string
	tempDirs map[string]bool
}

// Suggest returns the least-privilege policy for the records read: mode
// enforce, default deny, the launch modes seen, and rules that allow the
// events seen. Its verify and log sections are base's (nil: the
// defaults). The policy is checked before it is returned: it parses, and
// it allows every event learned.
func (s *Suggester) Suggest(base *Policy) (*Suggestion, error) {
	if s.records == 0 {
		return nil, errors.New("no audit records to learn from")
	}
	baseName := ""
	if base == nil {
		base = newDefault()
	} else {
		baseName = base.Source
	}
	b := &builder{s: s, skipped: map[*seenEvent]bool{}, temps: map[string]string{}, tempDirs: map[string]bool{}}

	all := make([]*seenEvent, 0, len(s.seen))
	for _, e := range s.seen {
		all = append(all, e)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].key < all[j].key })

	groups := map[string][]*seenEvent{}
	var custom []*seenEvent
	launch := map[LaunchMode]bool{}
	for _, e := range all {
		spec, ok := hooks.Lookup(e.rec.Event)
		switch {
		case e.rec.Event == "":
			b.skip(e, "an event with no name, which no rule can name")
			continue
		case !ok:
			custom = append(custom, e)
			continue
		}
		groups[spec.Name] = append(groups[spec.Name], e)
		if mode, ok := launchEvents[spec.Name]; ok && e.count > e.script {
			launch[mode] = true
		}
		// Only spython's own tempfile events: a script's sys.audit must
		// not make a folder of its choice "temporary".
		if (spec == hooks.TempfileMkstemp || spec == hooks.TempfileMkdtemp) && e.script == 0 {
			if p, ok := e.rec.Args["fullpath"].(string); ok && !cutRE.MatchString(p) {
				if i := strings.LastIndexByte(p, '/'); i > 0 {
					b.temps[p] = p[:i]
					if spec == hooks.TempfileMkdtemp {
						b.tempDirs[p] = true
					}
				}
			}
		}
	}

	names := make([]string, 0, len(groups))
	for name := range groups {
		names = append(names, name)
	}
	sort.Strings(names)
	var rules []srule
	for _, name := range names {
		spec, _ := hooks.Lookup(name)
		rules = append(rules, b.learn(spec, groups[name])...)
	}
	customRules := b.customRules(custom)
	if len(customRules) > 0 {
		customRules[0].comment = append([]string{
			"Events spython does not raise: raised by the scripts with sys.audit",
			"(or by another version of spython). They are allowed by name only: such",
			"events have no argument names to match.",
			"",
		}, customRules[0].comment...)
		rules = append(rules, customRules...)
	}
	assignIDs(rules)

	var modes []LaunchMode
	for _, m := range []LaunchMode{LaunchFile, LaunchCommand, LaunchModule, LaunchStdin, LaunchInteractive} {
		if launch[m] {
			modes = append(modes, m)
		}
	}
	if len(modes) == 0 {
		b.warnings = append([]string{"no launch event (cpython.run_file, run_command, ...) in the logs, so no launch mode is allowed: were they written with log.events: all?"}, b.warnings...)
	}

	if n := len(b.warnings); n > maxWarnings {
		b.warnings = append(b.warnings[:maxWarnings-1], fmt.Sprintf("and %d more warnings like these", n-maxWarnings+1))
	}
	out, err := b.encode(rules, modes, base, baseName)
	if err != nil {
		return nil, err
	}
	p, err := Parse("suggested policy", out)
	if err != nil {
		return nil, fmt.Errorf("policy suggest: the suggested policy does not parse (a bug):\n%w", err)
	}
	// The property that matters: every event learned is allowed.
	for _, e := range all {
		if b.skipped[e] {
			continue
		}
		if d := p.Decide(recordEvent(e.rec)); d.Action != ActionAllow {
			return nil, fmt.Errorf("policy suggest: the suggested policy does not allow %s (%s:%d) (a bug)", e.rec.Event, e.rec.Log, e.rec.Line)
		}
	}
	return &Suggestion{YAML: out, Policy: p, Records: s.records, Warnings: b.warnings}, nil
}

// skip leaves e out of the policy, and says why.
func (b *builder) skip(e *seenEvent, why string) {
	b.skipped[e] = true
	b.warnings = append(b.warnings, fmt.Sprintf("not learned: %s at %s:%d (seen %s): %s; it stays denied",
		commentValue(e.rec.Event), e.rec.Log, e.rec.Line, times(e.count), why))
}

// learn returns the rules for the events of spec.
func (b *builder) learn(spec *hooks.Spec, events []*seenEvent) []srule {
	l := learnerFor(spec)
	base := srule{event: spec.Name, action: ActionAllow, idPrefix: "allow-" + idPart(spec.Name)}
	if launchEvents[spec.Name] != "" {
		for _, e := range events {
			if e.script > 0 && e.count == e.script {
				b.warnings = append(b.warnings, fmt.Sprintf("%s at %s:%d was raised by the script with sys.audit: its launch mode is not added to launch, so it stays denied in enforce mode",
					spec.Name, e.rec.Log, e.rec.Line))
			}
		}
	}
	switch l.kind {
	case learnName, learnUnknown, learnCode:
		r := base
		r.comment = append([]string{seenLine(events, "")}, scriptNote(events)...)
		switch l.kind {
		case learnUnknown:
			r.comment = append(r.comment, "policy suggest does not know which arguments of this event to match: it is allowed by name. Review it.")
		case learnCode:
			r.comment = append(r.comment, codeComment(spec, events)...)
		}
		return []srule{r}
	case learnList:
		return b.listRules(base, l, events)
	case learnExact:
		return b.exactRules(base, l, events)
	}
	return b.pathRules(base, l, events)
}

// codeComment says why compile and exec are allowed without a match.
func codeComment(spec *hooks.Spec, events []*seenEvent) []string {
	lines := []string{
		"Allowed without a match: the code of files (the scripts, their modules) is",
		"checked by the verify section before it is compiled. This also allows",
		"compile(), exec() and eval() of strings the scripts build.",
	}
	if spec != hooks.Compile {
		return lines
	}
	files := map[string]bool{}
	for _, e := range events {
		if f, ok := e.rec.Args["filename"].(string); ok {
			files[f] = true
		}
	}
	if len(files) > 0 {
		lines = append(lines, "Filenames seen: "+listValues(sortedKeys(files), 5)+".")
	}
	return lines
}

// value returns the learned value of e's argument name, or skips e.
func (b *builder) value(e *seenEvent, name string, l learner) (lval, bool) {
	raw, ok := e.rec.Args[name]
	if !ok {
		b.skip(e, fmt.Sprintf("it has no argument %q", name))
		return lval{}, false
	}
	asBytes := l.bytes && name == l.key && e.script == 0
	v, ok := learnValue(raw, asBytes, l.kind == learnPath && name == l.key)
	if !ok {
		b.skip(e, fmt.Sprintf("its argument %q is a list or an object, which no rule can match", name))
	}
	return v, ok
}

func (b *builder) listRules(r srule, l learner, events []*seenEvent) []srule {
	vals := map[string]lval{}
	var used []*seenEvent
	var notes noteSet
	for _, e := range events {
		v, ok := b.value(e, l.key, l)
		if !ok {
			continue
		}
		vals[v.key] = v
		used = append(used, e)
		notes.add(v)
	}
	if len(used) == 0 {
		return nil
	}
	var list []any
	for _, k := range sortedKeys(vals) {
		list = append(list, vals[k].vals...)
	}
	r.match = Match{{Name: l.key, Values: list}}
	r.comment = append(append([]string{seenLine(used, "")}, scriptNote(used)...), notes.lines()...)
	return []srule{r}
}

func (b *builder) exactRules(base srule, l learner, events []*seenEvent) []srule {
	type exact struct {
		v      lval
		events []*seenEvent
	}
	byKey := map[string]*exact{}
	for _, e := range events {
		v, ok := b.value(e, l.key, l)
		if !ok {
			continue
		}
		x := byKey[v.key]
		if x == nil {
			x = &exact{v: v}
			byKey[v.key] = x
		}
		x.events = append(x.events, e)
	}
	var rules []srule
	for _, k := range sortedKeys(byKey) {
		x := byKey[k]
		r := base
		r.match = Match{{Name: l.key, Values: x.v.vals}}
		var notes noteSet
		notes.add(x.v)
		r.comment = append(append([]string{seenLine(x.events, "")}, scriptNote(x.events)...), notes.lines()...)
		rules = append(rules, r)
	}
	return rules
}

// pathUse is one path seen with an event, and the modes it was seen with.
type pathUse struct {
	v     lval
	modes map[string]*modeUse
	// folder is where the path may be generalised to ("" when it may
	// not); temp when it must be (a random name).
	folder string
	temp   bool
}

type modeUse struct {
	v      lval
	events []*seenEvent
}

func (b *builder) pathRules(base srule, l learner, events []*seenEvent) []srule {
	paths := map[string]*pathUse{}
	modeVals := map[string]lval{}
	for _, e := range events {
		v, ok := b.value(e, l.key, l)
		if !ok {
			continue
		}
		var m lval
		if l.mode != "" {
			if m, ok = b.value(e, l.mode, l); !ok {
				continue
			}
		}
		p := paths[v.key]
		if p == nil {
			p = &pathUse{v: v, modes: map[string]*modeUse{}}
			p.folder, p.temp = b.folderOf(v)
			paths[v.key] = p
		}
		mu := p.modes[m.key]
		if mu == nil {
			mu = &modeUse{v: m}
			p.modes[m.key] = mu
			modeVals[m.key] = m
		}
		mu.events = append(mu.events, e)
	}
	pathKeys := sortedKeys(paths)

	// The folders each mode is generalised to: those with folderMin
	// distinct files, and those of random names.
	folders := map[string]map[string]bool{} // mode -> folder -> true
	for mk := range modeVals {
		count := map[string]int{}
		for _, pk := range pathKeys {
			p := paths[pk]
			if p.modes[mk] == nil || p.folder == "" {
				continue
			}
			count[p.folder]++
			if p.temp {
				count[p.folder] = folderMin
			}
		}
		set := map[string]bool{}
		for d, n := range count {
			if n >= folderMin {
				set[d] = true
			}
		}
		// A folder inside another one of the set is covered by it.
		var inner []string
		for d := range set {
			if ancestorIn(d, set) != "" {
				inner = append(inner, d)
			}
		}
		for _, d := range inner {
			delete(set, d)
		}
		folders[mk] = set
	}
	// The folder rule of mode mk that covers p, if any. A path with a ..
	// segment is never covered: the guard would deny it.
	coveredBy := func(p *pathUse, mk string) string {
		if !p.v.isStr || p.v.cut || hasDotDot(p.v.str) {
			return ""
		}
		return ancestorIn(p.v.str, folders[mk])
	}

	var exactRules, folderRules []srule
	type folderUse struct {
		modes  map[string]bool
		events []*seenEvent
		files  map[string]bool
		temp   bool
	}
	byFolder := map[string]*folderUse{}
	for _, pk := range pathKeys {
		p := paths[pk]
		var modes []string
		var used []*seenEvent
		for _, mk := range sortedKeys(p.modes) {
			mu := p.modes[mk]
			if d := coveredBy(p, mk); d != "" {
				f := byFolder[d]
				if f == nil {
					f = &folderUse{modes: map[string]bool{}, files: map[string]bool{}}
					byFolder[d] = f
				}
				f.modes[mk] = true
				f.events = append(f.events, mu.events...)
				f.files[p.v.str[len(d)+1:]] = true
				f.temp = f.temp || p.temp
				continue
			}
			modes = append(modes, mk)
			used = append(used, mu.events...)
		}
		if len(modes) == 0 {
			continue
		}
		r := base
		r.match = Match{{Name: l.key, Values: p.v.vals}}
		if l.mode != "" {
			r.match = append(r.match, MatchArg{Name: l.mode, Values: modeValues(modes, modeVals)})
		}
		var notes noteSet
		notes.add(p.v)
		r.comment = append(append([]string{seenLine(used, "")}, scriptNote(used)...), notes.lines()...)
		exactRules = append(exactRules, r)
	}
	for _, d := range sortedKeys(byFolder) {
		f := byFolder[d]
		glob, _ := globEscape(d, false)
		r := base
		r.match = Match{{Name: l.key, Values: []any{glob + "/*"}}}
		if l.mode != "" {
			r.match = append(r.match, MatchArg{Name: l.mode, Values: modeValues(sortedKeys(f.modes), modeVals)})
		}
		what := l.what
		if what == "" {
			what = "paths"
		}
		files := sortedKeys(f.files)
		r.comment = []string{
			seenLine(f.events, fmt.Sprintf("%s in %s: %s", count(len(files), what), commentValue(d), listValues(files, 5))),
		}
		r.comment = append(r.comment, scriptNote(f.events)...)
		if f.temp {
			r.comment = append(r.comment, "tempfile makes random names, which the next run will not repeat: the folder is allowed.")
		}
		r.comment = append(r.comment, "The folder glob also matches what is in its subfolders (* matches /).")
		folderRules = append(folderRules, r)
	}
	if len(folderRules) == 0 || l.clean {
		return append(exactRules, folderRules...)
	}
	// A folder glob matches the path as the script wrote it: without the
	// guard, DIR/* would match DIR/../../etc/passwd.
	guard := srule{
		event:    base.event,
		match:    Match{{Name: l.key, Values: []any{"*/../*", "*/.."}}},
		action:   ActionDeny,
		message:  "a path with a .. segment is not allowed by the learned folder rules",
		idPrefix: "deny-" + idPart(base.event),
		idFixed:  "dotdot",
		comment: []string{
			"The folder rules below match paths as the scripts write them: without this",
			"rule DIR/* would also match DIR/../../etc/passwd. The exact paths above",
			"are allowed even with a .. segment.",
		},
	}
	return append(append(exactRules, guard), folderRules...)
}

// folderOf returns the folder a path may be generalised to, "" when it
// may not: a path that is not a plain string, has a .. segment or a
// backslash, or whose folder is /, a top-level folder (/etc, /tmp: too
// wide) or the current folder. temp: the path came from tempfile (or is
// in a folder mkdtemp made), whose names are random, and is generalised
// to the folder tempfile was asked for, even a top-level one.
func (b *builder) folderOf(v lval) (folder string, temp bool) {
	if !v.isStr || v.cut || v.approx || v.either || strings.Contains(v.str, `\`) || hasDotDot(v.str) {
		return "", false
	}
	dir := v.str
	// A path tempfile made, or one in a folder mkdtemp made: the folder
	// tempfile made it in (out of any temporary folder that is in).
	for dir != "" {
		if d, ok := b.temps[dir]; ok {
			dir, temp = d, true
		} else if t := ancestorIn(dir, b.tempDirs); t != "" {
			dir, temp = b.temps[t], true
		} else {
			break
		}
	}
	if !temp {
		i := strings.LastIndexByte(dir, '/')
		if i < 0 {
			return "", false
		}
		dir = dir[:i]
	}
	depth := 0
	for _, part := range strings.Split(dir, "/") {
		if part != "" && part != "." {
			depth++
		}
	}
	need := 1
	if strings.HasPrefix(dir, "/") && !temp {
		need = 2
	}
	if depth < need {
		return "", false
	}
	return dir, temp
}

// ancestorIn returns the folder of set that path is in, at any depth:
// the folders set holds are never inside one another.
func ancestorIn(path string, set map[string]bool) string {
	for i := strings.LastIndexByte(path, '/'); i > 0; i = strings.LastIndexByte(path[:i], '/') {
		if set[path[:i]] {
			return path[:i]
		}
	}
	return ""
}

func hasDotDot(p string) bool {
	for _, part := range strings.Split(p, "/") {
		if part == ".." {
			return true
		}
	}
	return false
}

func modeValues(keys []string, vals map[string]lval) []any {
	var out []any
	for _, k := range keys {
		out = append(out, vals[k].vals...)
	}
	return out
}

// customRules allows the events spython does not register, each by its
// exact name.
func (b *builder) customRules(events []*seenEvent) []srule {
	var names []string
	for _, spec := range hooks.All() {
		names = append(names, spec.Name)
	}
	// By pattern: names the log cut to the same first bytes are one
	// pattern, and one rule.
	byPattern := map[string][]*seenEvent{}
	values := map[string]lval{}
	for _, e := range events {
		name := e.rec.Event
		v, _ := learnValue(name, false, false)
		pattern := v.vals[0].(string)
		if !v.cut && !v.approx && nearest(name, names, 2) != "" {
			// A literal name this close to one spython raises is taken
			// for a typo (unknown_event): the same name as a class.
			pattern = classPattern(name)
		}
		byPattern[pattern] = append(byPattern[pattern], e)
		values[pattern] = v
	}
	var rules []srule
	for _, pattern := range sortedKeys(byPattern) {
		evs := byPattern[pattern]
		v, name := values[pattern], evs[0].rec.Event
		script := 0
		for _, e := range evs {
			script += e.script
		}
		r := srule{event: pattern, action: ActionAllow, idPrefix: "allow-" + idPart(name)}
		r.comment = []string{seenLine(evs, "")}
		switch {
		case script == 0:
			r.comment = append(r.comment, "Not an event this spython raises, nor raised by the script: logged by another version?")
		case script < countOf(evs):
			r.comment = append(r.comment, fmt.Sprintf("%d of them raised by the scripts with sys.audit.", script))
		}
		var notes noteSet
		notes.add(v)
		r.comment = append(r.comment, notes.lines()...)
		rules = append(rules, r)
	}
	return rules
}

// classPattern writes name as a glob that matches only name, with its
// last letter or digit as a one-character class: "os.syte[m]".
func classPattern(name string) string {
	for i := len(name) - 1; i >= 0; i-- {
		c := name[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			pre, _ := globEscape(name[:i], true)
			post, _ := globEscape(name[i+1:], true)
			return pre + "[" + string(c) + "]" + post
		}
	}
	g, _ := globEscape(name, true)
	return g
}

// idPart is an event name as it may be written in a rule id.
func idPart(name string) string {
	var b strings.Builder
	dash := false
	for i := 0; i < len(name) && b.Len() < 48; i++ {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '_' || c == '.' {
			b.WriteByte(c)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	s := strings.TrimRight(b.String(), "-")
	if s == "" {
		return "event"
	}
	return s
}

// assignIDs gives each rule a unique id: PREFIX-1, PREFIX-2, ... in file
// order, or PREFIX-FIXED.
func assignIDs(rules []srule) {
	used := map[string]bool{}
	next := map[string]int{}
	for i := range rules {
		r := &rules[i]
		if r.idFixed != "" {
			id := r.idPrefix + "-" + r.idFixed
			for n := 2; used[id]; n++ {
				id = fmt.Sprintf("%s-%s-%d", r.idPrefix, r.idFixed, n)
			}
			r.id = id
		} else {
			for {
				next[r.idPrefix]++
				if id := fmt.Sprintf("%s-%d", r.idPrefix, next[r.idPrefix]); !used[id] {
					r.id = id
					break
				}
			}
		}
		used[r.id] = true
	}
}

// noteSet collects what a reviewer should know about the values of a
// rule.
type noteSet struct{ cut, approx, either bool }

func (n *noteSet) add(v lval) {
	n.cut = n.cut || v.cut
	n.approx = n.approx || v.approx
	n.either = n.either || v.either
}

func (n *noteSet) lines() []string {
	var out []string
	if n.cut {
		out = append(out, "The log cut a value to its first 1024 bytes: the rule matches what starts with them (the * at its end).")
	}
	if n.approx {
		out = append(out, "Bytes that are not UTF-8, which a policy cannot hold, are each matched by ?.")
	}
	if n.either {
		out = append(out, "The log does not say whether a path with a backslash was str or bytes: it is matched both ways.")
	}
	return out
}

// seenLine is the first comment line of a rule: how often its events
// were seen, in which logs, and extra.
func seenLine(events []*seenEvent, extra string) string {
	logs := map[string]bool{}
	n, script := 0, 0
	for _, e := range events {
		n += e.count
		script += e.script
		for l := range e.logs {
			logs[l] = true
		}
	}
	s := "seen " + times(n) + " in " + listValues(sortedKeys(logs), 3)
	if script > 0 {
		s += fmt.Sprintf(" (%d raised by the scripts with sys.audit)", script)
	}
	if extra != "" {
		s += "; " + extra
	}
	return s
}

func countOf(events []*seenEvent) int {
	n := 0
	for _, e := range events {
		n += e.count
	}
	return n
}

// count writes "1 file", "3 files" (plural ends in s).
func count(n int, plural string) string {
	if n == 1 {
		return "1 " + strings.TrimSuffix(plural, "s")
	}
	return strconv.Itoa(n) + " " + plural
}

// scriptNote warns, for a rule learned from events a script raised with
// sys.audit under a name spython raises, that the rule allows the
// operation itself as well.
func scriptNote(events []*seenEvent) []string {
	for _, e := range events {
		if e.script > 0 {
			return []string{"A rule cannot tell an event a script raised with sys.audit from the operation", "itself: this one allows the operation too."}
		}
	}
	return nil
}

func times(n int) string {
	switch n {
	case 1:
		return "once"
	case 2:
		return "twice"
	}
	return strconv.Itoa(n) + " times"
}

// listValues lists values for a comment, at most max of them.
func listValues(values []string, max int) string {
	var parts []string
	for i, v := range values {
		if i == max {
			parts = append(parts, fmt.Sprintf("and %d more", len(values)-max))
			break
		}
		parts = append(parts, commentValue(v))
	}
	return strings.Join(parts, ", ")
}

// commentValue writes a value for a comment: as it is when it is plain
// printable text, quoted with escapes otherwise (a line break would end
// the comment), and cut to 80 characters.
func commentValue(v string) string {
	if utf8.RuneCountInString(v) > 80 {
		n := 0
		for i := range v {
			if n == 79 {
				v = v[:i] + "…"
				break
			}
			n++
		}
	}
	q := strconv.QuoteToGraphic(v)
	if q[1:len(q)-1] == v && v != "" && strings.TrimSpace(v) == v && !strings.Contains(v, ", ") {
		return v
	}
	return q
}

// commentText makes s safe on a comment line: characters that are not
// graphic (a line break would end the comment) are written as escapes.
func commentText(s string) string {
	for _, r := range s {
		if !unicode.IsGraphic(r) {
			return strconv.QuoteToGraphic(s)
		}
	}
	return s
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// encode writes the policy as YAML, with comments.
func (b *builder) encode(rules []srule, modes []LaunchMode, base *Policy, baseName string) ([]byte, error) {
	str := func(v string) *yaml.Node {
		n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v}
		quoteStrings(n)
		return n
	}
	comment := func(lines ...string) string {
		var out []string
		for _, l := range lines {
			if l == "" {
				out = append(out, "")
			} else {
				out = append(out, "# "+l)
			}
		}
		return strings.Join(out, "\n")
	}
	root := &yaml.Node{Kind: yaml.MappingNode}
	add := func(key string, val *yaml.Node, head ...string) {
		k := str(key)
		k.HeadComment = comment(head...)
		root.Content = append(root.Content, k, val)
	}

	logNames := sortedKeys(b.s.logs)
	header := []string{
		fmt.Sprintf("Learned by spython policy suggest from %d audit records in %s.", b.s.records, listValues(logNames, 3)),
		"It allows what the logged runs did and denies everything else. Review each",
		"rule before using it: the comment above it says what it was learned from.",
	}
	for _, w := range b.warnings {
		header = append(header, "Warning: "+commentText(w))
	}
	add("apiVersion", str(APIVersion), header...)
	add("mode", str(string(ModeEnforce)))
	add("default", str(string(ActionDeny)))
	launch := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
	for _, m := range modes {
		launch.Content = append(launch.Content, str(string(m)))
	}
	add("launch", launch, "The launch modes the logged runs used.")

	from := "spython's defaults."
	if baseName != "" {
		from = "Copied from " + commentValue(baseName) + "."
	}
	verify, err := toNode(reflect.ValueOf(base.Verify))
	if err != nil {
		return nil, err
	}
	add("verify", verify, from)

	seq := &yaml.Node{Kind: yaml.SequenceNode}
	for _, r := range rules {
		n := &yaml.Node{Kind: yaml.MappingNode, HeadComment: comment(r.comment...)}
		n.Content = append(n.Content, str("id"), str(r.id), str("event"), str(r.event))
		if len(r.match) > 0 {
			m, err := r.match.MarshalYAML()
			if err != nil {
				return nil, err
			}
			mn := m.(*yaml.Node)
			quoteStrings(mn)
			n.Content = append(n.Content, str("match"), mn)
		}
		n.Content = append(n.Content, str("action"), str(string(r.action)))
		if r.message != "" {
			n.Content = append(n.Content, str("message"), str(r.message))
		}
		seq.Content = append(seq.Content, n)
	}
	if len(rules) == 0 {
		seq.Style = yaml.FlowStyle
	}
	add("rules", seq, "Grouped by event, in alphabetical order.")

	logNode, err := toNode(reflect.ValueOf(base.Log))
	if err != nil {
		return nil, err
	}
	add("log", logNode, from)

	var out bytes.Buffer
	enc := yaml.NewEncoder(&out)
	enc.SetIndent(2)
	if err := enc.Encode(&yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{root}}); err != nil {
		return nil, fmt.Errorf("encoding the suggested policy: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("encoding the suggested policy: %w", err)
	}
	return out.Bytes(), nil
}

// recordEvent is the event a record describes: its arguments in the
// order of the event's spec (by position for an event spython does not
// register), as Go values; os.system's command as bytes.
func recordEvent(rec AuditRecord) *hooks.Event {
	spec, ok := hooks.Lookup(rec.Event)
	var args []any
	if ok {
		for _, name := range spec.Args {
			v, ok := rec.Args[name]
			if !ok {
				break
			}
			if spec == hooks.OSSystem && name == "command" && !rec.ScriptRaised {
				if s, ok := v.(string); ok {
					args = append(args, []byte(decodeBytesText(s)))
					continue
				}
			}
			args = append(args, goValue(v))
		}
	} else {
		spec = nil
		for i := 0; ; i++ {
			v, ok := rec.Args[strconv.Itoa(i)]
			if !ok {
				break
			}
			args = append(args, goValue(v))
		}
	}
	e := &hooks.Event{}
	e.Reset(spec, rec.Event, rec.ScriptRaised, hooks.Values(args))
	return e
}

// goValue converts a decoded JSON value to the Go value an event holds.
func goValue(v any) any {
	switch x := v.(type) {
	case json.Number:
		if i, err := strconv.ParseInt(string(x), 10, 64); err == nil {
			return i
		}
		f, _ := strconv.ParseFloat(string(x), 64)
		return f
	case []any:
		out := make([]any, len(x))
		for i := range x {
			out[i] = goValue(x[i])
		}
		return out
	case map[string]any:
		return hooks.Opaque{Type: "dict", Text: fmt.Sprint(x)}
	}
	return v
}
