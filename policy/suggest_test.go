package policy

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/spython/spython/hooks"
)

// jobLog is the audit log of a real run, in audit mode, of a job that
// lists and reads the four files of /srv/app/data, reads config.txt,
// writes out/result.txt, sets an environment variable, makes and removes a
// temporary file, sleeps, runs "echo done" and raises its own event. (The
// run was in /tmp/sgapp, renamed /srv/app here.)
const jobLog = `{"v":1,"ts":"2026-11-27T10:37:06.716121Z","seq":1,"event":"cpython.run_file","args":{"filename":"/srv/app/job.py"},"decision":"allow","rule":"","mode":"audit","pid":10849,"uid":0,"host":"vm","script":"/srv/app/job.py","prev":""}
{"v":1,"ts":"2026-11-27T10:37:06.716136Z","seq":2,"event":"open","args":{"path":"/srv/app/job.py","mode":"r","flags":524288},"decision":"allow","rule":"","mode":"audit","pid":10849,"uid":0,"host":"vm","script":"/srv/app/job.py","prev":"b29e1057220a4bdebfdd2eeaa9f24437568fc9f2374063d5f84b17e7b769304c"}
{"v":1,"ts":"2026-11-27T10:37:06.716283Z","seq":3,"event":"spython.verify","args":{"path":"/srv/app/job.py","sha256":"cd3f7b6c77b23358b3706f74d5a08e76d5fe9beda27d59f024f0c4ee7b568a12","verdict":"ok","reason":""},"decision":"allow","rule":"","mode":"audit","pid":10849,"uid":0,"host":"vm","script":"/srv/app/job.py","prev":"38ec28ae067bda6857b826d9dcb6f00a236d7c790ea776f09cebc7928e13df60"}
{"v":1,"ts":"2026-11-27T10:37:06.716285Z","seq":4,"event":"compile","args":{"source":null,"filename":"/srv/app/job.py"},"decision":"allow","rule":"","mode":"audit","pid":10849,"uid":0,"host":"vm","script":"/srv/app/job.py","prev":"9dc9c4decf2c2a1070cfa19ed6ffb95784888e00b8a53da7b931431e50b5184a"}
{"v":1,"ts":"2026-11-27T10:37:06.716826Z","seq":5,"event":"exec","args":{"code_object":"<code object <module>, file \"/srv/app/job.py\", line 1>"},"decision":"allow","rule":"","mode":"audit","pid":10849,"uid":0,"host":"vm","script":"/srv/app/job.py","prev":"43684273951a78b99f0920ff1e4f4aa254ec4abed261c3a90fbb02012cb7ee23"}
{"v":1,"ts":"2026-11-27T10:37:06.716872Z","seq":6,"event":"import","args":{"module":"os","filename":null,"sys.path":["/srv/app"],"sys.meta_path":[],"sys.path_hooks":[]},"decision":"allow","rule":"","mode":"audit","pid":10849,"uid":0,"host":"vm","script":"/srv/app/job.py","prev":"e51049ce3738c0b2dd8c0b8e6e53f84bfc8da6d4107cdb2ed563a6d90a8f3da7"}
{"v":1,"ts":"2026-11-27T10:37:06.716885Z","seq":7,"event":"import","args":{"module":"time","filename":null,"sys.path":["/srv/app"],"sys.meta_path":[],"sys.path_hooks":[]},"decision":"allow","rule":"","mode":"audit","pid":10849,"uid":0,"host":"vm","script":"/srv/app/job.py","prev":"c77170b621d5d8a48e6fb562c3fc73534f645409f1e58b4d4d1b38b2b6f4ccc3"}
{"v":1,"ts":"2026-11-27T10:37:06.716891Z","seq":8,"event":"import","args":{"module":"tempfile","filename":null,"sys.path":["/srv/app"],"sys.meta_path":[],"sys.path_hooks":[]},"decision":"allow","rule":"","mode":"audit","pid":10849,"uid":0,"host":"vm","script":"/srv/app/job.py","prev":"ca4925c2d23ead650c6bcd49b08efe530d837758bf6b4564f9f23fbd207574dd"}
{"v":1,"ts":"2026-11-27T10:37:06.716898Z","seq":9,"event":"os.listdir","args":{"path":"/srv/app/data"},"decision":"allow","rule":"","mode":"audit","pid":10849,"uid":0,"host":"vm","script":"/srv/app/job.py","prev":"6fe87e271a67fb6205193ba08b4e33232b5f929130cd4d141094cb631abc4381"}
{"v":1,"ts":"2026-11-27T10:37:06.716971Z","seq":10,"event":"open","args":{"path":"/srv/app/data/a.csv","mode":"r","flags":524288},"decision":"allow","rule":"","mode":"audit","pid":10849,"uid":0,"host":"vm","script":"/srv/app/job.py","prev":"81e0f50429c834ac850485fda2c3233c8803014b4503aee87d80a117f3c0ae57"}
{"v":1,"ts":"2026-11-27T10:37:06.716994Z","seq":11,"event":"open","args":{"path":"/srv/app/data/b.csv","mode":"r","flags":524288},"decision":"allow","rule":"","mode":"audit","pid":10849,"uid":0,"host":"vm","script":"/srv/app/job.py","prev":"19dfa054ae0354b7771ac4e57bdc9afdc927b0e2839aef7555bc4c79e8191c68"}
{"v":1,"ts":"2026-11-27T10:37:06.717007Z","seq":12,"event":"open","args":{"path":"/srv/app/data/c.csv","mode":"r","flags":524288},"decision":"allow","rule":"","mode":"audit","pid":10849,"uid":0,"host":"vm","script":"/srv/app/job.py","prev":"cac187cdcea51c1f037c405ea6b0c5a9fd11d20045909b7d792aaffb75a0eca1"}
{"v":1,"ts":"2026-11-27T10:37:06.717018Z","seq":13,"event":"open","args":{"path":"/srv/app/data/d.csv","mode":"r","flags":524288},"decision":"allow","rule":"","mode":"audit","pid":10849,"uid":0,"host":"vm","script":"/srv/app/job.py","prev":"3d5e6e0fc549ba9048e0377243a1c3b1ba1775b8271a96d6296f304db1ac9164"}
{"v":1,"ts":"2026-11-27T10:37:06.717058Z","seq":14,"event":"open","args":{"path":"config.txt","mode":"r","flags":524288},"decision":"allow","rule":"","mode":"audit","pid":10849,"uid":0,"host":"vm","script":"/srv/app/job.py","prev":"d94ed60f993da523eaa8f0d198f5e6531b681948734e499fcf23c2e477ee9be2"}
{"v":1,"ts":"2026-11-27T10:37:06.717065Z","seq":15,"event":"os.putenv","args":{"key":"JOB_MODE","value":"batch"},"decision":"allow","rule":"","mode":"audit","pid":10849,"uid":0,"host":"vm","script":"/srv/app/job.py","prev":"9d2715412f42c78c3237d070a84836721b12ca19296867e47a13b484996266d8"}
{"v":1,"ts":"2026-11-27T10:37:06.717099Z","seq":16,"event":"tempfile.mkstemp","args":{"fullpath":"/tmp/tmpsxo18xm7"},"decision":"allow","rule":"","mode":"audit","pid":10849,"uid":0,"host":"vm","script":"/srv/app/job.py","prev":"036384a8a898463a555220899ba4a8c650b52bb6edd0bd953f25da0c0f62fbd2"}
{"v":1,"ts":"2026-11-27T10:37:06.717100Z","seq":17,"event":"open","args":{"path":"/tmp/tmpsxo18xm7","mode":null,"flags":524482},"decision":"allow","rule":"","mode":"audit","pid":10849,"uid":0,"host":"vm","script":"/srv/app/job.py","prev":"f318e252c1aa9497065258b8af863aa048d2d6be1eef7bd00535a59a125e4140"}
{"v":1,"ts":"2026-11-27T10:37:06.717175Z","seq":18,"event":"os.remove","args":{"path":"/tmp/tmpsxo18xm7","dir_fd":null},"decision":"allow","rule":"","mode":"audit","pid":10849,"uid":0,"host":"vm","script":"/srv/app/job.py","prev":"c7839754e33da16183e485e5b26559fc4cc6fe6865582a95a3ebdc2edf44641c"}
{"v":1,"ts":"2026-11-27T10:37:06.717195Z","seq":19,"event":"open","args":{"path":"out/result.txt","mode":"w","flags":524865},"decision":"allow","rule":"","mode":"audit","pid":10849,"uid":0,"host":"vm","script":"/srv/app/job.py","prev":"ae1ab620beb5f4f23bf26e0776c728c07016dbea4f6e89e85fb3b0bf31b0ddb6"}
{"v":1,"ts":"2026-11-27T10:37:06.717271Z","seq":20,"event":"time.sleep","args":{"secs":0},"decision":"allow","rule":"","mode":"audit","pid":10849,"uid":0,"host":"vm","script":"/srv/app/job.py","prev":"960e109fe517ad669fa54aa3dd17a36caf4427ed255ca47c66679ca19f19edf7"}
{"v":1,"ts":"2026-11-27T10:37:06.717277Z","seq":21,"event":"os.system","args":{"command":"echo done"},"decision":"allow","rule":"","mode":"audit","pid":10849,"uid":0,"host":"vm","script":"/srv/app/job.py","prev":"d8c8ac1b62c1ad1e40465c515a89a0eb1d6fcb9787895454b1ecda2b76ff4a7e"}
{"v":1,"ts":"2026-11-27T10:37:06.718335Z","seq":22,"event":"job.finished","args":{"0":8},"script_raised":true,"decision":"allow","rule":"","mode":"audit","pid":10849,"uid":0,"host":"vm","script":"/srv/app/job.py","prev":"f690e91e06e24f37d615194b5925872f5c250e3f01b52c784e64cc5bbd55d289"}
`

// suggestFrom learns a policy from logs (name, text), and checks that it
// parses.
func suggestFrom(t *testing.T, base *Policy, logs ...string) (*Suggestion, *Policy) {
	t.Helper()
	s := NewSuggester()
	for i := 0; i+1 < len(logs); i += 2 {
		if err := s.ReadLog(logs[i], strings.NewReader(logs[i+1])); err != nil {
			t.Fatal(err)
		}
	}
	sug, err := s.Suggest(base)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Parse("suggested.yaml", sug.YAML)
	if err != nil {
		t.Fatalf("the suggestion does not parse:\n%v\n%s", err, sug.YAML)
	}
	return sug, p
}

// logEvent builds, with hooks.NewEvent, the event a log line records: the
// arguments in the order of the event's spec, os.system's command as
// bytes (the log's bytes form undone). An event spython does not register
// gets its arguments by position, as a script's sys.audit gives them.
func logEvent(t *testing.T, line string) *hooks.Event {
	t.Helper()
	var rec struct {
		Event        string         `json:"event"`
		Args         map[string]any `json:"args"`
		ScriptRaised bool           `json:"script_raised"`
	}
	dec := json.NewDecoder(strings.NewReader(line))
	dec.UseNumber()
	if err := dec.Decode(&rec); err != nil {
		t.Fatalf("%s: %v", line, err)
	}
	spec, ok := hooks.Lookup(rec.Event)
	if !ok {
		var args []any
		for i := 0; ; i++ {
			v, ok := rec.Args[strconv.Itoa(i)]
			if !ok {
				break
			}
			args = append(args, jsonToGo(v))
		}
		e := &hooks.Event{}
		e.Reset(nil, rec.Event, true, hooks.Values(args))
		return e
	}
	var args []any
	for _, name := range spec.Args {
		v, ok := rec.Args[name]
		if !ok {
			break
		}
		if spec == hooks.OSSystem && !rec.ScriptRaised {
			args = append(args, logBytes(t, v.(string)))
			continue
		}
		args = append(args, jsonToGo(v))
	}
	return hooks.NewEvent(spec, args...)
}

func jsonToGo(v any) any {
	switch x := v.(type) {
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return i
		}
		f, _ := x.Float64()
		return f
	case []any:
		for i := range x {
			x[i] = jsonToGo(x[i])
		}
	}
	return v
}

// logBytes undoes the log's bytes form: \\ is a backslash, \xNN a byte.
func logBytes(t *testing.T, s string) []byte {
	var b []byte
	for i := 0; i < len(s); i++ {
		switch {
		case strings.HasPrefix(s[i:], `\\`):
			b = append(b, '\\')
			i++
		case strings.HasPrefix(s[i:], `\x`):
			n, err := strconv.ParseUint(s[i+2:i+4], 16, 8)
			if err != nil {
				t.Fatalf("bad bytes form %q", s)
			}
			b = append(b, byte(n))
			i += 3
		default:
			b = append(b, s[i])
		}
	}
	return b
}

func lines(log string) []string {
	return strings.Split(strings.TrimSpace(log), "\n")
}

// The property that matters: in enforce mode, the suggested policy allows
// every event the log recorded, with its recorded arguments, and denies
// what the job never did.
func TestSuggestAllowsWhatWasSeenAndNothingElse(t *testing.T) {
	sug, p := suggestFrom(t, nil, "audit.jsonl", jobLog)
	if p.Mode != ModeEnforce || p.Default != ActionDeny {
		t.Fatalf("mode %s, default %s; want enforce, deny", p.Mode, p.Default)
	}
	if len(sug.Warnings) != 0 {
		t.Errorf("warnings: %q", sug.Warnings)
	}
	enf := &Enforcer{Policy: p, Mode: ModeEnforce}
	for _, line := range lines(jobLog) {
		e := logEvent(t, line)
		if d := p.Decide(e); d.Action != ActionAllow {
			t.Errorf("Decide(%s %v) = %v, want allow; the event was seen:\n%s", e.Name, e.Args(), d, line)
		}
		if err := enf.Audit(e); err != nil {
			t.Errorf("enforcing %s %v: %v", e.Name, e.Args(), err)
		}
	}

	allowed := []*hooks.Event{
		// Three or more files of /srv/app/data were read: the folder is.
		hooks.NewEvent(hooks.Open, "/srv/app/data/e.csv", "r", int64(0)),
		// tempfile's random names, in the folder it used.
		hooks.NewEvent(hooks.TempfileMkstemp, "/tmp/tmpzzzzzzzz"),
		hooks.NewEvent(hooks.Open, "/tmp/tmpzzzzzzzz", nil, int64(0)),
		hooks.NewEvent(hooks.OSRemove, "/tmp/tmpzzzzzzzz", nil),
		hooks.NewEvent(hooks.TimeSleep, 2.5),
	}
	for _, e := range allowed {
		if d := p.Decide(e); d.Action != ActionAllow {
			t.Errorf("Decide(%s %v) = %v, want allow", e.Name, e.Args(), d)
		}
	}
	denied := []*hooks.Event{
		// Another folder's file; a file of the folder, written.
		hooks.NewEvent(hooks.Open, "/srv/other/secret.csv", "r", int64(0)),
		hooks.NewEvent(hooks.Open, "/etc/passwd", "r", int64(0)),
		hooks.NewEvent(hooks.Open, "/srv/app/data/a.csv", "w", int64(0)),
		hooks.NewEvent(hooks.Open, "config.txt", "w", int64(0)),
		hooks.NewEvent(hooks.Open, "out/other.txt", "w", int64(0)),
		// The folder glob does not let .. climb out of the folder.
		hooks.NewEvent(hooks.Open, "/srv/app/data/../../../etc/passwd", "r", int64(0)),
		hooks.NewEvent(hooks.Open, "/tmp/../etc/shadow", nil, int64(0)),
		// Another command, or the same one with more after it.
		hooks.NewEvent(hooks.OSSystem, []byte("echo other")),
		hooks.NewEvent(hooks.OSSystem, []byte("echo done; rm -rf /")),
		// Another module, another variable, another folder listed.
		hooks.NewEvent(hooks.Import, "socket", nil, []any{}, []any{}, []any{}),
		hooks.NewEvent(hooks.OSPutenv, "LD_PRELOAD", "/tmp/x.so"),
		hooks.NewEvent(hooks.OSListdir, "/srv"),
		hooks.NewEvent(hooks.OSRemove, "/srv/app/config.txt", nil),
		hooks.NewEvent(hooks.OSMkdir, "/srv/app/new", int64(0o777), nil),
		// Another script; code files other than the script.
		hooks.NewEvent(hooks.RunFile, "/srv/app/other.py"),
		hooks.NewEvent(hooks.Verify, "/srv/app/evil.py", nil, "ok", ""),
		// Events never seen at all.
		hooks.NewEvent(hooks.SysAddaudithook),
		hooks.NewEvent(hooks.RunCommand, "print(1)"),
	}
	for _, e := range denied {
		if d := p.Decide(e); d.Action != ActionDeny {
			t.Errorf("Decide(%s %v) = %v, want deny", e.Name, e.Args(), d)
		}
	}
	other := &hooks.Event{}
	other.Reset(nil, "job.started", true, hooks.Values{int64(1)})
	if d := p.Decide(other); d.Action != ActionDeny {
		t.Errorf("Decide(job.started) = %v, want deny", d)
	}
	if !cmp.Equal(p.Launch, []LaunchMode{LaunchFile}) {
		t.Errorf("launch = %v, want [file]", p.Launch)
	}
}

// The rules of the job's log, as a reviewer reads them: by event, each
// event's rules by pattern, every one with its comment.
func TestSuggestJobRules(t *testing.T) {
	sug, p := suggestFrom(t, nil, "audit.jsonl", jobLog)
	var got []string
	for _, r := range p.Rules {
		s := fmt.Sprintf("%s %s %s", r.ID, r.Event, r.Action)
		for _, a := range r.Match {
			s += fmt.Sprintf(" %s=%v", a.Name, a.Values)
		}
		got = append(got, s)
	}
	want := []string{
		"allow-compile-1 compile allow",
		"allow-cpython.run_file-1 cpython.run_file allow filename=[/srv/app/job.py]",
		"allow-exec-1 exec allow",
		"allow-import-1 import allow module=[os tempfile time]",
		"allow-open-1 open allow path=[/srv/app/job.py] mode=[r]",
		"allow-open-2 open allow path=[config.txt] mode=[r]",
		"allow-open-3 open allow path=[out/result.txt] mode=[w]",
		"deny-open-dotdot open deny path=[*/../* */..]",
		"allow-open-4 open allow path=[/srv/app/data/*] mode=[r]",
		"allow-open-5 open allow path=[/tmp/*] mode=[<nil>]",
		"allow-os.listdir-1 os.listdir allow path=[/srv/app/data]",
		"allow-os.putenv-1 os.putenv allow key=[JOB_MODE]",
		"deny-os.remove-dotdot os.remove deny path=[*/../* */..]",
		"allow-os.remove-1 os.remove allow path=[/tmp/*]",
		"allow-os.system-1 os.system allow command=[echo done]",
		"allow-spython.verify-1 spython.verify allow path=[/srv/app/job.py]",
		"allow-tempfile.mkstemp-1 tempfile.mkstemp allow fullpath=[/tmp/*]",
		"allow-time.sleep-1 time.sleep allow",
		"allow-job.finished-1 job.finished allow",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rules (-want +got):\n%s\n%s", diff, sug.YAML)
	}
	text := string(sug.YAML)
	for _, s := range []string{
		"# seen 4 times in audit.jsonl; 4 files in /srv/app/data: a.csv, b.csv, c.csv, d.csv\n",
		"# The folder glob also matches what is in its subfolders (* matches /).\n",
		"# tempfile makes random names",
		"# Allowed without a match: the code of files (the scripts, their modules) is\n",
		"# Filenames seen: /srv/app/job.py.\n",
		"# Events spython does not raise",
		"# Learned by spython policy suggest from 22 audit records in audit.jsonl.\n",
	} {
		if !strings.Contains(text, s) {
			t.Errorf("the suggestion lacks %q:\n%s", s, text)
		}
	}
	// Every rule has a comment above it that says what it was learned
	// from.
	ruleLines := regexp.MustCompile(`(?m)^  - id: `).FindAllStringIndex(text, -1)
	if len(ruleLines) != len(p.Rules) {
		t.Fatalf("%d rules in the text, %d parsed", len(ruleLines), len(p.Rules))
	}
	for _, loc := range ruleLines {
		before := text[:loc[0]]
		last := before[strings.LastIndex(strings.TrimSuffix(before, "\n"), "\n")+1:]
		if !strings.HasPrefix(last, "  # ") {
			t.Errorf("rule at offset %d has no comment above it: %q", loc[0], last)
		}
	}
}

// Same logs, same bytes: whatever the order the logs are read in, and
// however often it is asked. Only warnings say where a record was (its
// line): the rules do not depend on the order of the records either.
func TestSuggestDeterministic(t *testing.T) {
	for _, tc := range []struct {
		log     string
		shuffle bool
	}{{jobLog, true}, {scriptLog, false}} {
		all := lines(tc.log)
		half := len(all) / 2
		first, _ := suggestFrom(t, nil, "a.jsonl", strings.Join(all[:half], "\n"), "b.jsonl", strings.Join(all[half:], "\n"))
		rng := rand.New(rand.NewSource(1))
		for i := 0; i < 20; i++ {
			a := append([]string(nil), all[:half]...)
			b := append([]string(nil), all[half:]...)
			if tc.shuffle {
				rng.Shuffle(len(a), func(i, j int) { a[i], a[j] = a[j], a[i] })
				rng.Shuffle(len(b), func(i, j int) { b[i], b[j] = b[j], b[i] })
			}
			logs := []string{"a.jsonl", strings.Join(a, "\n"), "b.jsonl", strings.Join(b, "\n")}
			if i%2 == 1 {
				logs = []string{logs[2], logs[3], logs[0], logs[1]}
			}
			again, _ := suggestFrom(t, nil, logs...)
			if diff := cmp.Diff(string(first.YAML), string(again.YAML)); diff != "" {
				t.Fatalf("run %d differs (-first +again):\n%s", i, diff)
			}
		}
	}
}

// scriptLog has events scripts raised themselves (the names prefixed
// with !), and one that no version of spython knows.
var scriptLog = logOf(
	"!app.login", `{"0":"bob","1":3}`,
	"!app.login", `{"0":"alice"}`,
	"!os.sytem", `{"0":"ls"}`,
	"!we*ird\nname", `{}`,
	"!open", `{"path":"/etc/shadow","mode":"r"}`,
	"!open", `{"path":["a","list"],"mode":"r"}`,
	"!os.system", `{"command":"ls \\x"}`,
	"!cpython.run_command", `{"command":"x"}`,
	"spython.future_event", `{"what":1}`,
	"cpython.run_file", `{"filename":"/srv/app/run.py"}`,
)

// logOf writes a log of records from (event, args JSON) pairs; an event
// name prefixed with ! is script_raised.
func logOf(pairs ...string) string {
	var b strings.Builder
	for i := 0; i+1 < len(pairs); i += 2 {
		name, script := pairs[i], ""
		if strings.HasPrefix(name, "!") {
			name, script = name[1:], `"script_raised":true,`
		}
		ev, _ := json.Marshal(name)
		fmt.Fprintf(&b, `{"v":1,"ts":"2026-11-27T08:00:00.000000Z","seq":%d,"event":%s,"args":%s,%s"decision":"allow","rule":"","mode":"audit","pid":1,"uid":1000,"host":"h","script":"/srv/app/run.py","prev":""}`+"\n",
			i/2+1, ev, pairs[i+1], script)
	}
	return b.String()
}

// matchesOf returns the match values of event's allow rules, and of its
// deny rules prefixed with "deny ".
func matchesOf(p *Policy, event string) []string {
	var out []string
	for _, r := range p.Rules {
		if r.Event != event {
			continue
		}
		var parts []string
		for _, a := range r.Match {
			parts = append(parts, fmt.Sprintf("%s=%v", a.Name, a.Values))
		}
		s := strings.Join(parts, " ")
		if r.Action == ActionDeny {
			s = "deny " + s
		}
		out = append(out, s)
	}
	return out
}

func openRecord(path, mode string) []string {
	p, _ := json.Marshal(path)
	m := "null"
	if mode != "" {
		m = strconv.Quote(mode)
	}
	return []string{"open", fmt.Sprintf(`{"path":%s,"mode":%s,"flags":0}`, p, m)}
}

func opens(spec ...string) string {
	var pairs []string
	for _, s := range spec {
		path, mode, _ := strings.Cut(s, " ")
		pairs = append(pairs, openRecord(path, mode)...)
	}
	return logOf(pairs...)
}

func TestSuggestFolders(t *testing.T) {
	const guard = "deny path=[*/../* */..]"
	for _, tc := range []struct {
		name  string
		opens []string
		want  []string
	}{
		{"two files stay exact", []string{"/srv/app/a r", "/srv/app/b r"},
			[]string{"path=[/srv/app/a] mode=[r]", "path=[/srv/app/b] mode=[r]"}},
		{"three files make the folder", []string{"/srv/app/a r", "/srv/app/b r", "/srv/app/c r", "/srv/app/c r"},
			[]string{guard, "path=[/srv/app/*] mode=[r]"}},
		{"counted per mode", []string{"/srv/app/a r", "/srv/app/b r", "/srv/app/c r", "/srv/app/a w", "/srv/app/d a"},
			[]string{"path=[/srv/app/a] mode=[w]", "path=[/srv/app/d] mode=[a]", guard, "path=[/srv/app/*] mode=[r]"}},
		{"modes of one folder together", []string{"/srv/app/a r", "/srv/app/b r", "/srv/app/c r", "/srv/app/a w", "/srv/app/b w", "/srv/app/d w"},
			[]string{guard, "path=[/srv/app/*] mode=[r w]"}},
		{"modes of one path together", []string{"/srv/app/a r", "/srv/app/a w", "/srv/app/a r+"},
			[]string{"path=[/srv/app/a] mode=[r r+ w]"}},
		{"a subfolder is covered by its folder", []string{"/srv/app/a r", "/srv/app/b r", "/srv/app/c r", "/srv/app/sub/x r", "/srv/app/sub/y r", "/srv/app/sub/z r", "/srv/app/one/x r"},
			[]string{guard, "path=[/srv/app/*] mode=[r]"}},
		{"a subfolder alone", []string{"/srv/app/sub/x r", "/srv/app/sub/y r", "/srv/app/sub/z r", "/srv/app/a r"},
			[]string{"path=[/srv/app/a] mode=[r]", guard, "path=[/srv/app/sub/*] mode=[r]"}},
		{"never a top-level folder", []string{"/etc/a r", "/etc/b r", "/etc/c r"},
			[]string{"path=[/etc/a] mode=[r]", "path=[/etc/b] mode=[r]", "path=[/etc/c] mode=[r]"}},
		{"never /", []string{"/a r", "/b r", "/c r"},
			[]string{"path=[/a] mode=[r]", "path=[/b] mode=[r]", "path=[/c] mode=[r]"}},
		{"never the current folder", []string{"a r", "b r", "./c r", "./d r", "./e r"},
			[]string{"path=[./c] mode=[r]", "path=[./d] mode=[r]", "path=[./e] mode=[r]", "path=[a] mode=[r]", "path=[b] mode=[r]"}},
		{"a relative folder", []string{"data/a r", "data/b r", "data/c r"},
			[]string{guard, "path=[data/*] mode=[r]"}},
		{"paths with .. stay exact, before the guard", []string{"/srv/app/a r", "/srv/app/b r", "/srv/app/c r", "/srv/app/../x r", "/srv/app/sub/../d r"},
			[]string{"path=[/srv/app/../x] mode=[r]", "path=[/srv/app/sub/../d] mode=[r]", guard, "path=[/srv/app/*] mode=[r]"}},
		{"a folder of .. is never generalised", []string{"../up/a r", "../up/b r", "../up/c r"},
			[]string{"path=[../up/a] mode=[r]", "path=[../up/b] mode=[r]", "path=[../up/c] mode=[r]"}},
		{"glob characters are escaped", []string{"/srv/a*b r", "/srv/[x]/y? r"},
			[]string{`path=[/srv/\[x]/y\?] mode=[r]`, `path=[/srv/a\*b] mode=[r]`}},
		{"a folder with glob characters", []string{"/srv/a*/1 r", "/srv/a*/2 r", "/srv/a*/3 r"},
			[]string{guard, `path=[/srv/a\*/*] mode=[r]`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, p := suggestFrom(t, nil, "audit.jsonl", opens(tc.opens...))
			if diff := cmp.Diff(tc.want, matchesOf(p, "open")); diff != "" {
				t.Errorf("open rules (-want +got):\n%s", diff)
			}
			for _, s := range tc.opens {
				path, mode, _ := strings.Cut(s, " ")
				if d := p.Decide(hooks.NewEvent(hooks.Open, path, mode, int64(0))); d.Action != ActionAllow {
					t.Errorf("open %s %s: %v, want allow", path, mode, d)
				}
			}
		})
	}
}

func TestSuggestFolderDenials(t *testing.T) {
	_, p := suggestFrom(t, nil, "audit.jsonl", opens("/srv/app/a r", "/srv/app/b r", "/srv/app/c r", "/srv/app/../x r", "/srv/a*b r"))
	for _, tc := range []struct {
		path, mode string
		want       Action
	}{
		{"/srv/app/new r", "r", ActionAllow},
		{"/srv/app/sub/deep", "r", ActionAllow}, // documented: DIR/* crosses /
		{"/srv/app/a", "w", ActionDeny},
		{"/srv/appx/a", "r", ActionDeny},
		{"/srv/app/../../etc/passwd", "r", ActionDeny},
		{"/srv/app/..", "r", ActionDeny},
		{"/srv/app/../x", "r", ActionAllow},
		{"/srv/aXb", "r", ActionDeny},
		{"/srv/a*b", "r", ActionAllow},
	} {
		if d := p.Decide(hooks.NewEvent(hooks.Open, tc.path, tc.mode, int64(0))); d.Action != tc.want {
			t.Errorf("open %s %s: %v, want %s", tc.path, tc.mode, d, tc.want)
		}
	}
}

func TestSuggestOtherPathEvents(t *testing.T) {
	log := logOf(
		"os.mkdir", `{"path":"/srv/out/1","mode":511,"dir_fd":null}`,
		"os.mkdir", `{"path":"/srv/out/2","mode":448,"dir_fd":null}`,
		"os.mkdir", `{"path":"/srv/out/3","mode":511,"dir_fd":null}`,
		"os.chdir", `{"path":"/srv/app"}`,
		"glob.glob", `{"pathname":"/srv/app/*.txt","recursive":false}`,
		"tempfile.mkdtemp", `{"fullpath":"/var/tmp/tmpabcdefgh"}`,
		"open", `{"path":"/var/tmp/tmpabcdefgh/part.txt","mode":"w","flags":0}`,
		"os.rmdir", `{"path":"/var/tmp/tmpabcdefgh","dir_fd":null}`,
		// A temporary folder in a temporary folder: still /var/tmp.
		"tempfile.mkdtemp", `{"fullpath":"/var/tmp/tmpabcdefgh/tmpinner1"}`,
		"open", `{"path":"/var/tmp/tmpabcdefgh/tmpinner1/f.txt","mode":"w","flags":0}`,
		"cpython.run_file", `{"filename":"/srv/app/run.py"}`,
		// A script's own tempfile event does not make a folder temporary.
		"!tempfile.mkstemp", `{"fullpath":"/srv/secret/x"}`,
		"os.remove", `{"path":"/srv/secret/x","dir_fd":null}`,
	)
	_, p := suggestFrom(t, nil, "audit.jsonl", log)
	want := map[string][]string{
		"os.remove":        {"path=[/srv/secret/x]"},
		"tempfile.mkstemp": {"fullpath=[/srv/secret/x]"},
		"os.mkdir":         {"deny path=[*/../* */..]", "path=[/srv/out/*]"}, // mode and dir_fd left out
		"os.chdir":         {"path=[/srv/app]"},
		"glob.glob":        {`pathname=[/srv/app/\*.txt]`},
		"tempfile.mkdtemp": {"fullpath=[/var/tmp/*]"},
		"open":             {"deny path=[*/../* */..]", "path=[/var/tmp/*] mode=[w]"},
		"os.rmdir":         {"deny path=[*/../* */..]", "path=[/var/tmp/*]"},
		"cpython.run_file": {"filename=[/srv/app/run.py]"},
	}
	for event, w := range want {
		if diff := cmp.Diff(w, matchesOf(p, event)); diff != "" {
			t.Errorf("%s rules (-want +got):\n%s", event, diff)
		}
	}
	for _, e := range []*hooks.Event{
		hooks.NewEvent(hooks.GlobGlob, "/srv/app/secret/*", false),
		hooks.NewEvent(hooks.OSChdir, "/"),
		hooks.NewEvent(hooks.OSMkdir, "/srv/other", int64(0o777), nil),
	} {
		if d := p.Decide(e); d.Action != ActionDeny {
			t.Errorf("Decide(%s %v) = %v, want deny", e.Name, e.Args(), d)
		}
	}
}

func TestSuggestValues(t *testing.T) {
	long := strings.Repeat("x", 1024)
	log := logOf(
		// The command is bytes: \\ is one backslash, \xff the byte 0xff.
		"os.system", `{"command":"printf 'a\\\\n' > out/\\xff.txt"}`,
		"os.system", `{"command":"ls *.txt"}`,
		"os.system", `{"command":"echo `+long+`…[+10 bytes]"}`,
		"import", `{"module":"os","filename":null,"sys.path":["/srv/app"],"sys.meta_path":[],"sys.path_hooks":[]}`,
		"import", `{"module":"string","filename":null,"sys.path":["/srv/app"],"sys.meta_path":[],"sys.path_hooks":[]}`,
		"import", `{"module":"os","filename":null,"sys.path":["/srv/lib"],"sys.meta_path":[],"sys.path_hooks":[]}`,
		"os.putenv", `{"key":"B","value":"1"}`,
		"os.putenv", `{"key":"A","value":"2"}`,
		"object.__setattr__", `{"obj":"<function f>","name":"__doc__","value":"x"}`,
		"cpython.run_module", `{"module-name":"app.main"}`,
		"cpython.run_command", `{"command":"print(1)\nprint(2)"}`,
		"cpython.run_stdin", `{}`,
		"open", `{"path":"/srv/app/caf\ufffd.txt","mode":"r","flags":0}`,
		// A path with a backslash: str C:\\temp\\x, or bytes C:\temp\x.
		"open", `{"path":"C:\\\\temp\\\\x","mode":"r","flags":0}`,
	)
	sug, p := suggestFrom(t, nil, "audit.jsonl", log)
	want := map[string][]string{
		"os.system": {
			`command=[echo ` + long + `*]`,
			`command=[ls \*.txt]`,
			`command=[printf 'a\\n' > out/?.txt]`,
		},
		"import":              {"module=[os string]"},
		"os.putenv":           {"key=[A B]"},
		"object.__setattr__":  {"name=[__doc__]"},
		"cpython.run_module":  {"module-name=[app.main]"},
		"cpython.run_command": {"command=[print(1)\nprint(2)]"},
		"cpython.run_stdin":   {""},
		"open": {
			`path=[/srv/app/caf?.txt] mode=[r]`,
			`path=[C:\\\\temp\\\\x C:\\temp\\x] mode=[r]`,
		},
	}
	for event, w := range want {
		if diff := cmp.Diff(w, matchesOf(p, event)); diff != "" {
			t.Errorf("%s rules (-want +got):\n%s", event, diff)
		}
	}
	if !cmp.Equal(p.Launch, []LaunchMode{LaunchCommand, LaunchModule, LaunchStdin}) {
		t.Errorf("launch = %v", p.Launch)
	}
	for _, s := range []string{
		"# The log cut a value to its first 1024 bytes",
		"# Bytes that are not UTF-8, which a policy cannot hold, are each matched by ?.",
		"# The log does not say whether a path with a backslash was str or bytes",
	} {
		if !strings.Contains(string(sug.YAML), s) {
			t.Errorf("no comment %q", s)
		}
	}
	for _, tc := range []struct {
		e    *hooks.Event
		want Action
	}{
		{hooks.NewEvent(hooks.OSSystem, []byte("printf 'a\\n' > out/\xff.txt")), ActionAllow},
		{hooks.NewEvent(hooks.OSSystem, []byte("ls *.txt")), ActionAllow},
		{hooks.NewEvent(hooks.OSSystem, []byte("ls secret.txt")), ActionDeny},
		{hooks.NewEvent(hooks.OSSystem, []byte("echo "+long+"0123456789")), ActionAllow},
		{hooks.NewEvent(hooks.OSSystem, []byte("echo "+long[1:])), ActionDeny},
		{hooks.NewEvent(hooks.Import, "sys", nil, []any{}, []any{}, []any{}), ActionDeny},
		{hooks.NewEvent(hooks.OSPutenv, "A", "anything"), ActionAllow},
		{hooks.NewEvent(hooks.OSPutenv, "PATH", "/tmp"), ActionDeny},
		{hooks.NewEvent(hooks.ObjectSetattr, hooks.Opaque{Type: "function", Text: "<function g>"}, "__code__", nil), ActionDeny},
		{hooks.NewEvent(hooks.RunModule, "app.other"), ActionDeny},
		{hooks.NewEvent(hooks.RunCommand, "print(1)"), ActionDeny},
		{hooks.NewEvent(hooks.Open, "/srv/app/caf\xe9.txt", "r", int64(0)), ActionAllow},
		{hooks.NewEvent(hooks.Open, []byte(`C:\temp\x`), "r", int64(0)), ActionAllow},
		{hooks.NewEvent(hooks.Open, `C:\\temp\\x`, "r", int64(0)), ActionAllow},
		{hooks.NewEvent(hooks.Open, `C:\temp\x`, "r", int64(0)), ActionAllow},
		{hooks.NewEvent(hooks.Open, `C:\temp\y`, "r", int64(0)), ActionDeny},
	} {
		if d := p.Decide(tc.e); d.Action != tc.want {
			t.Errorf("Decide(%s %q) = %v, want %s", tc.e.Name, tc.e.Args(), d, tc.want)
		}
	}
	for _, line := range lines(log) {
		if e := logEvent(t, line); p.Decide(e).Action != ActionAllow {
			t.Errorf("not allowed: %s", line)
		}
	}
}

// Events a script raises itself: under a name spython does not raise,
// by name (a separate group); under one it does, with their arguments,
// like the operation, which a rule cannot tell them from.
func TestSuggestScriptEvents(t *testing.T) {
	log := scriptLog
	sug, p := suggestFrom(t, nil, "audit.jsonl", log)
	var got []string
	for _, r := range p.Rules {
		got = append(got, fmt.Sprintf("%s %q %d", r.ID, r.Event, len(r.Match)))
	}
	want := []string{
		`allow-cpython.run_command-1 "cpython.run_command" 1`,
		`allow-cpython.run_file-1 "cpython.run_file" 1`,
		`allow-open-1 "open" 2`,
		`allow-os.system-1 "os.system" 1`,
		`allow-app.login-1 "app.login" 0`,
		`allow-os.sytem-1 "os.syte[m]" 0`,
		`allow-spython.future_event-1 "spython.future_event" 0`,
		`allow-we-ird-name-1 "we\\*ird\nname" 0`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rules (-want +got):\n%s\n%s", diff, sug.YAML)
	}
	// A script's os.system is str: its backslash is itself.
	if d := p.Decide(hooks.NewEvent(hooks.OSSystem, []byte(`ls \x`))); d.Action != ActionAllow {
		t.Errorf("os.system: %v", d)
	}
	// The launch mode of a script's own cpython.run_command is not added.
	if !cmp.Equal(p.Launch, []LaunchMode{LaunchFile}) {
		t.Errorf("launch = %v", p.Launch)
	}
	if len(sug.Warnings) != 2 ||
		!strings.Contains(sug.Warnings[0], "cpython.run_command at audit.jsonl:8 was raised by the script") ||
		!strings.Contains(sug.Warnings[1], `not learned: open at audit.jsonl:6 (seen once): its argument "path" is a list`) {
		t.Errorf("warnings: %q", sug.Warnings)
	}
	text := string(sug.YAML)
	for _, s := range []string{
		"# Warning: not learned: open at audit.jsonl:6",
		"# A rule cannot tell an event a script raised with sys.audit from the operation\n",
		"# Not an event this spython raises, nor raised by the script",
	} {
		if !strings.Contains(text, s) {
			t.Errorf("no %q in:\n%s", s, text)
		}
	}
	for _, name := range []string{"os.sytem", "app.login", "we*ird\nname", "spython.future_event"} {
		e := &hooks.Event{}
		e.Reset(nil, name, true, hooks.Values{int64(1)})
		if d := p.Decide(e); d.Action != ActionAllow {
			t.Errorf("Decide(%q) = %v, want allow", name, d)
		}
	}
	for _, name := range []string{"os.syte", "os.sytemm", "weXird\nname", "app.logout"} {
		e := &hooks.Event{}
		e.Reset(nil, name, true, nil)
		if d := p.Decide(e); d.Action != ActionDeny {
			t.Errorf("Decide(%q) = %v, want deny", name, d)
		}
	}
}

func TestSuggestBase(t *testing.T) {
	base, err := Parse("base.yaml", []byte(`apiVersion: spython/v1
mode: audit
default: allow
launch: [file, command, module]
verify:
  max_size: 64KiB
  deny: ["/tmp/**"]
  owners: [root]
  manifest: /etc/spython/manifest.sha256
rules:
  - id: x
    event: "*"
    action: allow
log:
  events: denied
  sinks:
    - {type: file, path: /var/log/spython/audit.jsonl}
    - {type: syslog, address: "tcp://logs:514"}
  on_failure: continue
limits:
  timeout: 5m
`))
	if err != nil {
		t.Fatal(err)
	}
	sug, p := suggestFrom(t, base, "audit.jsonl", jobLog)
	if diff := cmp.Diff(base.Verify, p.Verify); diff != "" {
		t.Errorf("verify (-base +suggested):\n%s", diff)
	}
	if diff := cmp.Diff(base.Log, p.Log); diff != "" {
		t.Errorf("log (-base +suggested):\n%s", diff)
	}
	if p.Mode != ModeEnforce || p.Default != ActionDeny || !cmp.Equal(p.Launch, []LaunchMode{LaunchFile}) {
		t.Errorf("mode %s, default %s, launch %v", p.Mode, p.Default, p.Launch)
	}
	if !strings.Contains(string(sug.YAML), "# Copied from base.yaml.\nverify:") {
		t.Errorf("no note of the base:\n%s", sug.YAML)
	}
	// Without a base: the defaults.
	_, p = suggestFrom(t, nil, "audit.jsonl", jobLog)
	def := newDefault()
	if !cmp.Equal(def.Verify, p.Verify) || !cmp.Equal(def.Log, p.Log) {
		t.Errorf("verify %+v, log %+v; want the defaults", p.Verify, p.Log)
	}
}

func TestSuggestIDs(t *testing.T) {
	var pairs []string
	for _, name := range []string{"A.B", "a.b", "a-b", "a b", "!!!", "deny-open-dotdot", "x/y", strings.Repeat("long", 30)} {
		pairs = append(pairs, "!"+name, `{}`)
	}
	pairs = append(pairs, "builtins.input/result", `{"result":"yes"}`)
	_, p := suggestFrom(t, nil, "audit.jsonl", logOf(pairs...)+opens("/srv/app/a r", "/srv/app/b r", "/srv/app/c r", "x r"))
	seen := map[string]bool{}
	for _, r := range p.Rules {
		if !ruleIDRE.MatchString(r.ID) || seen[r.ID] || len(r.ID) > 64 {
			t.Errorf("id %q: invalid, too long or repeated", r.ID)
		}
		seen[r.ID] = true
	}
	for _, id := range []string{"allow-builtins.input-result-1", "allow-open-1", "deny-open-dotdot", "allow-a.b-1", "allow-a.b-2", "allow-a-b-1", "allow-a-b-2", "allow-event-1"} {
		if !seen[id] {
			t.Errorf("no rule %q; ids: %v", id, seen)
		}
	}
}

func TestSuggestNoLaunch(t *testing.T) {
	sug, p := suggestFrom(t, nil, "denied.jsonl", opens("/srv/a r"))
	if len(p.Launch) != 0 || len(sug.Warnings) != 1 || !strings.Contains(sug.Warnings[0], "no launch event") {
		t.Errorf("launch %v, warnings %q", p.Launch, sug.Warnings)
	}
}

func TestSuggestLogErrors(t *testing.T) {
	for _, tc := range []struct{ log, want string }{
		{"{\"v\":1,\"event\":\"open\",\"args\":{}}\nnot json\n", "bad.jsonl:2: not a spython audit record: invalid character"},
		{`{"v":2,"event":"open"}` + "\n", "bad.jsonl:1: not a spython audit record: record format v=2 is not supported (want 1)"},
		{`{"event":"open"}` + "\n", `bad.jsonl:1: not a spython audit record: no "v"`},
		{`{"v":1,"args":{}}` + "\n", `bad.jsonl:1: not a spython audit record: no "event"`},
		{`{"v":1,"event":"open"} {}` + "\n", "bad.jsonl:1: not a spython audit record: more than one JSON value on the line"},
		{`{"v":1,"event":"open","ar`, "bad.jsonl:1: not a spython audit record: unexpected EOF (the last line has no newline: cut short?)"},
		{"spython: audit: allow open path=\"x\"\n", "bad.jsonl:1: not a spython audit record"},
	} {
		err := NewSuggester().ReadLog("bad.jsonl", strings.NewReader(tc.log))
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("ReadLog(%q) = %v, want %s", tc.log, err, tc.want)
		}
	}
	s := NewSuggester()
	if err := s.ReadLog("empty.jsonl", strings.NewReader("\n\n")); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Suggest(nil); err == nil || !strings.Contains(err.Error(), "no audit records") {
		t.Errorf("Suggest with no records: %v", err)
	}
}

// Every argument a learner matches is one its event has: a renamed
// argument fails here rather than in the policies it writes.
func TestSuggestLearnersKnowTheirArguments(t *testing.T) {
	for _, spec := range hooks.All() {
		l := learnerFor(spec)
		if l.kind == learnUnknown {
			t.Errorf("%s: policy suggest does not know how to learn it", spec.Name)
		}
		for _, name := range []string{l.key, l.mode} {
			if name != "" && !contains(spec.Args, name) {
				t.Errorf("%s: learner matches %q; its arguments: %v", spec.Name, name, spec.Args)
			}
		}
	}
}
