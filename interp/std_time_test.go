package interp

import (
	"testing"
	"time"

	"github.com/spython/spython/hooks"
)

// runGoldenUTC is runGolden with local time in UTC, as the golden files
// were recorded with TZ=UTC.
func runGoldenUTC(t *testing.T, module string) {
	saved := time.Local
	time.Local = time.UTC
	t.Cleanup(func() { time.Local = saved })
	runGolden(t, module)
}

func TestTimeGolden(t *testing.T) { runGoldenUTC(t, "time") }

// TestTimeSleepStaysAudited checks that the time module keeps the
// interruptible, audited sleep.
func TestTimeSleepStaysAudited(t *testing.T) {
	rec := denying()
	g, err := runWithHooks(t, map[string]string{"main.py": `import time
time.sleep(0)
try:
    time.sleep(-1)
except ValueError as e:
    msg = str(e)
try:
    time.sleep('x')
except TypeError as e:
    tmsg = str(e)
t0 = time.monotonic()
ok = time.monotonic() >= t0 and time.perf_counter() > 0 and time.time() > 1.7e9 and time.time_ns() > 1.7e18
`}, hooks.NewChain(rec))
	if err != nil {
		t.Fatal(err)
	}
	if got := global(t, g, "msg"); got != "sleep length must be non-negative" {
		t.Errorf("msg = %q", got)
	}
	if got := global(t, g, "tmsg"); got != "'str' object cannot be interpreted as an integer or float" {
		t.Errorf("tmsg = %q", got)
	}
	if got := global(t, g, "ok"); got != "True" {
		t.Errorf("clocks: %s", got)
	}
	if rec.count("time.sleep") != 3 {
		t.Errorf("time.sleep is not the audited one: events %v", rec.events)
	}
}

func TestStrftimeDirectives(t *testing.T) {
	f := tmFields{2024, 1, 7, 15, 4, 5, 6, 7}
	cases := map[string]string{
		"%Y-%m-%d %H:%M:%S": "2024-01-07 15:04:05",
		"%a %A %b %B":       "Sun Sunday Jan January",
		"%I %p %j %U %W %w": "03 PM 007 01 01 0",
		"%G %V %u %e %y":    "2024 01 7  7 24",
		"%c|%x|%X|%%|%Q":    "Sun Jan  7 15:04:05 2024|01/07/24|15:04:05|%|%Q",
		"%f %z %Z %:z":      "000042 +0130 X +01:30",
	}
	for format, want := range cases {
		if got := strftime(format, f, 42, "+0130", "X"); got != want {
			t.Errorf("strftime(%q) = %q, want %q", format, got, want)
		}
	}
}
