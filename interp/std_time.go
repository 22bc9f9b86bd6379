package interp

import (
	_ "embed" // the Python part of the time module
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"
)

// The time module: clocks, conversions between timestamps and broken-down
// time (UTC, or local time from the TZ environment variable as Go reads
// it at start-up), and strftime/strptime in the C locale. struct_time is
// written in Python (interp/stdlib/time.py); strftime and strptime are
// shared with the datetime module. time.sleep is set up with the other
// audited functions (modules.go) and left in place here.

//go:embed stdlib/time.py
var timeSource string

func init() {
	registerStdlib("time", "Clocks, sleeping, and conversions between timestamps, struct_time and text.", setupTime, timeSource)
}

var (
	startMonotonic = time.Now()
	weekdayNames   = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	monthNames     = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// tmFields is a broken-down time: year, month 1-12, day, hour, minute,
// second, weekday (Monday 0), day of the year (1-366).
type tmFields [8]int

func fieldsOf(t time.Time) tmFields {
	return tmFields{t.Year(), int(t.Month()), t.Day(), t.Hour(), t.Minute(), t.Second(), (int(t.Weekday()) + 6) % 7, t.YearDay()}
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysInMonth(y, m int) int {
	if m == 2 && isLeap(y) {
		return 29
	}
	return []int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m-1]
}

// strftime formats f as glibc's strftime does in the C locale, with its
// flags (_ - 0 ^ #), field widths and E and O modifiers. z and zname are
// what %z and %Z give. us is the microsecond datetime's %f gives, and
// datetime's %:z is known too; a negative us is the time module, where
// neither exists.
func strftime(format string, f tmFields, us int, z, zname string) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			b.WriteByte(format[i])
			continue
		}
		n := strftimeSpec(&b, format[i:], f, us, z, zname)
		i += n - 1
	}
	return b.String()
}

// strftimeSpec formats the conversion spec starts with and says how many
// bytes it took.
func strftimeSpec(b *strings.Builder, spec string, f tmFields, us int, z, zname string) int {
	j := 1
	var pad byte
	upper, swap := false, false
	for ; j < len(spec); j++ {
		switch c := spec[j]; c {
		case '_', '-', '0':
			pad = c
			continue
		case '^':
			upper = true
			continue
		case '#':
			swap = true
			continue
		}
		break
	}
	width := -1
	for ; j < len(spec) && spec[j] >= '0' && spec[j] <= '9'; j++ {
		if width < 0 {
			width = 0
		}
		width = width*10 + int(spec[j]-'0')
	}
	var modifier byte
	if j < len(spec) && (spec[j] == 'E' || spec[j] == 'O') {
		modifier = spec[j]
		j++
	}
	if j >= len(spec) {
		writePadded(b, spec, width, pad)
		return len(spec)
	}
	conv := spec[j]
	j++
	if us >= 0 && j == 2 {
		// datetime's own directives, only in their bare form.
		switch {
		case conv == 'f':
			fmt.Fprintf(b, "%06d", us)
			return j
		case conv == ':' && len(spec) > 2 && spec[2] == 'z':
			b.WriteString(colonOffset(z))
			return 3
		}
	}
	if !strftimeModifierOK(conv, modifier) {
		writePadded(b, spec[:j], width, pad)
		return j
	}
	year, mon, day, hour, min, sec, wday, yday := f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]
	hour12 := hour % 12
	if hour12 == 0 {
		hour12 = 12
	}
	// text writes a word: ^ makes it upper case; # upper case for names,
	// lower case for the AM/PM mark and the zone name; lower stays so.
	text := func(s string, hashLower bool) {
		switch {
		case swap && hashLower, s == strings.ToLower(s):
			s = strings.ToLower(s)
		case upper || swap:
			s = strings.ToUpper(s)
		}
		writePadded(b, s, width, pad)
	}
	// number writes n with at least digits digits, zero-padded unless
	// spaces is set or the flags say otherwise.
	number := func(n, digits int, spaces bool) {
		p := pad
		if spaces && p != '0' && p != '-' {
			p = '_'
		}
		if p == 0 {
			p = '0'
		}
		s := strconv.Itoa(n)
		if p != '-' {
			filler := "0"
			if p == '_' {
				filler = " "
			}
			for len(s) < digits {
				s = filler + s
			}
		}
		writePadded(b, s, width, p)
	}
	// composite writes another format's result, upper-cased by ^.
	composite := func(sub string) {
		s := strftime(sub, f, -1, z, zname)
		if upper {
			s = strings.ToUpper(s)
		}
		writePadded(b, s, width, pad)
	}
	ampm := "AM"
	if hour >= 12 {
		ampm = "PM"
	}
	isoYear, isoWeek := time.Date(year, time.Month(mon), day, 12, 0, 0, 0, time.UTC).ISOWeek()
	switch conv {
	case 'a':
		text(nameAt(weekdayNames, wday, 3), false)
	case 'A':
		text(nameAt(weekdayNames, wday, 0), false)
	case 'b', 'h':
		text(nameAt(monthNames, mon-1, 3), false)
	case 'B':
		text(nameAt(monthNames, mon-1, 0), false)
	case 'c':
		composite("%a %b %e %H:%M:%S %Y")
	case 'C':
		number(year/100, 1, false)
	case 'd':
		number(day, 2, false)
	case 'D', 'x':
		composite("%m/%d/%y")
	case 'e':
		number(day, 2, true)
	case 'F':
		composite("%Y-%m-%d")
	case 'G':
		number(isoYear, 1, false)
	case 'g':
		number(isoYear%100, 2, false)
	case 'H':
		number(hour, 2, false)
	case 'I':
		number(hour12, 2, false)
	case 'j':
		number(yday, 3, false)
	case 'k':
		number(hour, 2, true)
	case 'l':
		number(hour12, 2, true)
	case 'm':
		number(mon, 2, false)
	case 'M':
		number(min, 2, false)
	case 'n':
		text("\n", false)
	case 'p':
		text(ampm, true)
	case 'P':
		text(strings.ToLower(ampm), true)
	case 'r':
		composite("%I:%M:%S %p")
	case 'R':
		composite("%H:%M")
	case 's':
		number(int(time.Date(year, time.Month(mon), day, hour, min, sec, 0, time.Local).Unix()), 1, false)
	case 'S':
		number(sec, 2, false)
	case 't':
		text("\t", false)
	case 'T', 'X':
		composite("%H:%M:%S")
	case 'u':
		number(wday+1, 1, false)
	case 'U':
		number((yday-1+7-(wday+1)%7)/7, 2, false)
	case 'V':
		number(isoWeek, 2, false)
	case 'w':
		number((wday+1)%7, 1, false)
	case 'W':
		number((yday-1+7-wday)/7, 2, false)
	case 'y':
		number(year%100, 2, false)
	case 'Y':
		number(year, 1, false)
	case 'z':
		switch {
		case us >= 0:
			// datetime writes only the bare %z and %Z.
			if j == 2 {
				b.WriteString(z)
			}
		case len(z) < 5 || width < 0 && pad == 0:
			text(z, false)
		default:
			// glibc pads the sign and the number each to the width.
			writePadded(b, z[:1], width, pad)
			hhmm, _ := strconv.Atoi(z[1:5])
			number(hhmm, 4, false)
		}
	case 'Z':
		if us < 0 {
			text(zname, true)
		} else if j == 2 {
			b.WriteString(zname)
		}
	case '%':
		text("%", false)
	default:
		writePadded(b, spec[:j], width, pad)
	}
	return j
}

// strftimeModifierOK says whether glibc accepts the E or O modifier
// before conv; it prints the spec as it is when not.
func strftimeModifierOK(conv, modifier byte) bool {
	switch modifier {
	case 'E':
		return !strings.ContainsRune("aAbBdDeFgGhHIjklmMSUVwW", rune(conv))
	case 'O':
		return !strings.ContainsRune("aAcDFxXY", rune(conv))
	}
	return true
}

// writePadded writes s right-aligned in width, filled with zeros for the
// 0 flag and spaces otherwise.
func writePadded(b *strings.Builder, s string, width int, pad byte) {
	filler := " "
	if pad == '0' {
		filler = "0"
	}
	if n := width - len(s); n > 0 {
		b.WriteString(strings.Repeat(filler, n))
	}
	b.WriteString(s)
}

// nameAt is names[i], cut to its first n letters when n > 0; "?" out of
// range.
func nameAt(names []string, i, n int) string {
	if i < 0 || i >= len(names) {
		return "?"
	}
	if n > 0 {
		return names[i][:n]
	}
	return names[i]
}

// colonOffset is %:z: a +HHMM[SS[.ffffff]] offset with colons.
func colonOffset(z string) string {
	if len(z) < 5 {
		return z
	}
	s := z[:3] + ":" + z[3:5]
	if len(z) > 5 {
		s += ":" + z[5:]
	}
	return s
}

// formatOffset is %z of an offset in seconds and microseconds.
func formatOffset(secs, us int) string {
	sign := '+'
	if secs < 0 || (secs == 0 && us < 0) {
		sign = '-'
		secs, us = -secs, -us
	}
	s := fmt.Sprintf("%c%02d%02d", sign, secs/3600, secs/60%60)
	if secs%60 != 0 || us != 0 {
		s += fmt.Sprintf("%02d", secs%60)
		if us != 0 {
			s += fmt.Sprintf(".%06d", us)
		}
	}
	return s
}

// strptime directives as regular expressions, as CPython's _strptime
// builds them for the C locale.
var strptimeRegex = map[byte]string{
	'd': `(3[01]|[12]\d|0[1-9]|[1-9]| [1-9])`,
	'f': `(\d{1,6})`,
	'H': `(2[0-3]|[0-1]\d|\d)`,
	'I': `(1[0-2]|0[1-9]|[1-9])`,
	'G': `(\d\d\d\d)`,
	'j': `(36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])`,
	'm': `(1[0-2]|0[1-9]|[1-9])`,
	'M': `([0-5]\d|\d)`,
	'S': `(6[0-1]|[0-5]\d|\d)`,
	'U': `(5[0-3]|[0-4]\d|\d)`,
	'w': `([0-6])`,
	'u': `([1-7])`,
	'V': `(5[0-3]|0[1-9]|[1-4]\d|\d)`,
	'y': `(\d\d)`,
	'Y': `(\d\d\d\d)`,
	'z': `([+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|(?-i:Z))`,
	'W': `(5[0-3]|[0-4]\d|\d)`,
}

func namesRegex(names []string, abbrev bool) string {
	var alts []string
	for _, n := range names {
		if abbrev {
			n = n[:3]
		}
		alts = append(alts, strings.ToLower(n))
	}
	sort.SliceStable(alts, func(i, j int) bool { return len(alts[i]) > len(alts[j]) })
	return "(" + strings.Join(alts, "|") + ")"
}

func init() {
	strptimeRegex['a'] = namesRegex(weekdayNames, true)
	strptimeRegex['A'] = namesRegex(weekdayNames, false)
	strptimeRegex['b'] = namesRegex(monthNames, true)
	strptimeRegex['B'] = namesRegex(monthNames, false)
	strptimeRegex['p'] = `(am|pm)`
}

var spaceRun = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\s+`) })

// strptimeResult is what strptime parsed.
type strptimeResult struct {
	f            tmFields
	us           int
	isdst        int
	tzname       py.Object
	gmtoff       py.Object
	gmtoffFrac   int
	hasTZ, hasYr bool
}

// strptime parses data with format as CPython's _strptime does in the C
// locale; errors are ValueErrors with CPython's messages.
func strptime(data, format string) (*strptimeResult, error) {
	expanded := strings.NewReplacer("%c", "%a %b %d %H:%M:%S %Y", "%x", "%m/%d/%y", "%X", "%H:%M:%S", "%D", "%m/%d/%y", "%T", "%H:%M:%S", "%R", "%H:%M").Replace(format)
	var re strings.Builder
	re.WriteString(`(?is)^`)
	var order []byte
	for i := 0; i < len(expanded); i++ {
		ch := expanded[i]
		if ch == '%' {
			if i+1 >= len(expanded) {
				return nil, py.ExceptionNewf(py.ValueError, "stray %% in format '%s'", format)
			}
			i++
			d := expanded[i]
			if d == '%' {
				re.WriteString("%")
				continue
			}
			if d == 'Z' {
				names := []string{"utc", "gmt"}
				for _, n := range localTZNames() {
					names = append(names, regexp.QuoteMeta(strings.ToLower(n)))
				}
				sort.SliceStable(names, func(i, j int) bool { return len(names[i]) > len(names[j]) })
				re.WriteString("(" + strings.Join(names, "|") + ")")
				order = append(order, d)
				continue
			}
			r, ok := strptimeRegex[d]
			if !ok {
				return nil, py.ExceptionNewf(py.ValueError, "'%c' is a bad directive in format '%s'", d, format)
			}
			re.WriteString(r)
			order = append(order, d)
			continue
		}
		j := i
		for j < len(expanded) && expanded[j] != '%' {
			j++
		}
		lit := expanded[i:j]
		parts := spaceRun().Split(lit, -1)
		for k, p := range parts {
			if k > 0 {
				re.WriteString(`\s+`)
			}
			re.WriteString(regexp.QuoteMeta(p))
		}
		i = j - 1
	}
	rx, err := regexp.Compile(re.String())
	if err != nil {
		return nil, py.ExceptionNewf(py.ValueError, "%v", err)
	}
	m := rx.FindStringSubmatchIndex(data)
	if m == nil {
		return nil, py.ExceptionNewf(py.ValueError, "time data %s does not match format %s", pyRepr(data), pyRepr(format))
	}
	if m[1] != len(data) {
		return nil, py.ExceptionNewf(py.ValueError, "unconverted data remains: %s", data[m[1]:])
	}
	res := &strptimeResult{isdst: -1, tzname: py.None, gmtoff: py.None}
	year, month, day := -1, 1, 1
	hour, minute, second := 0, 0, 0
	weekday, julian, weekOfYear, isoYear, isoWeek := -1, -1, -1, -1, -1
	weekStartsMon := false
	ampm := ""
	hour12 := false
	for k, d := range order {
		s := data[m[2+2*k]:m[3+2*k]]
		n, _ := strconv.Atoi(strings.TrimSpace(s))
		low := strings.ToLower(s)
		switch d {
		case 'y':
			year = n + 1900
			if n <= 68 {
				year = n + 2000
			}
		case 'Y':
			year = n
		case 'G':
			isoYear = n
		case 'm':
			month = n
		case 'B', 'b':
			for i, name := range monthNames {
				if low == strings.ToLower(name) || low == strings.ToLower(name[:3]) {
					month = i + 1
				}
			}
		case 'd':
			day = n
		case 'H':
			hour, hour12 = n, false
		case 'I':
			hour, hour12 = n, true
		case 'M':
			minute = n
		case 'S':
			second = n
		case 'f':
			res.us, _ = strconv.Atoi(s + strings.Repeat("0", 6-len(s)))
		case 'p':
			ampm = low
		case 'A', 'a':
			for i, name := range weekdayNames {
				if low == strings.ToLower(name) || low == strings.ToLower(name[:3]) {
					weekday = i
				}
			}
		case 'w':
			weekday = (n + 6) % 7
		case 'u':
			weekday = n - 1
		case 'j':
			julian = n
		case 'U', 'W':
			weekOfYear = n
			weekStartsMon = d == 'W'
		case 'V':
			isoWeek = n
		case 'z':
			if s == "Z" {
				res.gmtoff = py.Int(0)
				res.hasTZ = true
				break
			}
			z := strings.ReplaceAll(s, ":", "")
			sign := 1
			if z[0] == '-' {
				sign = -1
			}
			hh, _ := strconv.Atoi(z[1:3])
			mm, _ := strconv.Atoi(z[3:5])
			ss := 0
			if len(z) >= 7 {
				ss, _ = strconv.Atoi(z[5:7])
			}
			frac := 0
			if dot := strings.IndexByte(z, '.'); dot >= 0 {
				fs := z[dot+1:]
				frac, _ = strconv.Atoi(fs + strings.Repeat("0", 6-len(fs)))
			}
			res.gmtoff = py.Int(sign * (hh*3600 + mm*60 + ss))
			res.gmtoffFrac = sign * frac
			res.hasTZ = true
		case 'Z':
			res.tzname = py.String(s)
			names := localTZNames()
			switch {
			case low == "utc" || low == "gmt":
				res.isdst = 0
			case len(names) > 1 && names[1] != names[0] && low == strings.ToLower(names[1]):
				res.isdst = 1
			case low == strings.ToLower(names[0]):
				res.isdst = 0
			}
		}
	}
	if hour12 {
		// Without %p a 12-hour clock reads as the morning: 12 is 0.
		if ampm != "pm" && hour == 12 {
			hour = 0
		} else if ampm == "pm" && hour != 12 {
			hour += 12
		}
	}
	if isoYear >= 0 && julian < 0 {
		if isoWeek < 0 || weekday < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "ISO year directive '%%G' must be used with the ISO week directive '%%V' and a weekday directive ('%%A', '%%a', '%%w', or '%%u').")
		}
	} else if isoWeek >= 0 && (year < 0 || weekday < 0) {
		return nil, py.ExceptionNewf(py.ValueError, "ISO week directive '%%V' must be used with the ISO year directive '%%G' and a weekday directive ('%%A', '%%a', '%%w', or '%%u').")
	}
	leapFix := false
	res.hasYr = year >= 0
	if year < 0 && month == 2 && day == 29 {
		year, leapFix = 1904, true
	} else if year < 0 {
		year = 1900
	}
	ordinal := func(y, m, d int) int { return dateOrdinal(y, m, d) }
	if julian < 0 && weekday >= 0 {
		if weekOfYear >= 0 {
			first := (ordinal(year, 1, 1) + 6) % 7 // Monday 0
			dow := weekday
			if !weekStartsMon {
				first = (first + 1) % 7
				dow = (dow + 1) % 7
			}
			week0 := (7 - first) % 7
			if weekOfYear == 0 {
				julian = 1 + dow - first
			} else {
				julian = 1 + week0 + 7*(weekOfYear-1) + dow
			}
		} else if isoYear >= 0 && isoWeek >= 0 {
			// Monday of ISO week 1 is the Monday on or before January 4.
			jan4 := ordinal(isoYear, 1, 4)
			week1 := jan4 - (jan4+6)%7
			o := week1 + (isoWeek-1)*7 + weekday
			year, month, day = ordinalDate(o)
			julian = o - ordinal(year, 1, 1) + 1
		}
		if julian >= 0 && julian <= 0 {
			year--
			if isLeap(year) {
				julian += 366
			} else {
				julian += 365
			}
		}
	}
	if julian < 0 {
		if year < 1 || year > 9999 {
			return nil, py.ExceptionNewf(py.ValueError, "year %d is out of range", year)
		}
		if day > daysInMonth(year, month) {
			return nil, py.ExceptionNewf(py.ValueError, "day is out of range for month")
		}
		julian = ordinal(year, month, day) - ordinal(year, 1, 1) + 1
	} else {
		o := julian - 1 + ordinal(year, 1, 1)
		year, month, day = ordinalDate(o)
	}
	if weekday < 0 {
		weekday = (ordinal(year, month, day) + 6) % 7
	}
	if leapFix {
		year = 1900
	}
	res.f = tmFields{year, month, day, hour, minute, second, weekday, julian}
	return res, nil
}

// dateOrdinal is the proleptic Gregorian ordinal of a date (0001-01-01
// is 1).
func dateOrdinal(y, m, d int) int {
	py := y - 1
	days := py*365 + py/4 - py/100 + py/400
	for i := 1; i < m; i++ {
		days += daysInMonth(y, i)
	}
	return days + d
}

func ordinalDate(o int) (int, int, int) {
	t := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, o-1)
	return t.Year(), int(t.Month()), t.Day()
}

func pyRepr(s string) string {
	r, err := reprOf(py.String(s))
	if err != nil {
		return "'" + s + "'"
	}
	return r
}

// localTZNames is time.tzname: the standard and daylight-saving names of
// the local zone.
func localTZNames() []string {
	y := time.Now().Year()
	jan, _ := time.Date(y, 1, 1, 0, 0, 0, 0, time.Local).Zone()
	jul, _ := time.Date(y, 7, 1, 0, 0, 0, 0, time.Local).Zone()
	_, janOff := time.Date(y, 1, 1, 0, 0, 0, 0, time.Local).Zone()
	_, julOff := time.Date(y, 7, 1, 0, 0, 0, 0, time.Local).Zone()
	if janOff > julOff { // southern hemisphere
		jan, jul = jul, jan
	}
	return []string{jan, jul}
}

// timestampArg converts a timestamp argument (None for now) to seconds
// and nanoseconds, rounding floats as CPython does (half even).
func timestampArg(o py.Object) (int64, int64, error) {
	switch x := o.(type) {
	case py.NoneType:
		now := time.Now()
		return now.Unix(), int64(now.Nanosecond()), nil
	case py.Float:
		f := float64(x)
		if math.IsNaN(f) {
			return 0, 0, py.ExceptionNewf(py.ValueError, "Invalid value NaN (not a number)")
		}
		if math.IsInf(f, 0) || math.Abs(f) > 1e18 {
			return 0, 0, py.ExceptionNewf(py.OverflowError, "timestamp out of range for platform time_t")
		}
		sec := math.Floor(f)
		return int64(sec), int64(math.Round((f - sec) * 1e9)), nil
	}
	b, err := indexBig(o)
	if err != nil {
		return 0, 0, err
	}
	if !b.IsInt64() {
		return 0, 0, py.ExceptionNewf(py.OverflowError, "timestamp out of range for platform time_t")
	}
	return b.Int64(), 0, nil
}

// exactTuple is the tuple of t's items followed by more, with no spare
// capacity to share.
func exactTuple(t py.Tuple, more ...py.Object) py.Tuple {
	out := make(py.Tuple, 0, len(t)+len(more))
	return append(append(out, t...), more...)
}

func fieldsTuple(f tmFields) py.Tuple {
	t := make(py.Tuple, len(f))
	for i, v := range f {
		t[i] = py.Int(v)
	}
	return t
}

// tupleFields reads the first 8 fields of a time tuple (as struct_time
// or a 9-tuple).
func tupleFields(name string, o py.Object) (tmFields, error) {
	var items []py.Object
	if err := forEach(o, func(x py.Object) error { items = append(items, x); return nil }); err != nil {
		return tmFields{}, py.ExceptionNewf(py.TypeError, "Tuple or struct_time argument required")
	}
	if len(items) != 9 {
		return tmFields{}, py.ExceptionNewf(py.TypeError, "%s(): illegal time tuple argument", name)
	}
	var f tmFields
	for i := 0; i < 8; i++ {
		b, err := indexBig(items[i])
		if err != nil {
			return f, err
		}
		f[i] = int(b.Int64())
	}
	return f, nil
}

func timeNowFloat() float64 {
	now := time.Now()
	return float64(now.UnixNano()) / 1e9
}

func processTimeNs() int64 {
	var ru unix.Rusage
	if unix.Getrusage(unix.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

func setupTime(c *Context, m *py.Module) error {
	g := m.Globals
	noArgs := func(name string, fn func() py.Object, doc string) {
		g[name] = py.MustNewMethod(name, func(_ py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 0 {
				return nil, py.ExceptionNewf(py.TypeError, "time.%s() takes no arguments (%d given)", name, len(args))
			}
			return fn(), nil
		}, 0, doc)
	}
	noArgs("time", func() py.Object { return py.Float(timeNowFloat()) }, "time()\n\nSeconds since 1970-01-01 UTC, as a float.")
	noArgs("time_ns", func() py.Object { return py.Int(time.Now().UnixNano()) }, "time_ns()\n\nNanoseconds since 1970-01-01 UTC, as an int.")
	mono := func() int64 { return int64(time.Since(startMonotonic)) + 1_000_000_000 }
	noArgs("monotonic", func() py.Object { return py.Float(float64(mono()) / 1e9) }, "monotonic()\n\nSeconds on a clock that never goes back; only differences mean anything.")
	noArgs("monotonic_ns", func() py.Object { return py.Int(mono()) }, "monotonic_ns()\n\nmonotonic() in whole nanoseconds.")
	noArgs("perf_counter", func() py.Object { return py.Float(float64(mono()) / 1e9) }, "perf_counter()\n\nSeconds on the clock for timing short intervals (here the monotonic clock).")
	noArgs("perf_counter_ns", func() py.Object { return py.Int(mono()) }, "perf_counter_ns()\n\nperf_counter() in whole nanoseconds.")
	noArgs("process_time", func() py.Object { return py.Float(float64(processTimeNs()) / 1e9) }, "process_time()\n\nCPU seconds this process has used, in user and kernel mode together.")
	noArgs("process_time_ns", func() py.Object { return py.Int(processTimeNs()) }, "process_time_ns()\n\nprocess_time() in whole nanoseconds.")
	noArgs("thread_time", func() py.Object { return py.Float(float64(processTimeNs()) / 1e9) }, "thread_time()\n\nCPU seconds used (the whole process's here: scripts run one thread).")
	noArgs("thread_time_ns", func() py.Object { return py.Int(processTimeNs()) }, "thread_time_ns()\n\nthread_time() in whole nanoseconds.")

	// _tm(seconds, local) -> (fields..., isdst, zone, gmtoff)
	g["_tm"] = py.MustNewMethod("_tm", func(_ py.Object, args py.Tuple) (py.Object, error) {
		sec, _, err := timestampArg(args[0])
		if err != nil {
			return nil, err
		}
		t := time.Unix(sec, 0).UTC()
		isdst := 0
		if args[1] == py.True {
			t = t.In(time.Local)
			if t.IsDST() {
				isdst = 1
			}
		}
		if t.Year() < -999999 || t.Year() > 999999 {
			return nil, py.ExceptionNewf(py.OverflowError, "timestamp out of range for platform time_t")
		}
		zone, off := t.Zone()
		if args[1] != py.True {
			zone = "GMT"
		}
		return exactTuple(fieldsTuple(fieldsOf(t)), py.Int(isdst), py.String(zone), py.Int(off)), nil
	}, 0, "")
	g["_timestamp_parts"] = py.MustNewMethod("_timestamp_parts", func(_ py.Object, arg py.Object) (py.Object, error) {
		sec, ns, err := timestampArg(arg)
		if err != nil {
			return nil, err
		}
		return py.Tuple{py.Int(sec), py.Int(ns)}, nil
	}, 0, "")
	// _mktime(fields...) -> seconds, of a local time
	g["_mktime"] = py.MustNewMethod("_mktime", func(_ py.Object, arg py.Object) (py.Object, error) {
		f, err := tupleFields("mktime", arg)
		if err != nil {
			return nil, err
		}
		t := time.Date(f[0], time.Month(f[1]), f[2], f[3], f[4], f[5], 0, time.Local)
		return py.Float(float64(t.Unix())), nil
	}, 0, "")
	// _local_offset(seconds) -> (offset seconds, zone name) of local time
	g["_local_offset"] = py.MustNewMethod("_local_offset", func(_ py.Object, arg py.Object) (py.Object, error) {
		sec, _, err := timestampArg(arg)
		if err != nil {
			return nil, err
		}
		zone, off := time.Unix(sec, 0).In(time.Local).Zone()
		return py.Tuple{py.Int(off), py.String(zone)}, nil
	}, 0, "")
	// _strftime(format, fields, us, z, Z)
	g["_strftime"] = py.MustNewMethod("_strftime", func(_ py.Object, args py.Tuple) (py.Object, error) {
		format, ok := args[0].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "strftime() argument 1 must be str, not %s", args[0].Type().Name)
		}
		var f tmFields
		t, _ := args[1].(py.Tuple)
		for i := 0; i < 8 && i < len(t); i++ {
			if n, ok := t[i].(py.Int); ok {
				f[i] = int(n)
			}
		}
		us, _ := args[2].(py.Int)
		z, _ := args[3].(py.String)
		zn, _ := args[4].(py.String)
		return py.String(strftime(string(format), f, int(us), string(z), string(zn))), nil
	}, 0, "")
	g["_format_offset"] = py.MustNewMethod("_format_offset", func(_ py.Object, args py.Tuple) (py.Object, error) {
		s, _ := args[0].(py.Int)
		us, _ := args[1].(py.Int)
		return py.String(formatOffset(int(s), int(us))), nil
	}, 0, "")
	// _strptime(data, format) -> (fields..., us, isdst, tzname, gmtoff, gmtoff_us)
	g["_strptime"] = py.MustNewMethod("_strptime", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "strptime() takes exactly 2 arguments (%d given)", len(args))
		}
		data, ok := args[0].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "strptime() argument 1 must be str, not %s", args[0].Type().Name)
		}
		format, ok := args[1].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "strptime() argument 2 must be str, not %s", args[1].Type().Name)
		}
		r, err := strptime(string(data), string(format))
		if err != nil {
			return nil, err
		}
		return exactTuple(fieldsTuple(r.f), py.Int(r.us), py.Int(r.isdst), r.tzname, r.gmtoff, py.Int(r.gmtoffFrac)), nil
	}, 0, "")
	names := localTZNames()
	y := time.Now().Year()
	_, janOff := time.Date(y, 1, 1, 0, 0, 0, 0, time.Local).Zone()
	_, julOff := time.Date(y, 7, 1, 0, 0, 0, 0, time.Local).Zone()
	std, dst := janOff, julOff
	if std > dst {
		std, dst = dst, std
	}
	g["timezone"] = py.Int(-std)
	g["altzone"] = py.Int(-dst)
	if std == dst {
		g["daylight"] = py.Int(0)
	} else {
		g["daylight"] = py.Int(1)
	}
	g["tzname"] = py.Tuple{py.String(names[0]), py.String(names[1])}
	g["CLOCK_REALTIME"] = py.Int(0)
	g["CLOCK_MONOTONIC"] = py.Int(1)
	g["CLOCK_PROCESS_CPUTIME_ID"] = py.Int(2)
	g["CLOCK_THREAD_CPUTIME_ID"] = py.Int(3)
	return nil
}
