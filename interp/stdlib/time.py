"""Clocks, sleeping, and conversions between timestamps, struct_time and text."""

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst')


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime()."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    __match_args__ = _FIELDS

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        n = len(seq)
        if n < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)' % n)
        if n > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)' % n)
        if dict is not None and not isinstance(dict, type({})):
            raise TypeError('time.struct_time() takes a dict as second arg, if any')
        extra = list(seq[9:]) + [None] * (11 - n)
        used = 0
        for i, name in enumerate(('tm_zone', 'tm_gmtoff')):
            if 9 + i >= n and dict is not None and name in dict:
                extra[i] = dict[name]
                used += 1
        if dict is not None and len(dict) > used:
            raise TypeError('time.struct_time() got duplicate or unexpected field name(s)')
        self = super().__new__(cls, list(seq[:9]))
        self._extra = tuple(extra)
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._extra[0])
    tm_gmtoff = property(lambda self: self._extra[1])

    def __repr__(self):
        parts = []
        for i in range(9):
            parts.append('%s=%r' % (_FIELDS[i], self[i]))
        return 'time.struct_time(%s)' % ', '.join(parts)

    __str__ = __repr__

    def __reduce__(self):
        return (struct_time, (tuple(self), {}))


def _struct(parts):
    return struct_time(parts)


def gmtime(seconds=None):
    """Convert seconds since the Epoch to a time tuple expressing UTC."""
    return _struct(_tm(seconds, False))


def localtime(seconds=None):
    """The struct_time, in the local time zone, of a timestamp (now if None)."""
    return _struct(_tm(seconds, True))


def _fields(t, name):
    if t is None:
        return localtime()
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError('%s(): illegal time tuple argument' % name)
    return t


def mktime(t):
    """Seconds since 1970-01-01 UTC for a struct_time (or 9-tuple) of local
    time."""
    return _mktime(_fields(t, 'mktime'))


def strftime(format, t=None):
    """The time (a struct_time; now when omitted) written by the % directives
    of format, as the C library's strftime writes them."""
    if not isinstance(format, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(format).__name__)
    t = _fields(t, 'strftime')
    if t[1] < 0 or t[1] > 12:
        raise ValueError('month out of range')
    if t[2] < 0 or t[2] > 31:
        raise ValueError('day of month out of range')
    if t[3] < 0 or t[3] > 23:
        raise ValueError('hour out of range')
    if t[4] < 0 or t[4] > 59:
        raise ValueError('minute out of range')
    if t[5] < 0 or t[5] > 61:
        raise ValueError('seconds out of range')
    if t[7] < 0 or t[7] > 366:
        raise ValueError('day of year out of range')
    fields = (t[0], t[1] or 1, t[2] or 1, t[3], t[4], t[5], t[6] % 7, t[7] or 1)
    zone = getattr(t, 'tm_zone', None)
    gmtoff = getattr(t, 'tm_gmtoff', None)
    if zone is None:
        zone = tzname[1] if t[8] > 0 else tzname[0]
    if gmtoff is None:
        gmtoff = -(altzone if t[8] > 0 else timezone)
    return _strftime(format, fields, -1, _format_offset(gmtoff, 0), zone)


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    """The struct_time that string gives when read with the % directives of
    format; ValueError when it does not match."""
    r = _strptime(string, format)
    return struct_time([r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[9], r[10], r[11]])


def asctime(t=None):
    """The time (a struct_time; now when omitted) in the C library's fixed
    form: 'Sat Jun  6 16:26:11 1998'."""
    t = _fields(t, 'asctime')
    return _strftime('%a %b %e %H:%M:%S %Y', (t[0], t[1], t[2], t[3], t[4], t[5], t[6] % 7, t[7]), -1, '', '')


def ctime(seconds=None):
    """asctime() of the local time secs seconds after 1970-01-01 UTC (now
    when omitted)."""
    return asctime(localtime(seconds))


def get_clock_info(name):
    """A namespace describing the named clock: implementation, monotonic,
    adjustable, resolution."""
    class _Info:
        pass
    info = _Info()
    known = {
        'time': ('clock_gettime(CLOCK_REALTIME)', False, True, 1e-09),
        'monotonic': ('clock_gettime(CLOCK_MONOTONIC)', True, False, 1e-09),
        'perf_counter': ('clock_gettime(CLOCK_MONOTONIC)', True, False, 1e-09),
        'process_time': ('clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', True, False, 1e-09),
        'thread_time': ('clock_gettime(CLOCK_THREAD_CPUTIME_ID)', True, False, 1e-09),
    }
    if name not in known:
        raise ValueError('unknown clock')
    info.implementation, info.monotonic, info.adjustable, info.resolution = known[name]
    return info
