package interp

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"
)

// The _dtcalc module: the calendar arithmetic under the datetime module,
// and the checked filling of its values' fields, in Go so that building
// and shifting dates costs one call. A day is counted by its ordinal
// (0001-01-01 is day 1) and an instant by its stamp: microseconds since
// the start of day 0. No I/O and no audit events.

func init() {
	registerStdlib("_dtcalc", "Calendar arithmetic for the datetime module.", setupDtcalc, "")
}

const (
	usPerSecond  = 1000000
	usPerDay     = 86400 * usPerSecond
	lastOrdinal  = 3652059 // 9999-12-31
	maxDeltaDays = 999999999
	daysPer400   = 146097
)

// monthStart[m] is the day of a common year, counted from 0, that month
// m starts on; monthStart[13] is the length of the year.
var monthStart = [14]int64{0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365}

// leapYear reports whether year has a 29 February.
func leapYear(year int64) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// leapShift is 1 when month of year starts a day later than in a common
// year: March onwards in a leap year.
func leapShift(year, month int64) int64 {
	if month > 2 && leapYear(year) {
		return 1
	}
	return 0
}

// monthLength is the number of days in month of year.
func monthLength(year, month int64) int64 {
	return monthStart[month+1] - monthStart[month] + leapShift(year, month+1) - leapShift(year, month)
}

// spanDays is the number of days in the first n years of a 400-year
// cycle of the Gregorian calendar.
func spanDays(n int64) int64 {
	return 365*n + n/4 - n/100 + n/400
}

// dayNumber is the ordinal of year-month-day, for year >= 1.
func dayNumber(year, month, day int64) int64 {
	return spanDays(year-1) + monthStart[month] + leapShift(year, month) + day
}

// civilDate is the year, month and day of ordinal n >= 1. The year is
// first guessed from the average length of a year, then corrected.
func civilDate(n int64) (year, month, day int64) {
	cycles, rest := (n-1)/daysPer400, (n-1)%daysPer400
	k := rest * 400 / daysPer400
	for spanDays(k+1) <= rest {
		k++
	}
	for spanDays(k) > rest {
		k--
	}
	year = cycles*400 + k + 1
	yday := rest - spanDays(k)
	month = 1
	for month < 12 && yday >= monthStart[month+1]+leapShift(year, month+1) {
		month++
	}
	return year, month, yday - monthStart[month] - leapShift(year, month) + 1
}

// isoWeek is the ISO 8601 year, week and weekday (Monday 1) of ordinal
// n. A week belongs to the year its Thursday falls in.
func isoWeek(n int64) (year, week, weekday int64) {
	weekday = (n+6)%7 + 1
	thursday := n - weekday + 4
	year, _, _ = civilDate(thursday)
	return year, (thursday-dayNumber(year, 1, 1))/7 + 1, weekday
}

// isoWeekOne is the ordinal of the Monday that starts ISO week 1 of year:
// the week holding 4 January.
func isoWeekOne(year int64) int64 {
	jan4 := dayNumber(year, 1, 4)
	return jan4 - (jan4+6)%7
}

// cLong is an integer argument as C's long: floats and other types are
// refused, and so are ints beyond 64 bits.
func cLong(o py.Object) (int64, error) {
	switch x := o.(type) {
	case py.Int:
		return int64(x), nil
	case py.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	}
	b, err := indexBig(o)
	if err != nil {
		return 0, err
	}
	if !b.IsInt64() {
		return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C long")
	}
	return b.Int64(), nil
}

// cInt is an integer argument as C's int.
func cInt(o py.Object) (int64, error) {
	v, err := cLong(o)
	if err != nil {
		return 0, err
	}
	if v > math.MaxInt32 {
		return 0, py.ExceptionNewf(py.OverflowError, "signed integer is greater than maximum")
	}
	if v < math.MinInt32 {
		return 0, py.ExceptionNewf(py.OverflowError, "signed integer is less than minimum")
	}
	return v, nil
}

// cInts converts args with cInt, all of them before any range check.
func cInts(args py.Tuple) ([]int64, error) {
	out := make([]int64, len(args))
	for i, a := range args {
		v, err := cInt(a)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// checkDay refuses a year, month and day that name no date.
func checkDay(year, month, day int64) error {
	switch {
	case year < 1 || year > 9999:
		return py.ExceptionNewf(py.ValueError, "year %d is out of range", year)
	case month < 1 || month > 12:
		return py.ExceptionNewf(py.ValueError, "month must be in 1..12")
	case day < 1 || day > monthLength(year, month):
		return py.ExceptionNewf(py.ValueError, "day is out of range for month")
	}
	return nil
}

// checkClock refuses an hour, minute, second, microsecond or fold out of
// range.
func checkClock(hour, minute, second, micro, fold int64) error {
	switch {
	case hour < 0 || hour > 23:
		return py.ExceptionNewf(py.ValueError, "hour must be in 0..23")
	case minute < 0 || minute > 59:
		return py.ExceptionNewf(py.ValueError, "minute must be in 0..59")
	case second < 0 || second > 59:
		return py.ExceptionNewf(py.ValueError, "second must be in 0..59")
	case micro < 0 || micro > 999999:
		return py.ExceptionNewf(py.ValueError, "microsecond must be in 0..999999")
	case fold != 0 && fold != 1:
		return py.ExceptionNewf(py.ValueError, "fold must be either 0 or 1")
	}
	return nil
}

// instanceArg is the instance whose fields a fill function sets. A new
// instance gets room for a datetime's fields at once.
func instanceArg(o py.Object) (*Instance, error) {
	if inst, ok := o.(*Instance); ok {
		if len(inst.dict) == 0 {
			inst.dict = make(py.StringDict, 12)
			inst.order = make([]string, 0, 12)
		}
		return inst, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "cannot set fields of '%s' object", o.Type().Name)
}

// classArg is the class a constructor function makes an instance of.
func classArg(o py.Object) (*Instance, error) {
	cls, ok := o.(*py.Type)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "expected a class, not '%s'", o.Type().Name)
	}
	obj, err := newInstance(cls, nil, nil, true)
	if err != nil {
		return nil, err
	}
	return instanceArg(obj)
}

// set stores a field of o.
func (o *Instance) set(name string, v py.Object) {
	o.noteAttr(name)
	o.dict[name] = v
}

// setDay stores the fields of a date.
func setDay(o *Instance, year, month, day int64) {
	o.set("_year", py.Int(year))
	o.set("_month", py.Int(month))
	o.set("_day", py.Int(day))
	o.set("_ord", py.Int(dayNumber(year, month, day)))
}

// setClock stores the fields of a time of day.
func setClock(o *Instance, hour, minute, second, micro int64, tz py.Object, fold int64) {
	o.set("_hour", py.Int(hour))
	o.set("_minute", py.Int(minute))
	o.set("_second", py.Int(second))
	o.set("_microsecond", py.Int(micro))
	o.set("_tzinfo", tz)
	o.set("_fold", py.Int(fold))
}

// clockMicros is the microsecond of the day a time of day is.
func clockMicros(hour, minute, second, micro int64) int64 {
	return (hour*3600+minute*60+second)*usPerSecond + micro
}

// setInstant stores the fields of a datetime at stamp.
func setInstant(o *Instance, stamp int64, tz py.Object, fold int64) {
	n, tod := stamp/usPerDay, stamp%usPerDay
	y, m, d := civilDate(n)
	o.set("_year", py.Int(y))
	o.set("_month", py.Int(m))
	o.set("_day", py.Int(d))
	o.set("_ord", py.Int(n))
	secs := tod / usPerSecond
	setClock(o, secs/3600, secs/60%60, secs%60, tod%usPerSecond, tz, fold)
	o.set("_stamp", py.Int(stamp))
}

// fieldInt reads an int field of o.
func fieldInt(o py.Object, name string) (int64, error) {
	inst, ok := o.(*Instance)
	if ok {
		if v, ok := inst.dict[name].(py.Int); ok {
			return int64(v), nil
		}
	}
	return 0, py.ExceptionNewf(py.TypeError, "'%s' object has no field %s", o.Type().Name, name)
}

// deltaMicros is the length of a timedelta in microseconds; ok is false
// when it does not fit 64 bits.
func deltaMicros(td py.Object) (us int64, ok bool, err error) {
	days, err := fieldInt(td, "_days")
	if err != nil {
		return 0, false, err
	}
	secs, err := fieldInt(td, "_seconds")
	if err != nil {
		return 0, false, err
	}
	micros, err := fieldInt(td, "_microseconds")
	if err != nil {
		return 0, false, err
	}
	if days > math.MaxInt64/usPerDay-1 || days < math.MinInt64/usPerDay+1 {
		return 0, false, nil
	}
	return days*usPerDay + secs*usPerSecond + micros, true, nil
}

// deltaFactors are timedelta's keyword arguments in the order they are
// summed, with their length in microseconds; index is the argument's
// position in the constructor.
var deltaFactors = []struct {
	name   string
	index  int
	factor int64
}{
	{"microseconds", 2, 1},
	{"milliseconds", 3, 1000},
	{"seconds", 1, usPerSecond},
	{"minutes", 4, 60 * usPerSecond},
	{"hours", 5, 3600 * usPerSecond},
	{"days", 0, usPerDay},
	{"weeks", 6, 7 * usPerDay},
}

// roundHalfAway is C's round(): halves go away from zero.
func roundHalfAway(x float64) float64 {
	if x < 0 {
		return -math.Floor(-x + 0.5)
	}
	return math.Floor(x + 0.5)
}

// deltaTotal is the length in microseconds of timedelta's seven
// arguments. Whole parts add up exactly; the fractions of floats add up
// as a float, rounded once at the end, halves to the even total.
func deltaTotal(args py.Tuple) (*big.Int, error) {
	if total, ok := smallDeltaTotal(args); ok {
		return big.NewInt(total), nil
	}
	total := new(big.Int)
	part := new(big.Int)
	frac := 0.0
	for _, f := range deltaFactors {
		v := unwrap(args[f.index])
		if fl, ok := v.(py.Float); ok {
			x := float64(fl)
			if math.IsNaN(x) {
				return nil, py.ExceptionNewf(py.ValueError, "cannot convert float NaN to integer")
			}
			if math.IsInf(x, 0) {
				return nil, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
			}
			whole, rest := math.Modf(x)
			big.NewFloat(whole).Int(part)
			total.Add(total, part.Mul(part, big.NewInt(f.factor)))
			frac += rest * float64(f.factor)
			continue
		}
		b, ok := toBig(v)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "unsupported type for timedelta %s component: %s", f.name, args[f.index].Type().Name)
		}
		if b.Sign() != 0 {
			total.Add(total, b.Mul(b, big.NewInt(f.factor)))
		}
	}
	if frac != 0 {
		r := roundHalfAway(frac)
		if math.Abs(r-frac) == 0.5 {
			odd := float64(total.Bit(0))
			r = 2*roundHalfAway((frac+odd)*0.5) - odd
		}
		total.Add(total, big.NewInt(int64(r)))
	}
	return total, nil
}

// smallDeltaTotal is deltaTotal for seven small ints; ok is false for
// anything else.
func smallDeltaTotal(args py.Tuple) (total int64, ok bool) {
	for _, f := range deltaFactors {
		limit := py.Int(math.MaxInt64 / 8 / f.factor)
		v, isInt := args[f.index].(py.Int)
		if !isInt || v > limit || v < -limit {
			return 0, false
		}
		total += int64(v) * f.factor
	}
	return total, true
}

// setDelta stores a timedelta of total microseconds in o, refusing one
// beyond timedelta's range.
func setDelta(o *Instance, total *big.Int) error {
	if total.IsInt64() {
		t := total.Int64()
		days, r := t/usPerDay, t%usPerDay
		if r < 0 {
			days, r = days-1, r+usPerDay
		}
		if days <= maxDeltaDays && days >= -maxDeltaDays {
			o.set("_days", py.Int(days))
			o.set("_seconds", py.Int(r/usPerSecond))
			o.set("_microseconds", py.Int(r%usPerSecond))
			return nil
		}
	}
	days, rest := new(big.Int).DivMod(total, big.NewInt(usPerDay), new(big.Int))
	if !days.IsInt64() || days.Int64() > math.MaxInt32 || days.Int64() < math.MinInt32 {
		return py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C int")
	}
	if d := days.Int64(); d > maxDeltaDays || d < -maxDeltaDays {
		return py.ExceptionNewf(py.OverflowError, "days=%d; must have magnitude <= %d", d, maxDeltaDays)
	}
	r := rest.Int64()
	o.set("_days", py.Int(days.Int64()))
	o.set("_seconds", py.Int(r/usPerSecond))
	o.set("_microseconds", py.Int(r%usPerSecond))
	return nil
}

// outOfRange is the error of arithmetic that leaves the calendar.
func outOfRange() error {
	return py.ExceptionNewf(py.OverflowError, "date value out of range")
}

// dtcalcFuncs are the module's functions.
var dtcalcFuncs = map[string]func(args py.Tuple) (py.Object, error){
	// fill_date(obj, year, month, day) checks and stores a date.
	"fill_date": func(args py.Tuple) (py.Object, error) {
		o, err := instanceArg(args[0])
		if err != nil {
			return nil, err
		}
		v, err := cInts(args[1:4])
		if err != nil {
			return nil, err
		}
		if err := checkDay(v[0], v[1], v[2]); err != nil {
			return nil, err
		}
		setDay(o, v[0], v[1], v[2])
		return py.None, nil
	},
	// fill_time(obj, hour, minute, second, microsecond, tzinfo, fold)
	// checks and stores a time of day.
	"fill_time": func(args py.Tuple) (py.Object, error) {
		o, err := instanceArg(args[0])
		if err != nil {
			return nil, err
		}
		v, err := cInts(append(args[1:5:5], args[6]))
		if err != nil {
			return nil, err
		}
		if err := checkClock(v[0], v[1], v[2], v[3], v[4]); err != nil {
			return nil, err
		}
		setClock(o, v[0], v[1], v[2], v[3], args[5], v[4])
		o.set("_tod", py.Int(clockMicros(v[0], v[1], v[2], v[3])))
		return py.None, nil
	},
	// fill_datetime(obj, year, month, day, hour, minute, second,
	// microsecond, tzinfo, fold) checks and stores a datetime.
	"fill_datetime": func(args py.Tuple) (py.Object, error) {
		o, err := instanceArg(args[0])
		if err != nil {
			return nil, err
		}
		return fillDatetime(o, args[1:])
	},
	// new_datetime(cls, year, ..., tzinfo, fold) is a checked datetime
	// of cls made without calling cls.
	"new_datetime": func(args py.Tuple) (py.Object, error) {
		o, err := classArg(args[0])
		if err != nil {
			return nil, err
		}
		if _, err := fillDatetime(o, args[1:]); err != nil {
			return nil, err
		}
		return o, nil
	},
	// at(cls, stamp, tzinfo) is the datetime of cls at stamp, fold 0.
	"at": func(args py.Tuple) (py.Object, error) {
		o, err := classArg(args[0])
		if err != nil {
			return nil, err
		}
		stamp, err := cLong(args[1])
		if err != nil {
			return nil, err
		}
		setInstant(o, stamp, args[2], 0)
		return o, nil
	},
	// on(cls, ordinal) is the date of cls on day ordinal.
	"on": func(args py.Tuple) (py.Object, error) {
		o, err := classArg(args[0])
		if err != nil {
			return nil, err
		}
		n, err := cLong(args[1])
		if err != nil {
			return nil, err
		}
		y, m, d := civilDate(n)
		setDay(o, y, m, d)
		return o, nil
	},
	// moved(stamp, delta, sign) is stamp plus sign times a timedelta,
	// refused outside years 1 to 9999.
	"moved": func(args py.Tuple) (py.Object, error) {
		stamp, err := cLong(args[0])
		if err != nil {
			return nil, err
		}
		us, ok, err := deltaMicros(args[1])
		if err != nil {
			return nil, err
		}
		if args[2] == py.Int(-1) {
			us = -us
		}
		if !ok || us > (lastOrdinal+1)*usPerDay || us < -(lastOrdinal+1)*usPerDay {
			return nil, outOfRange()
		}
		stamp += us
		if stamp < usPerDay || stamp >= (lastOrdinal+1)*usPerDay {
			return nil, outOfRange()
		}
		return py.Int(stamp), nil
	},
	// moved_days(ordinal, days) is ordinal plus days, refused outside
	// years 1 to 9999.
	"moved_days": func(args py.Tuple) (py.Object, error) {
		n, err := cLong(args[0])
		if err != nil {
			return nil, err
		}
		days, err := cLong(args[1])
		if err != nil {
			return nil, err
		}
		if days > lastOrdinal || days < -lastOrdinal || n+days < 1 || n+days > lastOrdinal {
			return nil, outOfRange()
		}
		return py.Int(n + days), nil
	},
	// fields(stamp) is (year, month, day, hour, minute, second,
	// microsecond) at stamp.
	"fields": func(args py.Tuple) (py.Object, error) {
		stamp, err := cLong(args[0])
		if err != nil {
			return nil, err
		}
		y, m, d := civilDate(stamp / usPerDay)
		tod := stamp % usPerDay
		secs := tod / usPerSecond
		return py.Tuple{py.Int(y), py.Int(m), py.Int(d), py.Int(secs / 3600), py.Int(secs / 60 % 60),
			py.Int(secs % 60), py.Int(tod % usPerSecond)}, nil
	},
	// civil(ordinal) is (year, month, day) of a checked ordinal: an int
	// from 1 to 3652059.
	"civil": func(args py.Tuple) (py.Object, error) {
		n, err := cLong(args[0])
		if err != nil {
			return nil, err
		}
		if n < 1 {
			return nil, py.ExceptionNewf(py.ValueError, "ordinal must be >= 1")
		}
		if n > math.MaxInt32 {
			return nil, py.ExceptionNewf(py.OverflowError, "signed integer is greater than maximum")
		}
		if n > lastOrdinal {
			return nil, py.ExceptionNewf(py.ValueError, "year %d is out of range", 10000)
		}
		y, m, d := civilDate(n)
		return py.Tuple{py.Int(y), py.Int(m), py.Int(d)}, nil
	},
	// iso_week(ordinal) is (ISO year, week, weekday).
	"iso_week": func(args py.Tuple) (py.Object, error) {
		n, err := cLong(args[0])
		if err != nil {
			return nil, err
		}
		y, w, d := isoWeek(n)
		return py.Tuple{py.Int(y), py.Int(w), py.Int(d)}, nil
	},
	// from_iso_week(year, week, weekday) is (year, month, day) of an
	// ISO calendar date, checked.
	"from_iso_week": func(args py.Tuple) (py.Object, error) {
		v := make([]int64, 3)
		for i, a := range args[:3] {
			n, err := cLong(a)
			if err == nil && (n > math.MaxInt32 || n < math.MinInt32) {
				err = py.ExceptionNewf(py.ValueError, "ISO calendar component out of range")
			}
			if err != nil {
				if py.IsException(py.OverflowError, err) {
					err = py.ExceptionNewf(py.ValueError, "ISO calendar component out of range")
				}
				return nil, err
			}
			v[i] = n
		}
		year, week, day := v[0], v[1], v[2]
		if year < 1 || year > 9999 {
			return nil, py.ExceptionNewf(py.ValueError, "Year is out of range: %d", year)
		}
		monday := isoWeekOne(year)
		weeks := (isoWeekOne(year+1) - monday) / 7
		if week < 1 || week > weeks {
			return nil, py.ExceptionNewf(py.ValueError, "Invalid week: %d", week)
		}
		if day < 1 || day > 7 {
			return nil, py.ExceptionNewf(py.ValueError, "Invalid day: %d (range is [1, 7])", day)
		}
		n := monday + (week-1)*7 + day - 1
		if n > lastOrdinal {
			return nil, py.ExceptionNewf(py.ValueError, "year %d is out of range", 10000)
		}
		y, m, d := civilDate(n)
		return py.Tuple{py.Int(y), py.Int(m), py.Int(d)}, nil
	},
	// days_before_month(year, month) is the day of the year, from 0,
	// that month starts on.
	"days_before_month": func(args py.Tuple) (py.Object, error) {
		y, err := cLong(args[0])
		if err != nil {
			return nil, err
		}
		m, err := cLong(args[1])
		if err != nil {
			return nil, err
		}
		return py.Int(monthStart[m] + leapShift(y, m)), nil
	},
	// fill_delta(obj, days, seconds, microseconds, milliseconds,
	// minutes, hours, weeks) sums and stores a timedelta.
	"fill_delta": func(args py.Tuple) (py.Object, error) {
		o, err := instanceArg(args[0])
		if err != nil {
			return nil, err
		}
		total, err := deltaTotal(args[1:8])
		if err != nil {
			return nil, err
		}
		return py.None, setDelta(o, total)
	},
	// delta(cls, microseconds) is a timedelta of cls that long, made
	// without calling cls.
	"delta": func(args py.Tuple) (py.Object, error) {
		o, err := classArg(args[0])
		if err != nil {
			return nil, err
		}
		total, err := indexBig(args[1])
		if err != nil {
			return nil, err
		}
		if err := setDelta(o, total); err != nil {
			return nil, err
		}
		return o, nil
	},
}

// dtcalcArity is the number of arguments each function takes.
var dtcalcArity = map[string]int{
	"fill_date": 4, "fill_time": 7, "fill_datetime": 10, "new_datetime": 10, "at": 3, "on": 2,
	"moved": 3, "moved_days": 2, "fields": 1, "civil": 1, "iso_week": 1, "from_iso_week": 3,
	"days_before_month": 2, "fill_delta": 8, "delta": 2,
}

// fillDatetime checks year to fold (tzinfo checked by the caller) and
// stores them in o.
func fillDatetime(o *Instance, args py.Tuple) (py.Object, error) {
	v, err := cInts(append(args[0:7:7], args[8]))
	if err != nil {
		return nil, err
	}
	if err := checkDay(v[0], v[1], v[2]); err != nil {
		return nil, err
	}
	if err := checkClock(v[3], v[4], v[5], v[6], v[7]); err != nil {
		return nil, err
	}
	n := dayNumber(v[0], v[1], v[2])
	setInstant(o, n*usPerDay+clockMicros(v[3], v[4], v[5], v[6]), args[7], v[7])
	return py.None, nil
}

func setupDtcalc(_ *Context, m *py.Module) error {
	for name, fn := range dtcalcFuncs {
		want := dtcalcArity[name]
		m.Globals[name] = py.MustNewMethod(name, func(_ py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != want {
				return nil, py.ExceptionNewf(py.TypeError, "%s() takes exactly %s (%d given)", name, argCount(want), len(args))
			}
			return fn(args)
		}, 0, "")
	}
	return nil
}
