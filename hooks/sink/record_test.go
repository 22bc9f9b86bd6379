package sink

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/spython/spython/hooks"
)

var testTime = time.Date(2026, 11, 27, 8, 0, 0, 123456789, time.UTC)

// scriptEvent is an event a script raised with sys.audit under name.
func scriptEvent(name string, args ...any) *hooks.Event {
	spec, _ := hooks.Lookup(name)
	e := &hooks.Event{}
	e.Reset(spec, name, true, hooks.Values(args))
	return e
}

// testRecord is the example record the audit log documentation shows.
func testRecord(e *hooks.Event) *Record {
	r := NewRecord(e)
	r.Time, r.Seq = testTime, 12
	r.Decision, r.Rule, r.Mode = Deny, "no-shell", "enforce"
	r.PID, r.UID, r.Host, r.Script = 4242, 1000, "build-7", "/srv/app/run.py"
	return r
}

func TestRecordJSON(t *testing.T) {
	r := testRecord(hooks.NewEvent(hooks.OSSystem, []byte("ls")))
	want := `{"v":1,"ts":"2026-11-27T08:00:00.123456Z","seq":12,"event":"os.system","args":{"command":"ls"},"decision":"deny","rule":"no-shell","mode":"enforce","pid":4242,"uid":1000,"host":"build-7","script":"/srv/app/run.py","prev":""}`
	if got := string(r.AppendJSON(nil)); got != want {
		t.Errorf("record:\n got %s\nwant %s", got, want)
	}
	r.Lost = 3
	r.Prev = strings.Repeat("ab", 32)
	if got := string(r.AppendJSON(nil)); !strings.HasSuffix(got, `,"prev":"`+r.Prev+`","lost":3}`) {
		t.Errorf("lost must follow prev: %s", got)
	}
	if got, want := string(r.AppendText(nil)), `spython: audit: deny os.system command="ls" rule=no-shell lost=3`; got != want {
		t.Errorf("text:\n got %s\nwant %s", got, want)
	}
}

func TestRecordArgNames(t *testing.T) {
	// A registered event raised by spython: named by its Spec.
	r := testRecord(hooks.NewEvent(hooks.Open, "/etc/passwd", "r", int64(524288)))
	if got, want := string(r.args), `{"path":"/etc/passwd","mode":"r","flags":524288}`; got != want {
		t.Errorf("args = %s, want %s", got, want)
	}
	// An unregistered event a script raised: named by position, and
	// marked script_raised right after the args.
	r = testRecord(scriptEvent("my.event", "a", int64(2), nil, true, 1.5))
	line := string(r.AppendJSON(nil))
	if !strings.Contains(line, `"args":{"0":"a","1":2,"2":null,"3":true,"4":1.5},"script_raised":true,"decision"`) {
		t.Errorf("script event: %s", line)
	}
	if got, want := string(r.AppendText(nil)), `spython: audit: deny my.event 0="a" 1=2 2=null 3=true 4=1.5 script_raised=true rule=no-shell`; got != want {
		t.Errorf("text:\n got %s\nwant %s", got, want)
	}
	// A registered name raised by a script with more arguments than the
	// Spec names: the extra ones are named by position.
	r = testRecord(scriptEvent("os.system", "x", "y"))
	if got, want := string(r.args), `{"command":"x","1":"y"}`; got != want {
		t.Errorf("args = %s, want %s", got, want)
	}
	// No arguments.
	r = testRecord(hooks.NewEvent(hooks.SysAddaudithook))
	if !strings.Contains(string(r.AppendJSON(nil)), `"args":{},`) {
		t.Errorf("no args: %s", r.AppendJSON(nil))
	}
	if diff := cmp.Diff([]Arg(nil), r.Args(), cmp.Comparer(func(a, b []Arg) bool { return len(a) == len(b) })); diff != "" {
		t.Error(diff)
	}
}

// hostile are strings a script can pass to try to split or forge a
// record or a terminal line.
var hostile = []string{
	"a\nb",
	"a\r\nb",
	`quote " and backslash \ and \" escaped`,
	"nul \x00 byte",
	"\x1b[31mred\x1b[0m \x1b]0;title\x07",
	"line\u2028separator\u2029paragraph",
	"bidi \u202eevil\u202c \u2066x\u2069",
	"invalid \xff\xfe utf-8 \xc3",
	"del \x7f c1 \u0085 \u009b",
	`"},"decision":"allow","x":{"`,
	"\n{\"v\":1,\"seq\":1}\n",
	"bom \ufeff",
}

// jsonString is what encoding/json decodes s to when s went through
// appendEscaped: each byte that is not valid UTF-8 is U+FFFD.
func jsonString(s string) string {
	var sb strings.Builder
	for _, r := range s { // range yields U+FFFD for each invalid byte
		sb.WriteRune(r)
	}
	return sb.String()
}

// checkLine checks that line is one line of valid JSON holding no raw
// control character, U+2028 or U+2029.
func checkLine(t *testing.T, line []byte) {
	t.Helper()
	if !json.Valid(line) {
		t.Fatalf("not valid JSON: %q", line)
	}
	checkText(t, line)
}

// checkText checks that line is valid UTF-8 holding no raw control
// character, U+2028, U+2029 or bidi override.
func checkText(t *testing.T, line []byte) {
	t.Helper()
	if !utf8.Valid(line) {
		t.Fatalf("not valid UTF-8: %q", line)
	}
	for _, r := range string(line) {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == '\u2028' || r == '\u2029' || r == '\u202e' {
			t.Fatalf("raw %U in %q", r, line)
		}
	}
}

func TestHostileStrings(t *testing.T) {
	big := strings.Repeat("\n\"\x00", 1<<20/3)
	for _, s := range append(hostile, big) {
		for _, v := range []any{s, []byte(s), []any{s, []any{s}}, hooks.Opaque{Type: "x", Text: s}} {
			r := testRecord(scriptEvent(s, v))
			if len(s) <= MaxString { // the Logger cuts these; a record takes them whole
				r.Rule, r.Host, r.Script, r.Prev = s, s, s, s
			}
			line := r.AppendJSON(nil)
			checkLine(t, line)
			checkText(t, r.AppendText(nil))
			var got struct {
				Event  string
				Args   map[string]any
				Rule   string
				Script string
			}
			if err := json.Unmarshal(line, &got); err != nil {
				t.Fatal(err)
			}
			want := jsonString(s)
			if len(s) > MaxString {
				want = jsonString(s[:MaxString]) + "…[+" + itoa(len(s)-MaxString) + " bytes]"
			}
			if got.Event != want {
				t.Errorf("event %.200q, want %.200q", got.Event, want)
			}
			if len(s) <= MaxString && (got.Rule != want || got.Script != want) {
				t.Errorf("rule %.200q script %.200q, want %.200q", got.Rule, got.Script, jsonString(s))
			}
			switch v := v.(type) {
			case string:
				if got.Args["0"] != want {
					t.Errorf("arg %.200q, want %.200q", got.Args["0"], want)
				}
			case hooks.Opaque:
				if got.Args["0"] != want {
					t.Errorf("opaque arg %.200q, want %.200q", got.Args["0"], want)
				}
			case []any:
				if got, _ := json.Marshal(got.Args["0"]); !bytes.Contains(got, mustMarshal(want)) {
					t.Errorf("list arg %.200s does not hold %.200q", got, want)
				}
			case []byte:
				if len(v) <= MaxString && utf8.Valid(v) && !bytes.ContainsRune(v, '\\') && got.Args["0"] != s {
					t.Errorf("bytes arg %q, want %q", got.Args["0"], s)
				}
			}
		}
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func mustMarshal(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return bytes.Trim(b, `"`)
}

func TestBytesRendering(t *testing.T) {
	for in, want := range map[string]string{
		"ls -l":              `ls -l`,
		"rm \xff\xfe x":      `rm \xff\xfe x`,
		`a\xffb`:             `a\\xffb`, // a literal backslash is doubled: never read as a byte
		"caf\xc3\xa9":        `café`,
		"cut \xe2\x82":       `cut \xe2\x82`,
		"nl\n\x1b[0m":        "nl\n\x1b[0m",
		"\u2028":             "\u2028",
		"\xed\xa0\x80 surr.": `\xed\xa0\x80 surr.`, // an encoded surrogate is not valid UTF-8
	} {
		r := testRecord(hooks.NewEvent(hooks.OSSystem, []byte(in)))
		line := r.AppendJSON(nil)
		checkLine(t, line)
		var got struct{ Args struct{ Command string } }
		if err := json.Unmarshal(line, &got); err != nil {
			t.Fatal(err)
		}
		if got.Args.Command != want {
			t.Errorf("bytes %q: command %q, want %q (line %s)", in, got.Args.Command, want, line)
		}
	}
	r := testRecord(hooks.NewEvent(hooks.OSSystem, []byte("\x00\x1b")))
	if got, want := string(r.args), `{"command":"\u0000\u001b"}`; got != want {
		t.Errorf("controls: %s, want %s", got, want)
	}
}

func TestLimits(t *testing.T) {
	arg := func(v any) string {
		t.Helper()
		r := testRecord(scriptEvent("x", v))
		line := r.AppendJSON(nil)
		checkLine(t, line)
		return r.Args()[0].JSON
	}
	// Strings and bytes: cut at 1024 bytes, at a character boundary.
	if got, want := arg(strings.Repeat("a", 2000)), `"`+strings.Repeat("a", 1024)+`…[+976 bytes]"`; got != want {
		t.Errorf("long string: %s", got)
	}
	if got, want := arg([]byte(strings.Repeat("b", 1025))), `"`+strings.Repeat("b", 1024)+`…[+1 bytes]"`; got != want {
		t.Errorf("long bytes: %s", got)
	}
	if got, want := arg(strings.Repeat("a", 1024)), `"`+strings.Repeat("a", 1024)+`"`; got != want {
		t.Errorf("1024 bytes are kept whole: %s", got)
	}
	// 400 euro signs are 1200 bytes; 1024 is inside the 342nd.
	if got, want := arg(strings.Repeat("€", 400)), `"`+strings.Repeat("€", 341)+`…[+177 bytes]"`; got != want {
		t.Errorf("cut inside a character: %s", got)
	}
	if got, want := arg([]byte(strings.Repeat("€", 400))), `"`+strings.Repeat("€", 341)+`…[+177 bytes]"`; got != want {
		t.Errorf("bytes cut inside a character: %s", got)
	}
	// Lists: 64 items, then how many more.
	items := make([]any, 100)
	for i := range items {
		items[i] = int64(i)
	}
	got := arg(items)
	var list []any
	if err := json.Unmarshal([]byte(got), &list); err != nil {
		t.Fatal(err)
	}
	if len(list) != 65 || list[63] != 63.0 || list[64] != "…[+36 items]" {
		t.Errorf("long list: %s", got)
	}
	if got := arg(items[:64]); strings.Contains(got, "…") {
		t.Errorf("64 items are kept whole: %s", got)
	}
	// Nesting: four levels of lists, then "…".
	deep := any("x")
	for range 6 {
		deep = []any{deep}
	}
	if got, want := arg(deep), `[[[["…"]]]]`; got != want {
		t.Errorf("deep list: %s, want %s", got, want)
	}
	// Numbers JSON cannot hold.
	if got := arg([]any{math.NaN(), math.Inf(1), math.Inf(-1), 1e300, -0.5, int64(math.MinInt64)}); got != `["nan","inf","-inf",1e+300,-0.5,-9223372036854775808]` {
		t.Errorf("numbers: %s", got)
	}
	// Python objects are their description.
	if got := arg(hooks.Opaque{Type: "code", Text: `<code object <module>, file "a.py", line 1>`}); got != `"<code object <module>, file \"a.py\", line 1>"` {
		t.Errorf("opaque: %s", got)
	}
	// Types hooks.Event never gives are named, not printed.
	if got := arg(map[string]int{"a": 1}); got != `"‹unsupported value›"` {
		t.Errorf("unsupported: %s", got)
	}
}

func TestArgsBudget(t *testing.T) {
	// Many arguments: 64, then one "…" argument saying how many more.
	args := make([]any, 200)
	for i := range args {
		args[i] = int64(i)
	}
	r := testRecord(scriptEvent("many", args...))
	a := r.Args()
	if len(a) != 65 || a[64].Name != "…" || a[64].JSON != `"…[+136 args]"` {
		t.Errorf("many args: %d, last %+v", len(a), a[len(a)-1])
	}
	// A list of lists of long strings would render to gigabytes: the
	// record stops near MaxArgsBytes.
	long := strings.Repeat("y", 4096)
	l1 := make([]any, 64)
	for i := range l1 {
		l1[i] = long
	}
	l2 := make([]any, 64)
	for i := range l2 {
		l2[i] = l1
	}
	l3 := []any{l2, l2, l2, l2}
	r = testRecord(scriptEvent("huge", l3, l3, l3))
	line := r.AppendJSON(nil)
	checkLine(t, line)
	if len(r.args) > MaxArgsBytes+8*MaxString {
		t.Errorf("args are %d bytes, want about %d", len(r.args), MaxArgsBytes)
	}
	if !bytes.Contains(line, []byte(`"…[+`)) {
		t.Errorf("no cut marker in the huge record")
	}
	// The event name is cut like a string.
	r = testRecord(scriptEvent(strings.Repeat("e", 5000)))
	if !strings.HasSuffix(r.Event, "…[+3976 bytes]") {
		t.Errorf("long event name: ...%s", r.Event[len(r.Event)-20:])
	}
}

func TestTextQuoting(t *testing.T) {
	r := testRecord(scriptEvent("evil name\x1b[2J", "v"))
	r.Rule = `a "rule"`
	r.Decision = WouldDeny
	got := string(r.AppendText(nil))
	want := `spython: audit: would-deny "evil name\u001b[2J" 0="v" script_raised=true rule="a \"rule\""`
	if got != want {
		t.Errorf("text:\n got %s\nwant %s", got, want)
	}
	r.Rule = ""
	if got := string(r.AppendText(nil)); strings.Contains(got, "rule=") {
		t.Errorf("the default rule is not written: %s", got)
	}
}
