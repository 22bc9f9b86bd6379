package sink

import (
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// TestAppendTime: the record's time formatter writes what
// time.Time.AppendFormat writes with the record's layout.
func TestAppendTime(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	times := []time.Time{
		{}, testTime, time.Unix(0, 0), time.Unix(0, 999),
		time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC),
		time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2026, 3, 29, 1, 30, 0, 5000, time.FixedZone("x", 5*3600+1800)),
	}
	for range 10000 {
		times = append(times, time.Unix(rng.Int64N(1<<36)-1<<35, rng.Int64N(1e9)).In(time.FixedZone("z", rng.IntN(86400)-43200)))
	}
	for _, tm := range times {
		if got, want := string(appendTime(nil, tm)), tm.UTC().Format(timeLayout); got != want {
			t.Errorf("appendTime(%v) = %s, want %s", tm, got, want)
		}
	}
}

// TestEscapeWords: the eight-bytes-at-a-time scan of appendEscaped stops
// at every character that must be escaped, wherever it falls in a word.
func TestEscapeWords(t *testing.T) {
	specials := []string{"\x00", "\x1f", "\x7f", "\"", "\\", "\n", "\u0080", "\u2028", "\u202e", "\xff", "é", " ", "~"}
	for _, c := range specials {
		for pos := range 17 {
			s := strings.Repeat("a", pos) + c + strings.Repeat("b", 16-pos)
			got := appendString(nil, s)
			var back string
			if err := json.Unmarshal(got, &back); err != nil {
				t.Fatalf("%q: %s: %v", s, got, err)
			}
			want := strings.ToValidUTF8(s, "\ufffd")
			if back != want {
				t.Errorf("%q: %s reads back as %q", s, got, back)
			}
			for _, b := range got {
				if b < 0x20 || b == 0x7f {
					t.Errorf("%q: a raw control byte in %q", s, got)
				}
			}
			if strings.ContainsAny(string(got), "\u2028\u202e") {
				t.Errorf("%q: a raw separator or bidi control in %q", s, got)
			}
		}
	}
}
