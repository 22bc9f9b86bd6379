package interp

import (
	"math"
	"os"
	"strings"

	"github.com/go-python/gpython/py"
)

// The parts of sys that describe the numbers and the interpreter: float_info,
// int_info, orig_argv, stdlib_module_names, warnoptions, the integer string
// conversion limit's getter and setter, and the trace and profile hooks,
// which spython never has.

var (
	floatInfoType = newStructSeqType("float_info", "sys.float_info", "The limits of the float type.",
		[]string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"}, nil)
	intInfoType = newStructSeqType("int_info", "sys.int_info", "How int values are stored, as CPython lays them out.",
		[]string{"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"}, nil)
)

// stdlibModuleNames are the names of CPython 3.13's standard library
// modules, sys.stdlib_module_names.
const stdlibModuleNames = `
	__future__ _abc _aix_support _android_support _ast _asyncio _bisect _blake2
	_bz2 _codecs _codecs_cn _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr
	_codecs_tw _collections _collections_abc _colorize _compat_pickle
	_compression _contextvars _csv _ctypes _curses _curses_panel _datetime _dbm
	_decimal _elementtree _frozen_importlib _frozen_importlib_external
	_functools _gdbm _hashlib _heapq _imp _interpchannels _interpqueues
	_interpreters _io _ios_support _json _locale _lsprof _lzma _markupbase _md5
	_multibytecodec _multiprocessing _opcode _opcode_metadata _operator
	_osx_support _overlapped _pickle _posixshmem _posixsubprocess _py_abc
	_pydatetime _pydecimal _pyio _pylong _pyrepl _queue _random _scproxy _sha1
	_sha2 _sha3 _signal _sitebuiltins _socket _sqlite3 _sre _ssl _stat
	_statistics _string _strptime _struct _suggestions _symtable _sysconfig
	_thread _threading_local _tkinter _tokenize _tracemalloc _typing _uuid
	_warnings _weakref _weakrefset _winapi _wmi _zoneinfo abc antigravity
	argparse array ast asyncio atexit base64 bdb binascii bisect builtins bz2
	cProfile calendar cmath cmd code codecs codeop collections colorsys
	compileall concurrent configparser contextlib contextvars copy copyreg csv
	ctypes curses dataclasses datetime dbm decimal difflib dis doctest email
	encodings ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch
	fractions ftplib functools gc genericpath getopt getpass gettext glob
	graphlib grp gzip hashlib heapq hmac html http idlelib imaplib importlib
	inspect io ipaddress itertools json keyword linecache locale logging lzma
	mailbox marshal math mimetypes mmap modulefinder msvcrt multiprocessing
	netrc nt ntpath nturl2path numbers opcode operator optparse os pathlib pdb
	pickle pickletools pkgutil platform plistlib poplib posix posixpath pprint
	profile pstats pty pwd py_compile pyclbr pydoc pydoc_data pyexpat queue
	quopri random re readline reprlib resource rlcompleter runpy sched secrets
	select selectors shelve shlex shutil signal site smtplib socket
	socketserver sqlite3 sre_compile sre_constants sre_parse ssl stat
	statistics string stringprep struct subprocess symtable sys sysconfig
	syslog tabnanny tarfile tempfile termios textwrap this threading time
	timeit tkinter token tokenize tomllib trace traceback tracemalloc tty
	turtle turtledemo types typing unicodedata unittest urllib uuid venv
	warnings wave weakref webbrowser winreg winsound wsgiref xml xmlrpc zipapp
	zipfile zipimport zlib zoneinfo
`

// setupSysInfo adds float_info, int_info and the other descriptions of the
// interpreter to sys.
func setupSysInfo(g py.StringDict) {
	g["float_info"] = floatInfoType.make([]py.Object{
		py.Float(math.MaxFloat64), py.Int(1024), py.Int(308),
		py.Float(0x1p-1022), py.Int(-1021), py.Int(-307),
		py.Int(15), py.Int(53), py.Float(0x1p-52), py.Int(2), py.Int(1),
	}, nil)
	g["int_info"] = intInfoType.make([]py.Object{py.Int(30), py.Int(4), py.Int(maxIntDigits), py.Int(640)}, nil)
	g["orig_argv"] = py.NewListFromStrings(append([]string(nil), os.Args...))
	names := strings.Fields(stdlibModuleNames)
	items := make(py.Tuple, len(names))
	for i, n := range names {
		items[i] = py.String(n)
	}
	g["stdlib_module_names"] = py.NewFrozenSetFromItems(items)
	g["warnoptions"] = py.NewList()
	none := func(name, doc string) {
		g[name] = py.MustNewMethod(name, func(py.Object) (py.Object, error) { return py.None, nil }, 0, doc)
	}
	none("gettrace", "gettrace() -> None\n\nThe trace function: spython has none.")
	none("getprofile", "getprofile() -> None\n\nThe profile function: spython has none.")
	limit := maxIntDigits
	g["get_int_max_str_digits"] = py.MustNewMethod("get_int_max_str_digits", func(py.Object) (py.Object, error) {
		return py.Int(limit), nil
	}, 0, "get_int_max_str_digits() -> int\n\nThe value set_int_max_str_digits() last set.")
	g["set_int_max_str_digits"] = py.MustNewMethod("set_int_max_str_digits", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var v py.Object
		if len(args) == 0 && len(kwargs) == 0 {
			return nil, py.ExceptionNewf(py.TypeError, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")
		}
		if err := py.ParseTupleAndKeywords(args, kwargs, "O:set_int_max_str_digits", []string{"maxdigits"}, &v); err != nil {
			return nil, err
		}
		n, err := toIndex(v)
		if err != nil {
			return nil, err
		}
		if n != 0 && n < 640 {
			return nil, py.ExceptionNewf(py.ValueError, "maxdigits must be 0 or larger than 640")
		}
		limit = n
		return py.None, nil
	}, 0, "set_int_max_str_digits(maxdigits)\n\nSet the value get_int_max_str_digits() gives.")
}
