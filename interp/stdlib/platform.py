# platform for spython: what the machine and the interpreter are. The
# system's names come from uname(2), asked from Go (_uname); nothing runs
# a command. processor() is '' (CPython asks `uname -p`, which says
# "unknown" on most Linux systems); spython links no C library, so
# libc_ver() finds none unless given a program to read.

import sys

__all__ = ['architecture', 'freedesktop_os_release', 'libc_ver', 'machine', 'node', 'platform',
           'processor', 'python_branch', 'python_build', 'python_compiler', 'python_implementation',
           'python_revision', 'python_version', 'python_version_tuple', 'release', 'system',
           'system_alias', 'uname', 'uname_result', 'version']


class uname_result(tuple):
    """A tuple of the system's names: system, node, release, version,
    machine, with processor computed late, as CPython's uname_result."""

    _fields = ('system', 'node', 'release', 'version', 'machine',
               'processor')

    def __new__(cls, system, node, release, version, machine):
        return tuple.__new__(cls, (system, node, release, version, machine))

    system = property(lambda self: tuple.__getitem__(self, 0))
    node = property(lambda self: tuple.__getitem__(self, 1))
    release = property(lambda self: tuple.__getitem__(self, 2))
    version = property(lambda self: tuple.__getitem__(self, 3))
    machine = property(lambda self: tuple.__getitem__(self, 4))

    @property
    def processor(self):
        return ''

    def __iter__(self):
        return iter(tuple.__getitem__(self, slice(None)) + (self.processor,))

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __repr__(self):
        return ('uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)'
                % tuple.__getitem__(self, slice(None)))

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **kwargs):
        values = dict(zip(self._fields[:5], tuple.__getitem__(self, slice(None))))
        for key in kwargs:
            if key not in values:
                raise ValueError('Got unexpected field names: %r' % [key])
        values.update(kwargs)
        return uname_result(*[values[f] for f in self._fields[:5]])

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != 6:
            raise TypeError('Expected 5 arguments, got %d' % len(values))
        return cls(*values[:5])

    def __reduce__(self):
        return uname_result, tuple(self)[:5]


_uname_cache = None


def uname():
    """The six facts about this machine, as a uname_result named tuple:
    system, node, release, version, machine and processor. Computed once."""
    global _uname_cache
    if _uname_cache is None:
        _uname_cache = uname_result(*_uname())
    return _uname_cache


def system():
    """The operating system's name, such as 'Linux'."""
    return uname().system


def node():
    """This machine's host name, as the kernel reports it."""
    return uname().node


def release():
    """The kernel release, such as '6.1.0-18-amd64'."""
    return uname().release


def version():
    """The kernel's build string, such as '#1 SMP PREEMPT_DYNAMIC ...'."""
    return uname().version


def machine():
    """The hardware type, such as 'x86_64'."""
    return uname().machine


def processor():
    """The processor name; always '' on spython, which does not look it up."""
    return uname().processor


def python_version():
    """The language version spython follows, such as '3.13.0'."""
    return '%d.%d.%d' % tuple(sys.version_info[:3])


def python_version_tuple():
    """python_version() split at the dots: three strings."""
    return tuple(str(n) for n in sys.version_info[:3])


def python_implementation():
    """The interpreter's name: 'spython'."""
    return 'spython'


def python_compiler():
    """The Go toolchain spython was built with."""
    return _compiler


def python_build():
    """A (build name, build date) pair of strings; the date is empty."""
    return ('spython', '')


def python_branch():
    """The source branch of the build: always ''."""
    return ''


def python_revision():
    """The source revision of the build: always ''."""
    return ''


def system_alias(system, release, version):
    """(system, release, version), with SunOS renamed to Solaris (and its
    release renumbered) and win32/win16 renamed to Windows."""
    if system == 'SunOS':
        if release < '5':
            return system, release, version
        parts = release.split('.')
        try:
            parts[0] = str(int(parts[0]) - 3)
        except ValueError:
            pass
        release = '.'.join(parts)
        system = 'Solaris'
    elif system in ('win32', 'win16'):
        system = 'Windows'
    return system, release, version


def _platform(*args):
    text = '-'.join(x.strip() for x in args if len(x))
    text = text.replace(' ', '_')
    for ch in '/\\:;"()':
        text = text.replace(ch, '-')
    text = text.replace('unknown', '')
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')


_platform_cache = {}


def platform(aliased=False, terse=False):
    """One dash-separated string naming the system, release and machine
    (and, on Linux, the C library), safe to use in a file name."""
    key = (aliased, terse)
    cached = _platform_cache.get(key)
    if cached is not None:
        return cached
    names = uname()
    cpu = '' if names.processor == names.machine else names.processor
    osname, rel = names.system, names.release
    if aliased:
        osname, rel, _ = system_alias(osname, rel, names.version)
    if osname == 'Linux':
        parts = [osname, rel, names.machine, cpu, 'with', ''.join(libc_ver())]
    elif terse:
        parts = [osname, rel]
    else:
        parts = [osname, rel, names.machine, cpu, *architecture(sys.executable)]
    _platform_cache[key] = _platform(*parts)
    return _platform_cache[key]


def _read_head(path, size):
    """The first size bytes of the file at path."""
    with open(path, 'rb') as binary:
        return binary.read(size)


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) for an executable, such as ('64bit', 'ELF'), read
    from the start of its ELF header; no command runs. bits and linkage are
    what comes back when the file does not tell."""
    if not bits:
        bits = '64bit'
    if not executable:
        return bits, linkage
    if executable == sys.executable:
        return bits, 'ELF'
    try:
        head = _read_head(executable, 5)
    except OSError:
        return bits, linkage
    if head[:4] == b'\x7fELF' and len(head) == 5:
        bits = {1: '32bit', 2: '64bit'}.get(head[4], bits)
        linkage = 'ELF'
    return bits, linkage


def _version_key(text):
    return [int(p) if p.isdigit() else 0 for p in text.split('.')]


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """(lib, version) of the GNU C library an executable names, found by
    scanning its bytes for GLIBC_ version tags; lib and version come back
    unchanged when nothing is found. spython itself uses no C library, so
    with no executable the defaults are what comes back."""
    if not executable:
        return lib, version
    data = _read_head(executable, -1)
    pos = 0
    best = None
    while True:
        pos = data.find(b'GLIBC_', pos)
        if pos < 0:
            break
        end = pos + 6
        while end < len(data) and (data[end:end + 1].isdigit() or data[end:end + 1] == b'.'):
            end += 1
        found = data[pos + 6:end].decode('latin-1').strip('.')
        if found and found[0].isdigit() and (best is None or _version_key(found) > _version_key(best)):
            best = found
        pos = end
    if best is not None:
        if lib != 'glibc' or _version_key(best) > _version_key(version):
            lib, version = 'glibc', best
    return lib, version


_os_release_cache = None

# Where freedesktop_os_release looks, in order.
_OS_RELEASE_PATHS = ('/etc/os-release', '/usr/lib/os-release')


def _parse_os_release(lines):
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    for line in lines:
        line = line.rstrip('\n')
        name, sep, value = line.partition('=')
        if not sep or not name or not all(c.isalnum() or c == '_' for c in name) or not name.isascii():
            continue
        if len(value) >= 2 and value[0] in '"\'' and value[-1] == value[0]:
            value = value[1:-1]
        out = []
        i = 0
        while i < len(value):
            if value[i] == '\\' and i + 1 < len(value) and value[i + 1] in '\\$"\'`':
                out.append(value[i + 1])
                i += 2
                continue
            out.append(value[i])
            i += 1
        info[name] = ''.join(out)
    return info


def freedesktop_os_release():
    """The fields of the os-release file (/etc/os-release, else
    /usr/lib/os-release) as a dict, read once; NAME, ID and PRETTY_NAME
    default to Linux's."""
    global _os_release_cache
    if _os_release_cache is None:
        last_errno = None
        for path in _OS_RELEASE_PATHS:
            try:
                with open(path, encoding='utf-8') as lines:
                    fields = _parse_os_release(lines)
            except OSError as failure:
                last_errno = failure.errno
                continue
            _os_release_cache = fields
            break
        else:
            raise OSError(last_errno, 'Unable to read files ' + ', '.join(_OS_RELEASE_PATHS))
    return dict(_os_release_cache)
