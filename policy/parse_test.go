package policy

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/spython/spython/configs"
)

// TestConfigs parses every shipped policy: none may have an error, or a
// note (a note in a shipped file would be a typo).
func TestConfigs(t *testing.T) {
	names, err := fs.Glob(configs.Files, "*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"audit.yaml", "ci.yaml", "default.yaml", "strict.yaml"}; !cmp.Equal(names, want) {
		t.Errorf("configs: got %v, want %v", names, want)
	}
	for _, name := range names {
		data, err := configs.Files.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		p, err := Parse(name, data)
		if err != nil {
			t.Errorf("%s:\n%v", name, err)
			continue
		}
		if len(p.Notes) > 0 {
			t.Errorf("%s: notes:\n%v", name, p.Notes)
		}
	}
}

func TestDefault(t *testing.T) {
	p := Default()
	if p.Source != DefaultSource {
		t.Errorf("Source = %q", p.Source)
	}
	if p.Mode != ModeEnforce || p.Default != ActionAllow || !cmp.Equal(p.Launch, []LaunchMode{LaunchFile}) {
		t.Errorf("default policy: mode %s, default %s, launch %v", p.Mode, p.Default, p.Launch)
	}
	if !cmp.Equal(p.Verify.Extensions, []string{".py"}) || p.Log.Events != LogAll {
		t.Errorf("default policy: extensions %v, log.events %s", p.Verify.Extensions, p.Log.Events)
	}
	for _, ev := range []string{"os.system", "sys.addaudithook"} {
		if d := p.Explain(ev, nil).Decision; d.Action != ActionDeny {
			t.Errorf("default policy: %s is %s, want deny", ev, d.Action)
		}
	}
}

// TestDefaults checks the value of every key a file leaves out.
func TestDefaults(t *testing.T) {
	p, err := Parse("p.yaml", []byte("apiVersion: spython/v1\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := &Policy{
		APIVersion: APIVersion,
		Mode:       ModeEnforce,
		Default:    ActionAllow,
		Launch:     []LaunchMode{LaunchFile},
		Path:       []string{},
		Verify: Verify{
			Extensions: []string{".py"}, MaxSize: 1 << 20, Allow: []string{"**"},
			Deny: []string{}, Owners: []string{},
			Writable: PermitRefuse, Noexec: PermitRefuse, ExecCheck: ExecAuto,
		},
		Rules:  []Rule{},
		Log:    Log{Events: LogAll, Sinks: []Sink{}, OnFailure: FailDeny},
		Limits: Limits{Recursion: 1000},
		Source: "p.yaml",
	}
	if diff := cmp.Diff(want, p, policyOpts); diff != "" {
		t.Errorf("defaults (-want +got):\n%s", diff)
	}
}

// TestValues checks that each key is read into its field.
func TestValues(t *testing.T) {
	src := `apiVersion: spython/v1
mode: audit
lock: true
default: deny
launch: [file, module]
path: [/opt/lib, /usr/share/app]
verify:
  extensions: [.py, .pyw]
  max_size: 1.5KiB
  allow: ["/opt/**"]
  deny: ["/tmp/**"]
  owners: [root, 1000]
  writable: allow
  noexec: allow
  exec_check: require
  manifest: /etc/spython/manifest
  key: /etc/spython/key.pub
  xattr: true
rules:
  - id: r1
    event: open
    match:
      path: ["/etc/*", "/root/*"]
      flags: 0
    action: log
    message: hi
log:
  events: denied
  sinks:
    - type: file
      path: /var/log/a.jsonl
    - type: syslog
      address: tcp://log:514
    - {type: stderr}
    - {type: journald}
  on_failure: continue
limits:
  timeout: 1m30s
  recursion: 50
  memory: 2GB
`
	p, err := Parse("p.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := &Policy{
		APIVersion: APIVersion, Mode: ModeAudit, Lock: true, Default: ActionDeny,
		Launch: []LaunchMode{LaunchFile, LaunchModule},
		Path:   []string{"/opt/lib", "/usr/share/app"},
		Verify: Verify{
			Extensions: []string{".py", ".pyw"}, MaxSize: 1536,
			Allow: []string{"/opt/**"}, Deny: []string{"/tmp/**"}, Owners: []string{"root", "1000"},
			Writable: PermitAllow, Noexec: PermitAllow, ExecCheck: ExecRequire,
			Manifest: "/etc/spython/manifest", Key: "/etc/spython/key.pub", Xattr: true,
		},
		Rules: []Rule{{
			ID: "r1", Event: "open",
			Match:  Match{{Name: "path", Values: []any{"/etc/*", "/root/*"}}, {Name: "flags", Values: []any{int64(0)}}},
			Action: ActionLog, Message: "hi", Line: 20, Col: 5,
		}},
		Log: Log{Events: LogDenied, OnFailure: FailContinue, Sinks: []Sink{
			{Type: SinkFile, Path: "/var/log/a.jsonl"},
			{Type: SinkSyslog, Address: "tcp://log:514"},
			{Type: SinkStderr}, {Type: SinkJournald},
		}},
		Limits: Limits{Timeout: Duration(90 * time.Second), Recursion: 50, Memory: 2e9},
		Source: "p.yaml",
	}
	if diff := cmp.Diff(want, p, policyOpts); diff != "" {
		t.Errorf("policy (-want +got):\n%s", diff)
	}
}

// TestDiagnostics checks the exact message of each diagnostic code.
func TestDiagnostics(t *testing.T) {
	const v1 = "apiVersion: spython/v1\n"
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"syntax", v1 + "mode: [enforce\n", []string{
			"p.yaml:2:1: syntax: did not find expected ',' or ']'",
		}},
		{"syntax_tab", v1 + "verify:\n\textensions: []\n", []string{
			"p.yaml:3:1: syntax: found character that cannot start any token",
		}},
		{"syntax_duplicate_key", v1 + "mode: audit\nmode: enforce\n", []string{
			`p.yaml:3:1: syntax: duplicate key "mode" (first at line 2)`,
		}},
		{"syntax_two_documents", v1 + "---\n" + v1, []string{
			"p.yaml:2:1: syntax: a policy file holds one YAML document, not several",
		}},
		{"unknown_key_suggest", v1 + "mdoe: audit\n", []string{
			`p.yaml:2:1: unknown_key: unknown key "mdoe" (did you mean "mode"?)`,
		}},
		{"unknown_key_nested", v1 + "verify:\n  max_szie: 1MiB\n", []string{
			`p.yaml:3:3: unknown_key: unknown key "max_szie" in verify (did you mean "max_size"?)`,
		}},
		{"unknown_key_list", v1 + "limits:\n  cpu: 1\n", []string{
			`p.yaml:3:3: unknown_key: unknown key "cpu" in limits; allowed: timeout, recursion, memory`,
		}},
		{"unknown_key_rule", v1 + "rules:\n  - id: a\n    event: os.system\n    action: deny\n    mesage: x\n", []string{
			`p.yaml:6:5: unknown_key: unknown key "mesage" in rule (did you mean "message"?)`,
		}},
		{"wrong_type_bool", v1 + "lock: yes\n", []string{
			`p.yaml:2:7: wrong_type: lock: expected true or false, not the string "yes"`,
		}},
		{"wrong_type_list", v1 + "launch: file\n", []string{
			`p.yaml:2:9: wrong_type: launch: expected a list, not the string "file"`,
		}},
		{"wrong_type_string", v1 + "path: [1]\n", []string{
			"p.yaml:2:8: wrong_type: path: expected a string, not the integer 1",
		}},
		{"wrong_type_mapping", v1 + "verify: [a]\n", []string{
			"p.yaml:2:9: wrong_type: verify: expected a mapping, not a list",
		}},
		{"wrong_type_date_tagged", v1 + "rules:\n  - {id: a, event: open, action: deny, message: !!timestamp 2024-01-31}\n", []string{
			"p.yaml:3:49: wrong_type: message: expected a string, not a value tagged !!timestamp",
		}},
		{"unknown_key_merge", v1 + "rules:\n  - &r {id: a, event: open, action: deny}\n  - {<<: *r, id: b}\n", []string{
			`p.yaml:4:5: missing: rule is missing required key "event"`,
			`p.yaml:4:5: missing: rule is missing required key "action"`,
			"p.yaml:4:6: unknown_key: rule: merge keys (<<) are not supported",
		}},
		{"wrong_type_root", "- a\n", []string{
			"p.yaml:1:1: wrong_type: a policy must be a mapping, not a list",
		}},
		{"wrong_type_match", v1 + "rules:\n  - {id: a, event: open, action: deny, match: {path: {x: 1}}}\n", []string{
			`p.yaml:3:54: wrong_type: match key "path": expected a string, number, boolean or null (or a list of them), not a mapping`,
		}},
		{"bad_value_enum", v1 + "mode: enforcing\n", []string{
			`p.yaml:2:7: bad_value: mode: "enforcing" is not one of enforce, audit`,
		}},
		{"bad_value_default", v1 + "default: log\n", []string{
			`p.yaml:2:10: bad_value: default: "log" is not one of allow, deny`,
		}},
		{"bad_value_launch", v1 + "launch: [file, repl]\n", []string{
			`p.yaml:2:16: bad_value: launch: "repl" is not one of file, command, module, stdin, interactive`,
		}},
		{"bad_value_id", v1 + "rules:\n  - {id: No-Shell, event: os.system, action: deny}\n", []string{
			`p.yaml:3:10: bad_value: rule id "No-Shell" must match [a-z0-9][a-z0-9_.-]*`,
		}},
		{"bad_value_extension", v1 + "verify:\n  extensions: [py, .pyc]\n", []string{
			`p.yaml:3:16: bad_value: extension "py" must be a dot and a name, like ".py"`,
			`p.yaml:3:20: bad_value: extension ".pyc" is bytecode, which spython never loads`,
		}},
		{"bad_value_empty_list", v1 + "rules:\n  - {id: a, event: open, action: deny, match: {path: []}}\n", []string{
			`p.yaml:3:54: bad_value: match key "path": an empty list never matches`,
		}},
		{"bad_value_sink", v1 + "log:\n  sinks:\n    - {type: stderr, path: /x}\n    - {type: syslog, address: localhost}\n", []string{
			"p.yaml:4:22: bad_value: path is only for sinks of type file, not stderr",
			`p.yaml:5:31: bad_value: address "localhost" is not host:port, udp://host:port or tcp://host:port`,
		}},
		{"missing_version", "mode: audit\n", []string{
			`p.yaml:1:1: missing: missing required key "apiVersion"`,
		}},
		{"missing_empty_file", "", []string{
			`p.yaml:1:1: missing: missing required key "apiVersion"`,
		}},
		{"missing_rule_keys", v1 + "rules:\n  - id: a\n", []string{
			`p.yaml:3:5: missing: rule is missing required key "event"`,
			`p.yaml:3:5: missing: rule is missing required key "action"`,
		}},
		{"missing_sink_path", v1 + "log:\n  sinks:\n    - type: file\n", []string{
			`p.yaml:4:7: missing: sink of type file is missing required key "path"`,
		}},
		{"bad_version", "apiVersion: spython/v2\n", []string{
			`p.yaml:1:13: bad_version: apiVersion "spython/v2" is not supported (want "spython/v1")`,
		}},
		{"unknown_event", v1 + "rules:\n  - id: no-shell\n    event: os.sytem\n    action: deny\n", []string{
			`p.yaml:4:12: unknown_event: "os.sytem" is not an audit event (did you mean "os.system"?)`,
		}},
		{"unknown_arg", v1 + "rules:\n  - id: a\n    event: os.system\n    match: {cmd: x}\n    action: deny\n", []string{
			`p.yaml:5:13: unknown_arg: "os.system" has no argument "cmd"; its arguments: command`,
		}},
		{"unknown_arg_suggest", v1 + "rules:\n  - id: a\n    event: open\n    match: {pth: x}\n    action: deny\n", []string{
			`p.yaml:5:13: unknown_arg: "open" has no argument "pth" (did you mean "path"?)`,
		}},
		{"unknown_arg_none", v1 + "rules:\n  - id: a\n    event: sys.addaudithook\n    match: {hook: x}\n    action: deny\n", []string{
			`p.yaml:5:13: unknown_arg: "sys.addaudithook" has no arguments, so it has no argument "hook"`,
		}},
		{"unknown_arg_glob", v1 + "rules:\n  - id: a\n    event: os.*\n    match: {flags: x}\n    action: deny\n", []string{
			`p.yaml:5:13: unknown_arg: no event matching "os.*" has an argument "flags"; their arguments: path, mode, dir_fd, uid, gid, pid, sig, src, dst, src_dir_fd, dst_dir_fd, key, value, command, fd, length, times, ns, top, topdown, onerror, followlinks`,
		}},
		{"unknown_arg_custom", v1 + "rules:\n  - id: a\n    event: myapp.login\n    match: {user: x}\n    action: deny\n", []string{
			`p.yaml:4:12: custom_event: "myapp.login" is not an event spython raises; scripts may raise it with sys.audit`,
			`p.yaml:5:13: unknown_arg: "myapp.login" is not an event spython raises, so its arguments have no names: a rule with match never matches it`,
		}},
		{"bad_glob_event", v1 + "rules:\n  - {id: a, event: \"os.[\", action: deny}\n", []string{
			`p.yaml:3:20: bad_glob: event pattern "os.[" has an unclosed character class`,
		}},
		{"bad_glob_match", v1 + "rules:\n  - {id: a, event: open, action: deny, match: {path: \"/tmp/\\\\\"}}\n", []string{
			`p.yaml:3:54: bad_glob: match key "path": pattern "/tmp/\\" ends with a lone backslash`,
		}},
		{"bad_glob_range", v1 + "rules:\n  - {id: a, event: open, action: deny, match: {path: \"[z-a]\"}}\n", []string{
			`p.yaml:3:54: bad_glob: match key "path": pattern "[z-a]" has a character range whose end is before its start`,
		}},
		{"bad_glob_verify", v1 + "verify:\n  deny: [\"/tmp/[\"]\n", []string{
			`p.yaml:3:10: bad_glob: "/tmp/[" is not a valid doublestar glob`,
		}},
		{"duplicate_id", v1 + "rules:\n  - {id: a, event: open, action: deny, match: {mode: w}}\n  - {id: a, event: os.system, action: deny}\n", []string{
			`p.yaml:4:5: duplicate_id: duplicate rule id "a" (first used at line 3)`,
		}},
		{"unreachable_same", v1 + "rules:\n  - {id: a, event: os.system, action: allow}\n  - {id: b, event: os.system, action: deny}\n", []string{
			`p.yaml:4:5: unreachable: rule "b" can never match: rule "a" (line 3) matches every "os.system" event first`,
		}},
		{"unreachable_glob", v1 + "rules:\n  - {id: a, event: \"os.*\", action: log}\n  - {id: b, event: os.system, match: {command: \"rm*\"}, action: deny}\n  - {id: c, event: \"os.re*\", action: deny}\n", []string{
			`p.yaml:4:5: unreachable: rule "b" can never match: rule "a" (line 3) matches every "os.system" event first`,
			`p.yaml:5:5: unreachable: rule "c" can never match: rule "a" (line 3) matches every "os.re*" event first`,
		}},
		{"unreachable_star", v1 + "rules:\n  - {id: a, event: \"*\", action: log}\n  - {id: b, event: \"myapp.*\", action: deny}\n", []string{
			`p.yaml:4:5: unreachable: rule "b" can never match: rule "a" (line 3) matches every "myapp.*" event first`,
			`p.yaml:4:20: custom_event: pattern "myapp.*" matches no event spython raises; scripts may raise such events with sys.audit`,
		}},
		{"relative_path", v1 + "path: [lib]\nverify:\n  manifest: m.txt\n  key: k.pub\nlog:\n  sinks: [{type: file, path: audit.log}]\n", []string{
			`p.yaml:2:8: relative_path: path entry "lib" is not an absolute path`,
			`p.yaml:4:13: relative_path: manifest "m.txt" is not an absolute path`,
			`p.yaml:5:8: relative_path: key "k.pub" is not an absolute path`,
			`p.yaml:7:30: relative_path: sink path "audit.log" is not an absolute path`,
		}},
		{"bad_size", v1 + "verify:\n  max_size: 1MB5\nlimits:\n  memory: 1.5B\n", []string{
			`p.yaml:3:13: bad_size: max_size: "1MB5" is not a size (use bytes or a number with B, KiB, MiB, GiB, KB, MB, GB)`,
			`p.yaml:5:11: bad_size: memory: "1.5B" is not a whole number of bytes`,
		}},
		{"bad_duration", v1 + "limits:\n  timeout: 10\n", []string{
			"p.yaml:3:12: bad_duration: timeout: 10 has no unit (use a Go duration such as 30s, 5m, 1h30m)",
		}},
		{"bad_duration_string", v1 + "limits:\n  timeout: 10 minutes\n", []string{
			`p.yaml:3:12: bad_duration: timeout: "10 minutes" is not a duration (use a Go duration such as 30s, 5m, 1h30m)`,
		}},
		{"out_of_range", v1 + "limits:\n  recursion: 0\n  timeout: -1s\n  memory: 9999999999GiB\n", []string{
			"p.yaml:3:14: out_of_range: recursion: 0 is out of range 1..100000",
			"p.yaml:4:12: out_of_range: timeout: -1s is negative",
			"p.yaml:5:11: out_of_range: memory: size is larger than 9223372036854775807 bytes",
		}},
		{"out_of_range_uid", v1 + "verify:\n  owners: [-1]\n", []string{
			"p.yaml:3:12: out_of_range: owners: uid -1 is out of range 0..4294967294",
		}},
		{"many_at_once", "apiVersion: spython/v1\nmode: strict\nlock: 1\nrules:\n  - id: x\n    event: os.sytem\n    action: block\n", []string{
			`p.yaml:2:7: bad_value: mode: "strict" is not one of enforce, audit`,
			"p.yaml:3:7: wrong_type: lock: expected true or false, not the integer 1",
			`p.yaml:6:12: unknown_event: "os.sytem" is not an audit event (did you mean "os.system"?)`,
			`p.yaml:7:13: bad_value: action: "block" is not one of allow, deny, log`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("p.yaml", []byte(tt.src))
			var ds Diagnostics
			if !errors.As(err, &ds) {
				t.Fatalf("Parse: got %v, want Diagnostics", err)
			}
			got := strings.Split(ds.Error(), "\n")
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s", diff)
			}
		})
	}
}

// TestNotes checks that notes do not make Parse fail, and are kept.
func TestNotes(t *testing.T) {
	src := "apiVersion: spython/v1\nrules:\n  - id: a\n    event: myapp.login\n    action: deny\n"
	p, err := Parse("p.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := Diagnostics{{
		File: "p.yaml", Line: 4, Col: 12, Code: CodeCustomEvent, Severity: SeverityNote,
		Message: `"myapp.login" is not an event spython raises; scripts may raise it with sys.audit`,
	}}
	if diff := cmp.Diff(want, p.Notes); diff != "" {
		t.Errorf("notes (-want +got):\n%s", diff)
	}
	// With an error too, the notes come with the errors.
	_, err = Parse("p.yaml", []byte(src+"mode: x\n"))
	var ds Diagnostics
	if !errors.As(err, &ds) || len(ds.Notes()) != 1 || len(ds.Errors()) != 1 {
		t.Errorf("got %v, want one note and one error", err)
	}
}

// TestAliases checks that anchors and aliases work, and that a file whose
// aliases expand beyond the budget is refused rather than walked.
func TestAliases(t *testing.T) {
	src := `apiVersion: spython/v1
path: &dirs [/opt/a, /opt/b]
rules:
  - &r {id: a, event: open, match: {path: ["/x/*", "/y/*"]}, action: deny}
  - {id: b, event: open, match: {path: *dirs}, action: deny}
`
	p, err := Parse("p.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if got := p.Rules[1].Match[0].Values; !cmp.Equal(got, []any{"/opt/a", "/opt/b"}) {
		t.Errorf("aliased match values: %v", got)
	}
	// A few kilobytes whose aliases expand to 200 rules of 200 match keys
	// of 200 values each: 8 million values. Parse stops at its budget.
	var b strings.Builder
	b.WriteString("apiVersion: spython/v1\nrules:\n  - &r {id: a, event: open, action: deny, match: {k0: &l [")
	for i := range 200 {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("v")
	}
	b.WriteString("]")
	for i := 1; i < 200; i++ {
		fmt.Fprintf(&b, ", k%d: *l", i)
	}
	b.WriteString("}}\n")
	for range 199 {
		b.WriteString("  - *r\n")
	}
	start := time.Now()
	_, err = Parse("p.yaml", []byte(b.String()))
	var ds Diagnostics
	if !errors.As(err, &ds) {
		t.Fatalf("alias bomb: got %v", err)
	}
	found := false
	for _, d := range ds {
		found = found || d.Code == CodeOutOfRange && strings.Contains(d.Message, "too many aliases")
	}
	if !found {
		t.Errorf("alias bomb: no out_of_range diagnostic among %d", len(ds))
	}
	if el := time.Since(start); el > 10*time.Second {
		t.Errorf("alias bomb took %v", el)
	}
}
