"""Fast implementation of the datetime module."""

import time as _time
import _dtcalc as _calc

MINYEAR = 1
MAXYEAR = 9999

# Both tables are indexed so that the day of week of ordinal n is
# _WEEKDAY_ABBR[n % 7] (day 1, 0001-01-01, was a Monday) and the month m
# is _MONTH_ABBR[m - 1].
_WEEKDAY_ABBR = 'Sun Mon Tue Wed Thu Fri Sat'.split()
_MONTH_ABBR = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split()

_US_PER_DAY = 86400 * 1000000


def _type_label(obj):
    """The module-qualified name of obj's class, as comparison errors give it."""
    cls = type(obj)
    mod = getattr(cls, '__module__', 'builtins')
    if mod is None or mod == 'builtins':
        return cls.__name__
    return mod + '.' + cls.__qualname__


def _repr_name(obj):
    """The class name repr gives obj: module-qualified for this module's own
    classes, bare for a subclass."""
    cls = type(obj)
    if cls in (timedelta, date, time, datetime, timezone):
        return 'datetime.' + cls.__name__
    return cls.__name__


def _sign(n):
    """-1, 0 or 1 as n is negative, zero or positive."""
    return (n > 0) - (n < 0)


def _tz_arg(tz):
    """Refuse a tzinfo argument that is neither None nor a tzinfo."""
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _clock_text(h, m, s, us, timespec='auto'):
    """A time of day in ISO form, to the precision timespec names."""
    spec = timespec
    if spec == 'auto':
        spec = 'seconds' if us == 0 else 'microseconds'
    if spec == 'hours':
        return '%02d' % h
    text = '%02d:%02d' % (h, m)
    if spec == 'minutes':
        return text
    text += ':%02d' % s
    if spec == 'seconds':
        return text
    if spec == 'milliseconds':
        return text + '.%03d' % (us // 1000)
    if spec == 'microseconds':
        return text + '.%06d' % us
    raise ValueError('Unknown timespec value')


def _offset_text(off, sep=':'):
    """A UTC offset as +HH:MM, with seconds and microseconds when not zero."""
    if off is None:
        return ''
    us = off._to_us()
    sign = '-' if us < 0 else '+'
    secs, frac = divmod(abs(us), 1000000)
    text = '%s%02d%s%02d' % (sign, secs // 3600, sep, secs // 60 % 60)
    if secs % 60 or frac:
        text += '%s%02d' % (sep, secs % 60)
        if frac:
            text += '.%06d' % frac
    return text


def _checked_offset(method, offset):
    """offset as a tzinfo method returned it, refused unless None or under a day."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (method, type(offset).__name__))
    if not -_US_PER_DAY < offset._to_us() < _US_PER_DAY:
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24), not %r." % (offset,))
    return offset


def _strftime(fmt, tt, us, zone_of):
    """Format the time tuple tt; %z and %Z come from zone_of when given."""
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(fmt).__name__)
    z = zname = ''
    if zone_of is not None and ('%z' in fmt or '%Z' in fmt or '%:z' in fmt):
        off = zone_of.utcoffset()
        if off is not None:
            z = _offset_text(off, '')
        label = zone_of.tzname()
        if label is not None:
            zname = label
    return _time._strftime(fmt, tt, us, z, zname)


def _span(us):
    """A timedelta of us microseconds."""
    return _calc.delta(timedelta, us)


class timedelta:
    """A signed length of time, to the microsecond: days, seconds (under a
    day) and microseconds (under a second), the days carrying the sign."""

    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        _calc.fill_delta(self, days, seconds, microseconds, milliseconds, minutes, hours, weeks)

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
        """The length in seconds, as a float."""
        return self._to_us() / 10 ** 6

    def __repr__(self):
        parts = ['%s=%d' % kv for kv in (('days', self._days), ('seconds', self._seconds),
                                         ('microseconds', self._microseconds)) if kv[1]]
        return '%s(%s)' % (_repr_name(self), ', '.join(parts) or '0')

    def __str__(self):
        days, secs, us = self._days, self._seconds, self._microseconds
        clock = '%d:%02d:%02d' % (secs // 3600, secs // 60 % 60, secs % 60)
        if us:
            clock += '.%06d' % us
        if not days:
            return clock
        return '%d %s, %s' % (days, 'day' if days in (1, -1) else 'days', clock)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _span(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _span(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _span(other._to_us() - self._to_us())
        return NotImplemented

    def __neg__(self):
        return _span(-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return _span(-self._to_us()) if self._days < 0 else self

    def __mul__(self, other):
        if _isint(other):
            return _span(self._to_us() * other)
        if isinstance(other, float):
            return _span(_round_sum([(self._to_us(), other)]))
        return NotImplemented

    __rmul__ = __mul__

    def _divisor(self, other):
        """other's length in microseconds, refused when zero."""
        us = other._to_us()
        if us == 0:
            raise ZeroDivisionError('integer division or modulo by zero')
        return us

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // self._divisor(other)
        if _isint(other):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _span(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            us = other._to_us()
            if us == 0:
                raise ZeroDivisionError('division by zero')
            return self._to_us() / us
        if _isint(other) or isinstance(other, float):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _span(_round_div(self._to_us(), other))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _span(self._to_us() % self._divisor(other))
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), self._divisor(other))
            return q, _span(r)
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
        return hash(self._to_us())

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (self.__class__, (self._days, self._seconds, self._microseconds))


timedelta.resolution = _span(1)
timedelta.min = _span(-999999999 * _US_PER_DAY)
timedelta.max = _span(1000000000 * _US_PER_DAY - 1)


def _plain_date(obj):
    """Whether obj is a date but not a datetime."""
    return isinstance(obj, date) and not isinstance(obj, datetime)


class date:
    """A day of the proleptic Gregorian calendar: year, month and day."""

    def __init__(self, year, month=None, day=None):
        _calc.fill_date(self, year, month, day)

    @classmethod
    def _on(cls, n):
        """The date of cls on day n, which is in range."""
        if cls is date:
            return _calc.on(date, n)
        return cls(*_calc.civil(n))

    @classmethod
    def fromtimestamp(cls, t):
        """The local date at POSIX timestamp t."""
        fields = _time._tm(t, True)
        return cls(fields[0], fields[1], fields[2])

    @classmethod
    def today(cls):
        """The current local date."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """The date on day n, counting 1 January of year 1 as day 1."""
        return cls(*_calc.civil(n))

    @classmethod
    def fromisoformat(cls, date_string):
        """The date that an ISO 8601 string such as 2024-03-05 or 2024-W10-2 names."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            ymd, end = _scan_iso_date(date_string)
            if end != len(date_string):
                raise _NotIso
        except _NotIso:
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """The date in ISO week week of ISO year year, on weekday day (Monday 1)."""
        return cls(*_calc.from_iso_week(year, week, day))

    @classmethod
    def strptime(cls, date_string, format):
        """The date read from date_string as laid out by format."""
        r = _time._strptime(date_string, format)
        return cls(r[0], r[1], r[2])

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_repr_name(self), self._year, self._month, self._day)

    def ctime(self):
        """The date in time.ctime()'s layout, e.g. 'Wed Jan  3 00:00:00 2024'."""
        return '%s %s %2d 00:00:00 %04d' % (_WEEKDAY_ABBR[self._ord % 7], _MONTH_ABBR[self._month - 1],
                                           self._day, self._year)

    def strftime(self, format):
        """The date formatted by the time.strftime() codes in format."""
        return _strftime(format, self._tt(), 0, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        """The date as YYYY-MM-DD."""
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

    def _yday(self):
        """The day of the year, 1 for 1 January."""
        return _calc.days_before_month(self._year, self._month) + self._day

    def _tt(self):
        return (self._year, self._month, self._day, 0, 0, 0, (self._ord + 6) % 7, self._yday())

    def timetuple(self):
        """The date as a time.struct_time at midnight, DST unknown."""
        return _time.struct_time(self._tt() + (-1,))

    def toordinal(self):
        """The day number of the date, 1 January of year 1 being day 1."""
        return self._ord

    def replace(self, year=None, month=None, day=None):
        """A copy of the date with the fields given changed."""
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    __replace__ = replace

    def __eq__(self, other):
        if _plain_date(self) and _plain_date(other):
            return self._ord == other._ord
        return NotImplemented

    def __ne__(self, other):
        if _plain_date(self) and _plain_date(other):
            return self._ord != other._ord
        return NotImplemented

    def __lt__(self, other):
        if _plain_date(self) and _plain_date(other):
            return self._ord < other._ord
        return NotImplemented

    def __le__(self, other):
        if _plain_date(self) and _plain_date(other):
            return self._ord <= other._ord
        return NotImplemented

    def __gt__(self, other):
        if _plain_date(self) and _plain_date(other):
            return self._ord > other._ord
        return NotImplemented

    def __ge__(self, other):
        if _plain_date(self) and _plain_date(other):
            return self._ord >= other._ord
        return NotImplemented

    def __hash__(self):
        return hash(self._ord)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._on(_calc.moved_days(self._ord, other._days))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._on(_calc.moved_days(self._ord, -other._days))
        if _plain_date(other):
            return _span((self._ord - other._ord) * _US_PER_DAY)
        return NotImplemented

    def weekday(self):
        """The day of the week, Monday 0 to Sunday 6."""
        return (self._ord + 6) % 7

    def isoweekday(self):
        """The day of the week, Monday 1 to Sunday 7."""
        return (self._ord + 6) % 7 + 1

    def isocalendar(self):
        """The ISO 8601 year, week number and weekday (Monday 1) of the date."""
        return IsoCalendarDate(*_calc.iso_week(self._ord))

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day))


class _NotIso(Exception):
    """The string is not in an ISO 8601 form fromisoformat reads."""


def _two_digits(s, i, n=2):
    """The number written by the n ASCII digits at s[i:], else _NotIso."""
    part = s[i:i + n]
    if len(part) != n or not (part.isascii() and part.isdigit()):
        raise _NotIso
    return int(part)


def _scan_iso_date(s):
    """Reads YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D] at the start
    of s: the (year, month, day) and where the date ends."""
    year = _two_digits(s, 0, 4)
    dashed = s[4:5] == '-'
    at = 4 + dashed
    if s[at:at + 1] == 'W':
        week = _two_digits(s, at + 1)
        at += 3
        weekday = 1
        if dashed and s[at:at + 1] == '-':
            weekday = _two_digits(s, at + 1, 1)
            at += 2
        elif not dashed and s[at:at + 1].isdigit():
            weekday = _two_digits(s, at, 1)
            at += 1
        try:
            return _calc.from_iso_week(year, week, weekday), at
        except ValueError:
            raise _NotIso from None
    month = _two_digits(s, at)
    at += 2
    if dashed:
        if s[at:at + 1] != '-':
            raise _NotIso
        at += 1
    return (year, month, _two_digits(s, at)), at + 2


def _scan_iso_clock(s, at):
    """Reads HH[:MM[:SS[.f...]]] (the colons all there or all left out)
    from s[at:]: [hour, minute, second, microsecond], where it ends, and
    whether it had a fraction of a second."""
    fields = [_two_digits(s, at), 0, 0, 0]
    at += 2
    colon = s[at:at + 1] == ':'
    for k in (1, 2):
        if colon:
            if s[at:at + 1] != ':':
                break
            fields[k] = _two_digits(s, at + 1)
            at += 3
        elif s[at:at + 1].isdigit():
            fields[k] = _two_digits(s, at)
            at += 2
        else:
            break
    else:
        if s[at:at + 1] in ('.', ','):
            end = at + 1
            while end < len(s) and s[end].isascii() and s[end].isdigit():
                end += 1
            if end == at + 1:
                raise _NotIso
            fields[3] = int((s[at + 1:end] + '000000')[:6])
            return fields, end, True
    return fields, at, False


def _scan_iso_time(s, at):
    """Reads a time of day and its optional UTC offset (Z, or +/- and a
    clock) from s[at:] to the end: [hour, minute, second, microsecond,
    tzinfo]. A space or tab may come before the offset when the time has
    no fraction of a second, as CPython allows."""
    fields, at, fraction = _scan_iso_clock(s, at)
    zone = None
    if at < len(s):
        if s[at] in ' \t' and not fraction and s[at + 1:at + 2] in ('+', '-', 'Z', 'z'):
            at += 1
        if s[at] in 'Zz':
            zone, at = timezone.utc, at + 1
        elif s[at] in '+-':
            west = s[at] == '-'
            (h, m, sec, us), at, _ = _scan_iso_clock(s, at + 1)
            offset = timedelta(hours=h, minutes=m, seconds=sec, microseconds=us)
            zone = timezone.utc if not offset else timezone(-offset if west else offset)
        else:
            raise _NotIso
    if at != len(s):
        raise _NotIso
    return fields + [zone]


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
        _calc.fill_time(self, hour, minute, second, microsecond, tzinfo, fold)
        _tz_arg(tzinfo)

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

    def _utc_diff(self, other):
        """The sign of self minus other, or None when only one is aware."""
        if self._tzinfo is other._tzinfo:
            return _sign(self._tod - other._tod)
        mine, theirs = self.utcoffset(), other.utcoffset()
        if mine == theirs:
            return _sign(self._tod - other._tod)
        if mine is None or theirs is None:
            return None
        return _sign((self._tod - mine._to_us()) - (other._tod - theirs._to_us()))

    def __eq__(self, other):
        if isinstance(other, time):
            return self._utc_diff(other) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._utc_diff(other) != 0
        return NotImplemented

    def _ordered(self, other):
        """The sign of self minus other for <, <= and the like."""
        d = self._utc_diff(other)
        if d is None:
            raise TypeError("can't compare offset-naive and offset-aware times")
        return d

    def __lt__(self, other):
        if isinstance(other, time):
            return self._ordered(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._ordered(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._ordered(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._ordered(other) >= 0
        return NotImplemented

    def __hash__(self):
        off = self.utcoffset()
        return hash(self._tod - off._to_us() if off else self._tod)

    def __repr__(self):
        fields = [self._hour, self._minute, self._second, self._microsecond]
        while len(fields) > 2 and fields[-1] == 0:
            fields.pop()
        text = ', '.join(map(str, fields))
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            text += ', fold=1'
        return '%s(%s)' % (_repr_name(self), text)

    def isoformat(self, timespec='auto'):
        """The time as HH:MM:SS, to the precision timespec names, then the UTC offset."""
        return _clock_text(self._hour, self._minute, self._second, self._microsecond,
                           timespec) + _offset_text(self.utcoffset())

    def __str__(self):
        return self.isoformat()

    @classmethod
    def fromisoformat(cls, time_string):
        """The time an ISO 8601 string such as 14:07:09.5+02:00 names."""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            fields = _scan_iso_time(time_string, 1 if time_string[:1] == 'T' else 0)
        except _NotIso:
            raise ValueError('Invalid isoformat string: %r' % (time_string,)) from None
        return cls(*fields)

    @classmethod
    def strptime(cls, date_string, format):
        """The time read from date_string as laid out by format."""
        r = _time._strptime(date_string, format)
        return cls(r[3], r[4], r[5], r[8])

    def strftime(self, format):
        """The time formatted by the time.strftime() codes in format, on 1900-01-01."""
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1)
        return _strftime(format, tt, self._microsecond, self)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        tz = self._tzinfo
        return None if tz is None else _checked_offset('utcoffset', tz.utcoffset(None))

    def tzname(self):
        tz = self._tzinfo
        return None if tz is None else tz.tzname(None)

    def dst(self):
        tz = self._tzinfo
        return None if tz is None else _checked_offset('dst', tz.dst(None))

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """A copy of the time with the fields given changed; tzinfo=None drops the zone."""
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    __replace__ = replace

    def __bool__(self):
        return True

    def __reduce__(self):
        return (self.__class__, (self._hour, self._minute, self._second,
                                 self._microsecond, self._tzinfo))


time.min = time()
time.max = time(23, 59, 59, 10 ** 6 - 1)
time.resolution = _span(1)


class datetime(date):
    """A date and a time of day together, with an optional time zone."""

    def __init__(self, year, month=None, day=None,
                 hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        _calc.fill_datetime(self, year, month, day, hour, minute, second, microsecond, tzinfo, fold)
        _tz_arg(tzinfo)

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    def _at(self, stamp):
        """A datetime of self's class and zone at stamp, fold 0."""
        if type(self) is datetime:
            return _calc.at(datetime, stamp, self._tzinfo)
        return type(self)(*_calc.fields(stamp), self._tzinfo)

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        sec, ns = _time._timestamp_parts(t)
        us = _round_div(ns, 1000)
        if us >= 1000000:
            sec += 1
            us -= 1000000
        fields = _time._tm(sec, not utc)[:6]
        return cls(*fields, us, tz)

    @classmethod
    def fromtimestamp(cls, timestamp, tz=None):
        """The local date and time at POSIX timestamp t, or the time in zone tz."""
        _tz_arg(tz)
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
        """The current local date and time, or the time in zone tz."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        """The current local date and time, without a tzinfo."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        """The current UTC date and time, without a tzinfo."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """The datetime of date's day at time's time of day (and zone, unless tzinfo is given)."""
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
        """The datetime an ISO 8601 string such as 2024-03-05T14:07:09+02:00 names."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            ymd, end = _scan_iso_date(date_string)
            clock = [0, 0, 0, 0, None]
            if end < len(date_string):
                # Any one character separates the date from the time.
                clock = _scan_iso_time(date_string, end + 1)
        except _NotIso:
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        return cls(*ymd, *clock)

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
        """The date and time as a time.struct_time, DST flag from dst()."""
        dst = self.dst()
        flag = -1 if dst is None else 1 if dst else 0
        return _time.struct_time(self._tt() + (flag,))

    def _tt(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                (self._ord + 6) % 7, self._yday())

    def _local_timestamp(self):
        """Seconds since the epoch of this naive value read as local time;
        fold picks the earlier or later of two readings."""
        wall = (self._stamp - _EPOCH_STAMP) // 1000000
        guess = wall - _time._local_offset(wall)[0]
        better = wall - _time._local_offset(guess)[0]
        if self._fold and better != guess:
            return guess
        return better

    def timestamp(self):
        """Seconds since the Unix epoch, as a float; a naive value counts as local time."""
        if self._tzinfo is None:
            return self._local_timestamp() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        """The date and time in UTC as a time.struct_time, DST flag 0."""
        off = self.utcoffset()
        moment = self - off if off else self
        return _time.struct_time(moment._tt() + (0,))

    def date(self):
        """The day, as a date."""
        return date(self._year, self._month, self._day)

    def time(self):
        """The time of day, as a time without a zone."""
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        """The time of day, as a time in the same zone."""
        return time(self._hour, self._minute, self._second, self._microsecond,
                    self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        """A copy of the datetime with the fields given changed; tzinfo=None drops the zone."""
        args = (self._year if year is None else year,
                self._month if month is None else month,
                self._day if day is None else day,
                self._hour if hour is None else hour,
                self._minute if minute is None else minute,
                self._second if second is None else second,
                self._microsecond if microsecond is None else microsecond,
                self._tzinfo if tzinfo is True else tzinfo)
        fold = self._fold if fold is None else fold
        if type(self) is datetime:
            made = _calc.new_datetime(datetime, *args, fold)
            _tz_arg(args[7])
            return made
        return type(self)(*args, fold=fold)

    __replace__ = replace

    def _local_timezone(self):
        """The fixed-offset zone local time had at this moment."""
        if self._tzinfo is None:
            secs = self._local_timestamp()
        else:
            secs = (self - _EPOCH)._to_us() // 1000000
        off, name = _time._local_offset(secs)
        return timezone(timedelta(seconds=off), name)

    def astimezone(self, tz=None):
        """The same moment as local time in zone tz (the local zone by default)."""
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("astimezone() argument 1 must be datetime.tzinfo, not %s" % type(tz).__name__)
        source = self._tzinfo
        offset = None if source is None else source.utcoffset(self)
        if offset is None:
            source = self.replace(tzinfo=None)._local_timezone()
            offset = source.utcoffset(self)
        if tz is source:
            return self
        return tz.fromutc((self - offset).replace(tzinfo=tz))

    def ctime(self):
        """The time in time.ctime()'s layout, e.g. 'Wed Jan  3 14:05:09 2024'."""
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _WEEKDAY_ABBR[self._ord % 7], _MONTH_ABBR[self._month - 1], self._day,
            self._hour, self._minute, self._second, self._year)

    def strftime(self, format):
        """The date and time formatted by the time.strftime() codes in format."""
        return _strftime(format, self._tt(), self._microsecond, self)

    def isoformat(self, sep='T', timespec='auto'):
        """The date, sep, the time to the precision timespec names, then the UTC offset."""
        return '%04d-%02d-%02d%s%s%s' % (
            self._year, self._month, self._day, sep,
            _clock_text(self._hour, self._minute, self._second, self._microsecond, timespec),
            _offset_text(self.utcoffset()))

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute,
                  self._second, self._microsecond]
        while len(fields) > 5 and fields[-1] == 0:
            fields.pop()
        text = ', '.join(map(str, fields))
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            text += ', fold=1'
        return '%s(%s)' % (_repr_name(self), text)

    def __str__(self):
        return self.isoformat(sep=' ')

    def utcoffset(self):
        tz = self._tzinfo
        return None if tz is None else _checked_offset('utcoffset', tz.utcoffset(self))

    def tzname(self):
        tz = self._tzinfo
        if tz is None:
            return None
        label = tz.tzname(self)
        if label is not None and not isinstance(label, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(label).__name__)
        return label

    def dst(self):
        tz = self._tzinfo
        return None if tz is None else _checked_offset('dst', tz.dst(self))

    def _utc_diff(self, other, mixed_ok):
        """self minus other in microseconds; for a naive and an aware value
        None when mixed_ok, else TypeError."""
        if self._tzinfo is other._tzinfo:
            return self._stamp - other._stamp
        mine, theirs = self.utcoffset(), other.utcoffset()
        if mine == theirs:
            return self._stamp - other._stamp
        if mine is None or theirs is None:
            if mixed_ok:
                return None
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return (self._stamp - mine._to_us()) - (other._stamp - theirs._to_us())

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._utc_diff(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._utc_diff(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return self._stamp < other._stamp
            return self._utc_diff(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return self._stamp <= other._stamp
            return self._utc_diff(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return self._stamp > other._stamp
            return self._utc_diff(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return self._stamp >= other._stamp
            return self._utc_diff(other, False) >= 0
        return NotImplemented

    def __add__(self, other):
        if isinstance(other, timedelta):
            stamp = _calc.moved(self._stamp, other, 1)
            if type(self) is datetime:
                return _calc.at(datetime, stamp, self._tzinfo)
            return type(self)(*_calc.fields(stamp), self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._at(_calc.moved(self._stamp, other, -1))
        if not isinstance(other, datetime):
            return NotImplemented
        diff = self._stamp - other._stamp
        if self._tzinfo is not other._tzinfo:
            mine, theirs = self.utcoffset(), other.utcoffset()
            if mine != theirs:
                if mine is None or theirs is None:
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                diff += theirs._to_us() - mine._to_us()
        return _span(diff)

    def __hash__(self):
        off = self.utcoffset()
        return hash(self._stamp if off is None else self._stamp - off._to_us())

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day, self._hour,
                                 self._minute, self._second, self._microsecond, self._tzinfo))


_date_class = date
_time_class = time

date.min = date(MINYEAR, 1, 1)
date.max = date(MAXYEAR, 12, 31)
date.resolution = _span(_US_PER_DAY)
datetime.min = datetime.combine(date.min, time.min)
datetime.max = datetime.combine(date.max, time.max)
datetime.resolution = _span(1)
_EPOCH_STAMP = datetime(1970, 1, 1)._stamp


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
        if not -_US_PER_DAY < offset._to_us() < _US_PER_DAY:
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
        args = repr(self._offset)
        if self._name is not None:
            args += ', %r' % (self._name,)
        return '%s(%s)' % (_repr_name(self), args)

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
        """The name of a zone without one: UTC, or UTC followed by the offset."""
        if not delta:
            return 'UTC'
        return 'UTC' + _offset_text(delta)


_UTC = None
_UTC = timezone(_span(0))
timezone.utc = _UTC
timezone.min = timezone(_span(-(24 * 60 - 1) * 60 * 1000000))
timezone.max = timezone(_span((24 * 60 - 1) * 60 * 1000000))
UTC = _UTC
_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)

datetime_CAPI = None
