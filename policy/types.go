package policy

import (
	"fmt"
	"math"
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// APIVersion is the only apiVersion this package reads.
const APIVersion = "spython/v1"

// Policy is a parsed policy file. Make one with [Parse], [Load] or
// [Default]: they validate it and build the index [Policy.Decide] uses. A
// Policy must not be changed once made; it is safe for concurrent use.
type Policy struct {
	APIVersion string       `yaml:"apiVersion"`
	Mode       Mode         `yaml:"mode"`
	Lock       bool         `yaml:"lock"`
	Default    Action       `yaml:"default"`
	Launch     []LaunchMode `yaml:"launch"`
	Path       []string     `yaml:"path"`
	Verify     Verify       `yaml:"verify"`
	Rules      []Rule       `yaml:"rules"`
	Log        Log          `yaml:"log"`
	Limits     Limits       `yaml:"limits"`

	// Source is the file the policy came from: the name given to Parse,
	// the path given to Load, or "<embedded default>".
	Source string `yaml:"-"`
	// Notes are the notes Parse made about a policy it accepted (custom
	// events, for instance). They never make Parse fail.
	Notes Diagnostics `yaml:"-"`

	idx *index
}

// Verify is the verified-open gate every file loaded as code goes
// through. This package parses and validates it; the interpreter enforces
// it.
type Verify struct {
	// Extensions are the file name endings a code file may have.
	Extensions []string `yaml:"extensions"`
	// MaxSize is the largest code file, in bytes.
	MaxSize Size `yaml:"max_size"`
	// Allow are doublestar globs a code file's path must match.
	Allow []string `yaml:"allow"`
	// Deny are doublestar globs refused even when Allow matches.
	Deny []string `yaml:"deny"`
	// Owners, when not empty, are the users (names or decimal uids) one
	// of whom must own a code file.
	Owners []string `yaml:"owners"`
	// Writable says whether a code file writable by group or others is
	// refused.
	Writable Permit `yaml:"writable"`
	// Noexec says whether a code file on a noexec mount is refused.
	Noexec Permit `yaml:"noexec"`
	// ExecCheck is how the kernel's verdict on executing the file is
	// asked for.
	ExecCheck ExecCheck `yaml:"exec_check"`
	// Manifest is the absolute path of a sha256sum-format file listing the
	// code files allowed; empty: none.
	Manifest string `yaml:"manifest"`
	// Key is the absolute path of an ed25519 public key that signs the
	// manifest; empty: none.
	Key string `yaml:"key"`
	// Xattr asks for a hash kept in the file's extended attributes.
	Xattr bool `yaml:"xattr"`
}

// Rule is one entry of the rules list.
type Rule struct {
	ID string `yaml:"id"`
	// Event is an event name or a rule glob over event names.
	Event string `yaml:"event"`
	// Match holds conditions on the event's arguments, in file order; all
	// must hold.
	Match   Match  `yaml:"match,omitempty"`
	Action  Action `yaml:"action"`
	Message string `yaml:"message,omitempty"`

	// Line and Col are where the rule starts in its file.
	Line int `yaml:"-"`
	Col  int `yaml:"-"`
}

// Match is a rule's conditions on arguments, in the order of the file.
type Match []MatchArg

// MatchArg is one match key: the argument's name and the values it may
// have. A value is a string (a rule glob), int64, float64, bool or nil
// (None); the argument must equal, or match, one of them.
type MatchArg struct {
	Name   string
	Values []any
}

// MarshalYAML writes the match as a mapping in its order: one value as a
// scalar, several as a flow sequence.
func (m Match) MarshalYAML() (any, error) {
	n := &yaml.Node{Kind: yaml.MappingNode}
	for _, a := range m {
		k := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: a.Name}
		var v *yaml.Node
		if len(a.Values) == 1 {
			v = valueNode(a.Values[0])
		} else {
			v = &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
			for _, x := range a.Values {
				v.Content = append(v.Content, valueNode(x))
			}
		}
		n.Content = append(n.Content, k, v)
	}
	return n, nil
}

// valueNode is the YAML scalar for a match value, tagged so that it reads
// back as the same type (1.0 stays a float, "1" a string).
func valueNode(x any) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode}
	switch v := x.(type) {
	case nil:
		n.Tag, n.Value = "!!null", "null"
	case bool:
		n.Tag, n.Value = "!!bool", strconv.FormatBool(v)
	case int64:
		n.Tag, n.Value = "!!int", strconv.FormatInt(v, 10)
	case float64:
		n.Tag, n.Value = "!!float", formatFloat(v)
	case string:
		n.Tag, n.Value = "!!str", v
	default:
		n.Tag, n.Value = "!!str", fmt.Sprint(v)
	}
	return n
}

func formatFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		return ".nan"
	case math.IsInf(f, 1):
		return ".inf"
	case math.IsInf(f, -1):
		return "-.inf"
	}
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if !strings.ContainsAny(s, ".e") {
		s += ".0"
	}
	return s
}

// Log says what the audit log records and where it goes.
type Log struct {
	Events LogEvents `yaml:"events"`
	// Sinks are where records go; empty: the system log, chosen by the
	// launcher.
	Sinks     []Sink    `yaml:"sinks"`
	OnFailure OnFailure `yaml:"on_failure"`
}

// Sink is one destination of audit records.
type Sink struct {
	Type SinkType `yaml:"type"`
	// Path is the absolute path of a file sink.
	Path string `yaml:"path,omitempty"`
	// Address is a syslog sink's server: "host:port" (UDP),
	// "udp://host:port" or "tcp://host:port"; empty: the local syslog.
	Address string `yaml:"address,omitempty"`
}

// Limits bound what a script may use.
type Limits struct {
	// Timeout is the wall-clock limit; 0: none.
	Timeout Duration `yaml:"timeout"`
	// Recursion is the Python call depth limit, 1..100000.
	Recursion int `yaml:"recursion"`
	// Memory is the memory limit in bytes; 0: none.
	Memory Size `yaml:"memory"`
}

// Mode is enforce or audit.
type Mode string

// The modes.
const (
	// ModeEnforce blocks what the policy denies.
	ModeEnforce Mode = "enforce"
	// ModeAudit blocks nothing; denials are logged as would-be denials.
	ModeAudit Mode = "audit"
)

// Action is what a rule, or the default, decides.
type Action string

// The actions. The default may only be ActionAllow or ActionDeny.
const (
	ActionAllow Action = "allow"
	ActionDeny  Action = "deny"
	// ActionLog allows the event and marks it for the log (log.events:
	// matched records it).
	ActionLog Action = "log"
)

// LaunchMode is a way of starting spython.
type LaunchMode string

// The launch modes.
const (
	LaunchFile        LaunchMode = "file"
	LaunchCommand     LaunchMode = "command"
	LaunchModule      LaunchMode = "module"
	LaunchStdin       LaunchMode = "stdin"
	LaunchInteractive LaunchMode = "interactive"
)

// Permit is refuse or allow, for a property of code files.
type Permit string

// The permits.
const (
	PermitRefuse Permit = "refuse"
	PermitAllow  Permit = "allow"
)

// ExecCheck is how the gate asks the kernel whether a file may execute.
type ExecCheck string

// The exec checks.
const (
	ExecAuto    ExecCheck = "auto"
	ExecRequire ExecCheck = "require"
	ExecOff     ExecCheck = "off"
)

// LogEvents says which events the audit log records.
type LogEvents string

// The log event selections.
const (
	LogAll     LogEvents = "all"
	LogMatched LogEvents = "matched"
	LogDenied  LogEvents = "denied"
)

// OnFailure is what happens to an event when its record cannot be written.
type OnFailure string

// The failure policies.
const (
	FailDeny     OnFailure = "deny"
	FailContinue OnFailure = "continue"
)

// SinkType is the kind of a log sink.
type SinkType string

// The sink types.
const (
	SinkFile     SinkType = "file"
	SinkStderr   SinkType = "stderr"
	SinkSyslog   SinkType = "syslog"
	SinkJournald SinkType = "journald"
)

// The allowed values of each enum, in the order messages list them.
var (
	modes      = []string{string(ModeEnforce), string(ModeAudit)}
	defaults   = []string{string(ActionAllow), string(ActionDeny)}
	actions    = []string{string(ActionAllow), string(ActionDeny), string(ActionLog)}
	launches   = []string{string(LaunchFile), string(LaunchCommand), string(LaunchModule), string(LaunchStdin), string(LaunchInteractive)}
	permits    = []string{string(PermitRefuse), string(PermitAllow)}
	execChecks = []string{string(ExecAuto), string(ExecRequire), string(ExecOff)}
	logEvents  = []string{string(LogAll), string(LogMatched), string(LogDenied)}
	onFailures = []string{string(FailDeny), string(FailContinue)}
	sinkTypes  = []string{string(SinkFile), string(SinkStderr), string(SinkSyslog), string(SinkJournald)}
)

// Size is a number of bytes. In a policy it is an integer, or a number
// with a unit: B, KiB, MiB, GiB (powers of 1024) or KB, MB, GB (powers of
// 1000).
type Size int64

var sizeUnits = []struct {
	name string
	n    int64
}{
	{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10},
	{"GB", 1e9}, {"MB", 1e6}, {"KB", 1e3}, {"B", 1},
}

var sizeRE = regexp.MustCompile(`^([0-9]+(?:\.[0-9]+)?) ?(B|KiB|MiB|GiB|KB|MB|GB)?$`)

// ParseSize reads a size such as "1MiB", "1.5KB" or "4096".
func ParseSize(s string) (Size, error) {
	m := sizeRE.FindStringSubmatch(s)
	if m == nil {
		return 0, fmt.Errorf("%q is not a size (use bytes or a number with B, KiB, MiB, GiB, KB, MB, GB)", s)
	}
	r, ok := new(big.Rat).SetString(m[1])
	if !ok {
		return 0, fmt.Errorf("%q is not a size", s)
	}
	unit := int64(1)
	for _, u := range sizeUnits {
		if u.name == m[2] {
			unit = u.n
		}
	}
	r.Mul(r, new(big.Rat).SetInt64(unit))
	if !r.IsInt() {
		return 0, fmt.Errorf("%q is not a whole number of bytes", s)
	}
	if !r.Num().IsInt64() {
		return 0, errSizeRange
	}
	return Size(r.Num().Int64()), nil
}

var errSizeRange = fmt.Errorf("size is larger than %d bytes", int64(1<<63-1))

// String writes the size in the largest unit that divides it exactly
// ("1MiB", "1500KB"), or as bytes.
func (s Size) String() string {
	if s > 0 {
		for _, u := range sizeUnits[:6] {
			if int64(s)%u.n == 0 {
				return strconv.FormatInt(int64(s)/u.n, 10) + u.name
			}
		}
	}
	return strconv.FormatInt(int64(s), 10)
}

// MarshalYAML writes the size as [Size.String] does; bytes as an integer.
func (s Size) MarshalYAML() (any, error) {
	str := s.String()
	if _, err := strconv.ParseInt(str, 10, 64); err == nil {
		return int64(s), nil
	}
	return str, nil
}

// Duration is a length of time, written as a Go duration ("30s", "1h30m").
type Duration time.Duration

// String writes the duration as time.Duration does.
func (d Duration) String() string { return time.Duration(d).String() }

// MarshalYAML writes the duration as a string.
func (d Duration) MarshalYAML() (any, error) { return d.String(), nil }
