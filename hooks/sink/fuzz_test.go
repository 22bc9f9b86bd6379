package sink

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

// FuzzEncode: whatever strings and bytes a script passes, a record is one
// line of valid JSON, and a string argument decodes back to itself (each
// invalid byte as U+FFFD, cut past MaxString).
func FuzzEncode(f *testing.F) {
	for _, s := range hostile {
		f.Add(s, []byte(s))
	}
	f.Add(strings.Repeat("€", 400), []byte(strings.Repeat("\xff", 2000)))
	f.Fuzz(func(t *testing.T, s string, b []byte) {
		r := testRecord(scriptEvent(s, s, b, []any{s, b, []any{b}}))
		r.Rule, r.Script, r.Host = s, s, s
		line := r.AppendJSON(nil)
		if !json.Valid(line) {
			t.Fatalf("not JSON: %q", line)
		}
		for _, c := range line {
			if c < 0x20 {
				t.Fatalf("control byte %#x in %q", c, line)
			}
		}
		if bytes.Contains(line, []byte("\u2028")) || bytes.Contains(line, []byte("\u2029")) {
			t.Fatalf("raw line separator in %q", line)
		}
		var got struct {
			Event string
			Args  map[string]any
		}
		if err := json.Unmarshal(line, &got); err != nil {
			t.Fatal(err)
		}
		want := jsonString(s)
		if len(s) > MaxString {
			want = jsonString(s[:cutAt(s)]) + "…[+" + itoa(len(s)-cutAt(s)) + " bytes]"
		}
		if got.Args["0"] != want || got.Event != want {
			t.Fatalf("string %q came back as %q (event %q)", s, got.Args["0"], got.Event)
		}
		text := r.AppendText(nil)
		for _, c := range text {
			if c < 0x20 || c == 0x7f {
				t.Fatalf("control byte %#x in the text form %q", c, text)
			}
		}
		msg, _ := appendSyslog(nil, nil, r, facilityAuthpriv)
		if bytes.ContainsAny(msg, "\n\r\x00") {
			t.Fatalf("control character in the syslog message %q", msg)
		}
	})
}

// FuzzVerify: Verify never panics, and a log it accepts has as many
// records as lines.
func FuzzVerify(f *testing.F) {
	f.Add([]byte(""))
	f.Add([]byte(`{"v":1,"seq":1,"prev":""}` + "\n"))
	f.Add([]byte(`{"v":1,"seq":1,"prev":""}` + "\n" + `{"v":1,"seq":2,"prev":"x"}` + "\n"))
	f.Add([]byte("\n\n\xff{"))
	f.Add([]byte(`{"v":1,"seq":18446744073709551615,"prev":""}` + "\n" + `{"v":1,"seq":0,"prev":""}` + "\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := Verify(bytes.NewReader(data))
		if err == nil && n != bytes.Count(data, []byte("\n")) {
			t.Fatalf("Verify = %d records for %d lines", n, bytes.Count(data, []byte("\n")))
		}
		var ve *VerifyError
		if err != nil && (!errors.As(err, &ve) || ve.Line < 1 || n != ve.Line-1) {
			t.Fatalf("Verify = %d, %v", n, err)
		}
	})
}
