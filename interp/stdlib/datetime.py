"""Fast implementation of the datetime module."""

import time as _time
from math import modf as _modf, floor as _floor


def _cround(x):
    """C's round(): halfway cases away from zero."""
    if x < 0:
        return -float(_floor(-x + 0.5))
    return float(_floor(x + 0.5))

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim

_DAYNAMES = [None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _int_field(value):
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return _index(value)


def _check_date_fields(year, month, day):
    year = _int_field(year)
    month = _int_field(month)
    day = _int_field(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _int_field(hour)
    minute = _int_field(minute)
    second = _int_field(second)
    microsecond = _int_field(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _cmperror(x, y, op):
    raise TypeError("'%s' not supported between instances of '%s' and '%s'" % (
        op, _qualname(x), _qualname(y)))


def _qualname(obj):
    t = type(obj)
    mod = getattr(t, '__module__', 'builtins')
    if mod == 'builtins' or mod is None:
        return t.__name__
    return '%s.%s' % (mod, t.__qualname__)


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _format_offset(off, sep=':'):
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, mm = divmod(off, timedelta(hours=1))
    mm, ss = divmod(mm, timedelta(minutes=1))
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or ss.microseconds:
        s += '%s%02d' % (sep, ss.seconds)
        if ss.microseconds:
            s += '.%06d' % ss.microseconds
    return s


def _check_utc_offset(name, offset):
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24), not %r." % (offset,))
    return offset


def _strftime(fmt, tt, us, tz_owner):
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(fmt).__name__)
    z = ''
    zname = ''
    if '%z' in fmt or '%Z' in fmt or '%:z' in fmt:
        if tz_owner is not None:
            off = tz_owner.utcoffset()
            if off is not None:
                z = _format_offset(off, '')
            name = tz_owner.tzname()
            if name is not None:
                zname = name
    return _time._strftime(fmt, tt, us, z, zname)


class timedelta:
    """A length of time, kept as days, seconds and microseconds."""

    def __init__(self, days=0, seconds=0, microseconds=0,
                 milliseconds=0, minutes=0, hours=0, weeks=0):
        for v in (days, seconds, microseconds, milliseconds, minutes, hours, weeks):
            if not (_isint(v) or isinstance(v, float)):
                raise TypeError("unsupported type for timedelta %s component: %s" % (
                    'days', type(v).__name__))
        total = 0
        leftover = 0.0
        for value, factor in ((microseconds, 1), (milliseconds, 1000), (seconds, 1000000),
                              (minutes, 60000000), (hours, 3600000000), (days, 86400000000),
                              (weeks, 604800000000)):
            if isinstance(value, float):
                frac, whole = _modf(value)
                total += _round_sum([(whole, factor)])
                leftover += frac * factor
            elif value:
                total += value * factor
        if leftover:
            whole_us = _cround(leftover)
            if abs(whole_us - leftover) == 0.5:
                is_odd = total & 1
                whole_us = 2.0 * _cround((leftover + is_odd) * 0.5) - is_odd
            total += int(whole_us)
        self._setus(total)

    def _setus(self, us):
        d, rem = divmod(us, 86400000000)
        s, u = divmod(rem, 1000000)
        if not -999999999 <= d <= 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % d)
        self._days = d
        self._seconds = s
        self._microseconds = u
        self._hashcode = -1

    @classmethod
    def _from_us(cls, us):
        self = object.__new__(cls)
        self._setus(us)
        return self

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        """The whole duration in seconds, as a float."""
        return self._to_us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return '%s.%s(%s)' % (self.__class__.__module__, self.__class__.__qualname__,
                              ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            plural = 's' if abs(self._days) != 1 else ''
            s = '%d day%s, ' % (self._days, plural) + s
        if self._microseconds:
            s = s + '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if _isint(other):
            return timedelta._from_us(self._to_us() * other)
        if isinstance(other, float):
            return timedelta._from_us(_round_sum([(self._to_us(), other)]))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            ous = other._to_us()
            if ous == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return self._to_us() // ous
        if _isint(other):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            ous = other._to_us()
            if ous == 0:
                raise ZeroDivisionError('division by zero')
            return self._to_us() / ous
        if _isint(other) or isinstance(other, float):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(_round_div(self._to_us(), other))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            ous = other._to_us()
            if ous == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(self._to_us() % ous)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            ous = other._to_us()
            if ous == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            q, r = divmod(self._to_us(), ous)
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() == other._to_us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() != other._to_us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() < other._to_us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() <= other._to_us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() > other._to_us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() >= other._to_us()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (self.__class__, (self._days, self._seconds, self._microseconds))


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class date:
    """A calendar day, given by year, month and day."""

    def __init__(self, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self._year = year
        self._month = month
        self._day = day

    @classmethod
    def _make(cls, y, m, d):
        self = object.__new__(cls)
        date.__init__(self, y, m, d)
        return self

    @classmethod
    def fromtimestamp(cls, t):
        """Construct a date from a POSIX timestamp (like time.time())."""
        y, m, d, hh, mm, ss, weekday, jday, dst, zone, off = _time._tm(t, True)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """Construct a date from time.time()."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """Construct a date from a proleptic Gregorian ordinal."""
        n = _int_field(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAXORDINAL:
            raise ValueError('year %d is out of range' % (MAXYEAR + 1))
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) not in (7, 8, 10):
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        try:
            return cls(*_parse_isoformat_date(date_string))
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """Construct a date from the ISO year, week number and weekday."""
        return cls(*_isocal_to_ymd(year, week, day))

    @classmethod
    def strptime(cls, date_string, format):
        """Parse a string according to the given format (like time.strptime())."""
        r = _time._strptime(date_string, format)
        return cls(r[0], r[1], r[2])

    def __repr__(self):
        return '%s.%s(%d, %d, %d)' % (self.__class__.__module__, self.__class__.__qualname__,
                                      self._year, self._month, self._day)

    def ctime(self):
        """The date in time.ctime()'s layout, e.g. 'Wed Jan  3 00:00:00 2024'."""
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_DAYNAMES[weekday], _MONTHNAMES[self._month],
                                           self._day, self._year)

    def strftime(self, format):
        """Format using strftime()."""
        return _strftime(format, self._tt(), 0, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        """Return the date formatted according to ISO: YYYY-MM-DD."""
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def _tt(self):
        return (self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                _days_before_month(self._year, self._month) + self._day)

    def timetuple(self):
        """Return local time tuple compatible with time.localtime()."""
        return _time.struct_time(self._tt() + (-1,))

    def toordinal(self):
        """Return proleptic Gregorian ordinal for the year, month and day."""
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """Return a new date with new values for the specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    __replace__ = replace

    def _cmpkey(self):
        return (self._year, self._month, self._day)

    def _comparable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime) and \
            not isinstance(self, datetime)

    def __eq__(self, other):
        if self._comparable(other):
            return self._cmpkey() == other._cmpkey()
        return NotImplemented

    def __ne__(self, other):
        if self._comparable(other):
            return self._cmpkey() != other._cmpkey()
        return NotImplemented

    def __lt__(self, other):
        if self._comparable(other):
            return self._cmpkey() < other._cmpkey()
        return NotImplemented

    def __le__(self, other):
        if self._comparable(other):
            return self._cmpkey() <= other._cmpkey()
        return NotImplemented

    def __gt__(self, other):
        if self._comparable(other):
            return self._cmpkey() > other._cmpkey()
        return NotImplemented

    def __ge__(self, other):
        if self._comparable(other):
            return self._cmpkey() >= other._cmpkey()
        return NotImplemented

    def __hash__(self):
        return hash(self._cmpkey())

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        """Return day of the week, where Monday == 0 ... Sunday == 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return day of the week, where Monday == 1 ... Sunday == 7."""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """The ISO 8601 calendar date: (year, week, weekday), Monday being 1."""
        year = self._year
        week1monday = _isoweek1monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1monday, 7)
        if week < 0:
            year -= 1
            week1monday = _isoweek1monday(year)
            week, day = divmod(today - week1monday, 7)
        elif week >= 52:
            if today >= _isoweek1monday(year + 1):
                year += 1
                week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day))


def _isoweek1monday(year):
    firstday = _ymd2ord(year, 1, 1)
    firstweekday = (firstday + 6) % 7
    week1monday = firstday - firstweekday
    if firstweekday > 3:
        week1monday += 7
    return week1monday


def _isocal_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid weekday: %d (range is [1, 7])' % day)
    day_offset = (week - 1) * 7 + (day - 1)
    day_1 = _isoweek1monday(year)
    return _ord2ymd(day_1 + day_offset)


def _parse_isoformat_date(s):
    if len(s) < 7 or not s[0:4].isdigit():
        raise ValueError('bad')
    year = int(s[0:4])
    has_sep = s[4] == '-'
    pos = 4 + has_sep
    if s[pos] == 'W':
        pos += 1
        week = int(s[pos:pos + 2])
        pos += 2
        day = 1
        if len(s) > pos:
            if (s[pos] == '-') != has_sep:
                raise ValueError('bad')
            pos += has_sep
            day = int(s[pos:pos + 1])
        return list(_isocal_to_ymd(year, week, day))
    if not s[pos:pos + 2].isdigit():
        raise ValueError('bad')
    month = int(s[pos:pos + 2])
    pos += 2
    if (s[pos:pos + 1] == '-') != has_sep:
        raise ValueError('bad')
    pos += has_sep
    if len(s[pos:pos + 2]) != 2 or not s[pos:pos + 2].isdigit():
        raise ValueError('bad')
    day = int(s[pos:pos + 2])
    if len(s) != pos + 2:
        raise ValueError('bad')
    return [year, month, day]


def _parse_hh_mm_ss_ff(s):
    n = len(s)
    parts = [0, 0, 0, 0]
    pos = 0
    has_sep = None
    for comp in range(3):
        if n - pos < 2 or not s[pos:pos + 2].isdigit():
            raise ValueError('Incomplete time component')
        parts[comp] = int(s[pos:pos + 2])
        pos += 2
        nc = s[pos:pos + 1]
        if comp == 0:
            has_sep = nc == ':'
        if not nc or comp >= 2:
            break
        if has_sep and nc != ':':
            raise ValueError('Invalid time separator: %c' % nc)
        pos += has_sep
    if pos < n:
        if s[pos] not in '.,':
            raise ValueError('Invalid microsecond component')
        pos += 1
        frac = s[pos:]
        digits = ''
        for ch in frac:
            if not ch.isdigit():
                raise ValueError('Non-digit values in unparsed fraction')
            digits += ch
        if not digits:
            raise ValueError('Invalid microsecond component')
        parts[3] = int((digits + '000000')[:6])
    return parts


def _parse_isoformat_time(s):
    if len(s) < 2:
        raise ValueError('Isoformat time too short')
    tzpos = -1
    for i, ch in enumerate(s):
        if ch in '+-Zz':
            tzpos = i
            break
    timestr = s[:tzpos] if tzpos >= 0 else s
    parts = _parse_hh_mm_ss_ff(timestr)
    tzi = None
    if tzpos >= 0:
        tzstr = s[tzpos:]
        if tzstr in ('Z', 'z'):
            tzi = timezone.utc
        else:
            sign = -1 if tzstr[0] == '-' else 1
            body = tzstr[1:]
            if len(body) not in (2, 4, 5, 6, 8, 9) and len(body) < 10:
                raise ValueError('Malformed time zone string')
            tz = _parse_hh_mm_ss_ff(body)
            td = timedelta(hours=tz[0], minutes=tz[1], seconds=tz[2], microseconds=tz[3])
            tzi = timezone.utc if not td else timezone(sign * td)
    parts.append(tzi)
    return parts


class tzinfo:
    """Base for time zones: subclasses give utcoffset, dst and tzname."""

    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')

    def fromutc(self, dt):
        """Turn dt, a UTC time tagged with this tzinfo, into this zone's local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError('fromutc(): dt.dst gave inconsistent results; cannot convert')
        return dt + dtdst


class IsoCalendarDate(tuple):

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, [year, week, weekday])

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return '%s(year=%d, week=%d, weekday=%d)' % (
            self.__class__.__qualname__ if self.__class__ is not IsoCalendarDate
            else 'datetime.IsoCalendarDate', self[0], self[1], self[2])


class time:
    """A time of day, to the microsecond, with an optional time zone."""

    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def _us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def _cmp(self, other):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp(self._us(), other._us())
        if myoff is None or otoff is None:
            return None
        myhhmm = self._us() - myoff._to_us()
        othhmm = other._us() - otoff._to_us()
        return _cmp(myhhmm, othhmm)

    def __eq__(self, other):
        if isinstance(other, time):
            r = self._cmp(other)
            return r == 0
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _order(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        r = self._cmp(other)
        if r is None:
            raise TypeError("can't compare offset-naive and offset-aware times")
        return r

    def __lt__(self, other):
        r = self._order(other, '<')
        return r if r is NotImplemented else r < 0

    def __le__(self, other):
        r = self._order(other, '<=')
        return r if r is NotImplemented else r <= 0

    def __gt__(self, other):
        r = self._order(other, '>')
        return r if r is NotImplemented else r > 0

    def __ge__(self, other):
        r = self._order(other, '>=')
        return r if r is NotImplemented else r >= 0

    def __hash__(self):
        off = self.utcoffset()
        if not off:
            return hash((self._hour, self._minute, self._second, self._microsecond))
        return hash(self._us() - off._to_us())

    def __repr__(self):
        if self._microsecond != 0:
            s = ', %d, %d' % (self._second, self._microsecond)
        elif self._second != 0:
            s = ', %d' % self._second
        else:
            s = ''
        s = '%s.%s(%d, %d%s)' % (self.__class__.__module__, self.__class__.__qualname__,
                                 self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r' % self._tzinfo + ')'
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def isoformat(self, timespec='auto'):
        """Return the time formatted according to ISO."""
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    def __str__(self):
        return self.isoformat()

    @classmethod
    def fromisoformat(cls, time_string):
        """Construct a time from a string in one of the ISO 8601 formats."""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string[1:] if time_string[:1] == 'T' else time_string
        try:
            h, m, sec, us, tz = _parse_isoformat_time(s)
            return cls(h, m, sec, us, tz)
        except Exception:
            raise ValueError('Invalid isoformat string: %r' % (time_string,)) from None

    @classmethod
    def strptime(cls, date_string, format):
        """Parse a string according to the given format (like time.strptime())."""
        r = _time._strptime(date_string, format)
        return cls(r[3], r[4], r[5], r[8])

    def strftime(self, format):
        """Format using strftime()."""
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1)
        return _strftime(format, tt, self._microsecond, self)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset('utcoffset', self._tzinfo.utcoffset(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset('dst', self._tzinfo.dst(None))

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """Return a new time with new values for the specified fields."""
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    __replace__ = replace

    def __bool__(self):
        return True

    def __reduce__(self):
        return (self.__class__, (self._hour, self._minute, self._second,
                                 self._microsecond, self._tzinfo))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """A date and a time of day together, with an optional time zone."""

    def __init__(self, year, month=None, day=None, hour=0, minute=0, second=0,
                 microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        sec, ns = _time._timestamp_parts(t)
        us = _round_div(ns, 1000)
        if us >= 1000000:
            sec += 1
            us -= 1000000
        if utc:
            y, m, d, hh, mm, ss = _time._tm(sec, False)[:6]
        else:
            y, m, d, hh, mm, ss = _time._tm(sec, True)[:6]
        result = cls(y, m, d, hh, mm, ss, us, tz)
        return result

    @classmethod
    def fromtimestamp(cls, timestamp, tz=None):
        """Construct a datetime from a POSIX timestamp (like time.time())."""
        _check_tzinfo(tz)
        if isinstance(timestamp, str) or not (_isint(timestamp) or isinstance(timestamp, float)):
            _index(timestamp)
        result = cls._fromtimestamp(timestamp, tz is not None, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        """The UTC date and time of timestamp t, without a tzinfo."""
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        """Construct a datetime from time.time() and optional time zone info."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        """Construct a UTC datetime from time.time()."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """Construct a datetime from a given date and a given time."""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a datetime from a string in one of the ISO 8601 formats."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) < 7:
            raise ValueError('Invalid isoformat string: %r' % (date_string,))
        try:
            sep = 10
            if len(date_string) > 7 and date_string[4] != '-' and date_string[4] != 'W':
                sep = 8
            if len(date_string) > 4 and date_string[4] == '-' and len(date_string) > 5 and date_string[5] == 'W':
                sep = 8 if len(date_string) == 8 or (len(date_string) > 8 and not date_string[8] == '-') else 10
            elif len(date_string) > 4 and date_string[4] == 'W':
                sep = 7 if len(date_string) == 7 or not date_string[7].isdigit() else 8
            dstr = date_string[:sep]
            ymd = _parse_isoformat_date(dstr)
            tstr = date_string[sep + 1:]
            if len(date_string) > sep:
                h, m, s, us, tz = _parse_isoformat_time(tstr)
            else:
                h, m, s, us, tz = 0, 0, 0, 0, None
            if h == 24 and m == 0 and s == 0 and us == 0:
                return cls(*ymd, 0, 0, 0, 0, tz) + timedelta(days=1)
            return cls(*ymd, h, m, s, us, tz)
        except Exception:
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None

    @classmethod
    def strptime(cls, date_string, format):
        """Read date_string as laid out by format (the time.strptime codes);
        a %z in it gives the result a fixed-offset timezone."""
        r = _time._strptime(date_string, format)
        tz = None
        if r[11] is not None:
            off = timedelta(seconds=r[11], microseconds=r[12])
            if r[10] is not None:
                tz = timezone(off, r[10])
            else:
                tz = timezone(off)
        return cls(r[0], r[1], r[2], r[3], r[4], r[5], r[8], tz)

    def timetuple(self):
        """Return local time tuple compatible with time.localtime()."""
        dst = self.dst()
        if dst is None:
            dst = -1
        elif dst:
            dst = 1
        else:
            dst = 0
        return _time.struct_time(self._tt() + (dst,))

    def _tt(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self.weekday(), _days_before_month(self._year, self._month) + self._day)

    def _local_timestamp(self):
        epoch = datetime(1970, 1, 1)
        t = (self - epoch) // timedelta(0, 1)
        off1 = _time._local_offset(t)[0]
        u1 = t - off1
        off2 = _time._local_offset(u1)[0]
        u2 = t - off2
        if off1 == off2:
            return u2
        return u1 if self._fold else u2

    def timestamp(self):
        """Seconds since the Unix epoch, as a float; a naive value counts as local time."""
        if self._tzinfo is None:
            s = self._local_timestamp()
            return s + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        """Return UTC time tuple compatible with time.gmtime()."""
        offset = self.utcoffset()
        if offset:
            self -= offset
        y, m, d = self.year, self.month, self.day
        hh, mm, ss = self.hour, self.minute, self.second
        return _time.struct_time((y, m, d, hh, mm, ss, self.weekday(),
                                  _days_before_month(y, m) + d, 0))

    def date(self):
        """Return the date part."""
        return date(self._year, self._month, self._day)

    def time(self):
        """Return the time part, with tzinfo None."""
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        """Return the time part, with same tzinfo."""
        return time(self._hour, self._minute, self._second, self._microsecond,
                    self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        """Return a new datetime with new values for the specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo, fold=fold)

    __replace__ = replace

    def _local_timezone(self):
        if self._tzinfo is None:
            ts = self._local_timestamp()
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        off, name = _time._local_offset(ts)
        return timezone(timedelta(seconds=off), name)

    def astimezone(self, tz=None):
        """Convert to local time in new timezone tz."""
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("astimezone() argument 1 must be datetime.tzinfo, not %s" % type(tz).__name__)
        mytz = self._tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            myoffset = mytz.utcoffset(self)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                myoffset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        """The time in time.ctime()'s layout, e.g. 'Wed Jan  3 14:05:09 2024'."""
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAYNAMES[weekday], _MONTHNAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def strftime(self, format):
        """Format using strftime()."""
        return _strftime(format, self._tt(), self._microsecond, self)

    def isoformat(self, sep='T', timespec='auto'):
        """Return the time formatted according to ISO."""
        s = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep) + \
            _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    def __repr__(self):
        L = [self._year, self._month, self._day, self._hour, self._minute,
             self._second, self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = '%s.%s(%s)' % (self.__class__.__module__, self.__class__.__qualname__,
                           ', '.join(map(str, L)))
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r' % self._tzinfo + ')'
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset('utcoffset', self._tzinfo.utcoffset(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)
        return name

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset('dst', self._tzinfo.dst(self))

    def _us(self):
        return (((self.toordinal() * 24 + self._hour) * 60 + self._minute) * 60 +
                self._second) * 1000000 + self._microsecond

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp(self._us(), other._us())
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return _cmp(self._us() - myoff._to_us(), other._us() - otoff._to_us())

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) >= 0
        return NotImplemented

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._us() + other._to_us()
        days, rem = divmod(us, 86400000000)
        if 0 < days <= _MAXORDINAL:
            y, m, d = _ord2ymd(days)
            rem, u = divmod(rem, 1000000)
            rem, s = divmod(rem, 60)
            h, mi = divmod(rem, 60)
            return type(self)(y, m, d, h, mi, s, u, self._tzinfo)
        raise OverflowError('date value out of range')

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        base = timedelta._from_us(self._us() - other._us())
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    def __hash__(self):
        off = self.utcoffset()
        if off is None:
            return hash(self._us())
        return hash(self._us() - off._to_us())

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day, self._hour,
                                 self._minute, self._second, self._microsecond, self._tzinfo))


_date_class = date
_time_class = time

date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


class timezone(tzinfo):
    """A time zone that is always the same timedelta ahead of UTC."""

    def __new__(cls, offset, name=None):
        if cls is timezone and name is None and isinstance(offset, timedelta) and \
                not offset and _UTC is not None:
            return _UTC
        return super().__new__(cls)

    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             "and timedelta(hours=24), not %r." % (offset,))
        self._offset = offset
        self._name = name

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s.%s(%r)' % (self.__class__.__module__, self.__class__.__qualname__,
                                  self._offset)
        return '%s.%s(%r, %r)' % (self.__class__.__module__, self.__class__.__qualname__,
                                  self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError('utcoffset() argument must be a datetime instance or None')

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError('tzname() argument must be a datetime instance or None')

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError('dst() argument must be a datetime instance or None')

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError('fromutc: dt.tzinfo is not self')
            return dt + self._offset
        raise TypeError('fromutc() argument must be a datetime instance or None')

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        if delta < timedelta(0):
            sign = '-'
            delta = -delta
        else:
            sign = '+'
        hours, rest = divmod(delta, timedelta(hours=1))
        minutes, rest = divmod(rest, timedelta(minutes=1))
        seconds = rest.seconds
        microseconds = rest.microseconds
        if microseconds:
            return 'UTC%s%02d:%02d:%02d.%06d' % (sign, hours, minutes, seconds, microseconds)
        if seconds:
            return 'UTC%s%02d:%02d:%02d' % (sign, hours, minutes, seconds)
        return 'UTC%s%02d:%02d' % (sign, hours, minutes)


_UTC = None
_UTC = timezone(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = _UTC
_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)

datetime_CAPI = None
