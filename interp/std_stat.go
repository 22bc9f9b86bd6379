package interp

import (
	"math/big"

	"github.com/go-python/gpython/py"
)

// The stat module: the constants and tests of a file's mode, as os.stat
// returns it in st_mode (stat_result[stat.ST_MODE]), with CPython's
// values on Linux. A pure computation: no audit events.

func init() {
	registerStdlib("stat", "Names for the bits of st_mode and st_flags, and tests on file modes.\n", setupStat, "")
}

// The kinds of file of st_mode.
const (
	statIFMT   = 0o170000
	statIFDIR  = 0o040000
	statIFCHR  = 0o020000
	statIFBLK  = 0o060000
	statIFREG  = 0o100000
	statIFIFO  = 0o010000
	statIFLNK  = 0o120000
	statIFSOCK = 0o140000
)

// statConstants are the module's integers, in CPython's order; the
// functions come between S_IFWHT's group and S_ISUID's.
var statConstants = []struct {
	name  string
	value int64
}{
	{"ST_MODE", 0}, {"ST_INO", 1}, {"ST_DEV", 2}, {"ST_NLINK", 3}, {"ST_UID", 4}, {"ST_GID", 5},
	{"ST_SIZE", 6}, {"ST_ATIME", 7}, {"ST_MTIME", 8}, {"ST_CTIME", 9},
	{"S_IFDIR", statIFDIR}, {"S_IFCHR", statIFCHR}, {"S_IFBLK", statIFBLK}, {"S_IFREG", statIFREG},
	{"S_IFIFO", statIFIFO}, {"S_IFLNK", statIFLNK}, {"S_IFSOCK", statIFSOCK},
	{"S_IFDOOR", 0}, {"S_IFPORT", 0}, {"S_IFWHT", 0},
	{"S_ISUID", 0o4000}, {"S_ISGID", 0o2000}, {"S_ENFMT", 0o2000}, {"S_ISVTX", 0o1000},
	{"S_IREAD", 0o400}, {"S_IWRITE", 0o200}, {"S_IEXEC", 0o100},
	{"S_IRWXU", 0o700}, {"S_IRUSR", 0o400}, {"S_IWUSR", 0o200}, {"S_IXUSR", 0o100},
	{"S_IRWXG", 0o070}, {"S_IRGRP", 0o040}, {"S_IWGRP", 0o020}, {"S_IXGRP", 0o010},
	{"S_IRWXO", 0o007}, {"S_IROTH", 0o004}, {"S_IWOTH", 0o002}, {"S_IXOTH", 0o001},
	{"UF_SETTABLE", 0x0000ffff}, {"UF_NODUMP", 0x00000001}, {"UF_IMMUTABLE", 0x00000002},
	{"UF_APPEND", 0x00000004}, {"UF_OPAQUE", 0x00000008}, {"UF_NOUNLINK", 0x00000010},
	{"UF_COMPRESSED", 0x00000020}, {"UF_TRACKED", 0x00000040}, {"UF_DATAVAULT", 0x00000080},
	{"UF_HIDDEN", 0x00008000}, {"SF_SETTABLE", 0xffff0000}, {"SF_ARCHIVED", 0x00010000},
	{"SF_IMMUTABLE", 0x00020000}, {"SF_APPEND", 0x00040000}, {"SF_RESTRICTED", 0x00080000},
	{"SF_NOUNLINK", 0x00100000}, {"SF_SNAPSHOT", 0x00200000}, {"SF_FIRMLINK", 0x00800000},
	{"SF_DATALESS", 0x40000000},
	{"FILE_ATTRIBUTE_ARCHIVE", 32}, {"FILE_ATTRIBUTE_COMPRESSED", 2048}, {"FILE_ATTRIBUTE_DEVICE", 64},
	{"FILE_ATTRIBUTE_DIRECTORY", 16}, {"FILE_ATTRIBUTE_ENCRYPTED", 16384}, {"FILE_ATTRIBUTE_HIDDEN", 2},
	{"FILE_ATTRIBUTE_INTEGRITY_STREAM", 32768}, {"FILE_ATTRIBUTE_NORMAL", 128},
	{"FILE_ATTRIBUTE_NOT_CONTENT_INDEXED", 8192}, {"FILE_ATTRIBUTE_NO_SCRUB_DATA", 131072},
	{"FILE_ATTRIBUTE_OFFLINE", 4096}, {"FILE_ATTRIBUTE_READONLY", 1}, {"FILE_ATTRIBUTE_REPARSE_POINT", 1024},
	{"FILE_ATTRIBUTE_SPARSE_FILE", 512}, {"FILE_ATTRIBUTE_SYSTEM", 4}, {"FILE_ATTRIBUTE_TEMPORARY", 256},
	{"FILE_ATTRIBUTE_VIRTUAL", 65536},
}

// statTests are the S_IS* functions: the file type each one tests; 0 for
// the kinds Linux does not have.
var statTests = []struct {
	name string
	kind int64
	what string
}{
	{"S_ISDIR", statIFDIR, "a directory"},
	{"S_ISCHR", statIFCHR, "a character special device file"},
	{"S_ISBLK", statIFBLK, "a block special device file"},
	{"S_ISREG", statIFREG, "a regular file"},
	{"S_ISFIFO", statIFIFO, "a FIFO (named pipe)"},
	{"S_ISLNK", statIFLNK, "a symbolic link"},
	{"S_ISSOCK", statIFSOCK, "a socket"},
	{"S_ISDOOR", 0, "a door"},
	{"S_ISPORT", 0, "an event port"},
	{"S_ISWHT", 0, "a whiteout"},
}

// statMode reads a mode argument as CPython's _PyLong_AsMode_t does: an
// int (no __index__), within the 32 bits of mode_t.
func statMode(name string, args py.Tuple, kwargs py.StringDict) (int64, error) {
	if len(kwargs) > 0 {
		return 0, py.ExceptionNewf(py.TypeError, "_stat.%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return 0, py.ExceptionNewf(py.TypeError, "_stat.%s() takes exactly one argument (%d given)", name, len(args))
	}
	n, ok := toBig(unwrap(args[0]))
	if !ok {
		return 0, py.ExceptionNewf(py.TypeError, "an integer is required")
	}
	switch {
	case n.Sign() < 0:
		return 0, py.ExceptionNewf(py.OverflowError, "can't convert negative value to unsigned int")
	case n.Cmp(new(big.Int).SetUint64(1<<64-1)) > 0:
		return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C unsigned long")
	case n.Cmp(big.NewInt(1<<32-1)) > 0:
		return 0, py.ExceptionNewf(py.OverflowError, "mode out of range")
	}
	return n.Int64(), nil
}

// fileMode is stat.filemode: '-rwxr-xr-x'.
func fileMode(mode int64) string {
	b := []byte("?---------")
	switch mode & statIFMT {
	case statIFREG:
		b[0] = '-'
	case statIFDIR:
		b[0] = 'd'
	case statIFLNK:
		b[0] = 'l'
	case statIFBLK:
		b[0] = 'b'
	case statIFCHR:
		b[0] = 'c'
	case statIFIFO:
		b[0] = 'p'
	case statIFSOCK:
		b[0] = 's'
	}
	perm := func(at int, r, w, x, special int64, set, unset byte) {
		if mode&r != 0 {
			b[at] = 'r'
		}
		if mode&w != 0 {
			b[at+1] = 'w'
		}
		switch {
		case mode&special != 0 && mode&x != 0:
			b[at+2] = set
		case mode&special != 0:
			b[at+2] = unset
		case mode&x != 0:
			b[at+2] = 'x'
		}
	}
	perm(1, 0o400, 0o200, 0o100, 0o4000, 's', 'S')
	perm(4, 0o040, 0o020, 0o010, 0o2000, 's', 'S')
	perm(7, 0o004, 0o002, 0o001, 0o1000, 't', 'T')
	return string(b)
}

func setupStat(c *Context, m *py.Module) error {
	g := m.Globals
	fn := func(name, doc string, f func(mode int64) py.Object) {
		g[name] = py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			mode, err := statMode(name, args, kwargs)
			if err != nil {
				return nil, err
			}
			return f(mode), nil
		}, 0, doc)
	}
	for _, k := range statConstants {
		g[k.name] = py.Int(k.value)
	}
	fn("S_IMODE", "The permission bits of mode, with setuid, setgid and sticky (mode & 0o7777).", func(mode int64) py.Object {
		return py.Int(mode & 0o7777)
	})
	fn("S_IFMT", "The file type bits of mode (mode & 0o170000).", func(mode int64) py.Object {
		return py.Int(mode & statIFMT)
	})
	for _, t := range statTests {
		kind := t.kind
		fn(t.name, t.name+"(mode) -> bool\n\nReturn True if mode is from "+t.what+".", func(mode int64) py.Object {
			return py.NewBool(kind != 0 && mode&statIFMT == kind)
		})
	}
	fn("filemode", "The mode written as ls -l shows it, like 'drwxr-xr-x'.", func(mode int64) py.Object {
		return py.String(fileMode(mode))
	})
	pair := func(bit int64, ch string) py.Object { return py.Tuple{py.Int(bit), py.String(ch)} }
	g["_filemode_table"] = py.Tuple{
		py.Tuple{pair(statIFLNK, "l"), pair(statIFSOCK, "s"), pair(statIFREG, "-"), pair(statIFBLK, "b"),
			pair(statIFDIR, "d"), pair(statIFCHR, "c"), pair(statIFIFO, "p")},
		py.Tuple{pair(0o400, "r")}, py.Tuple{pair(0o200, "w")},
		py.Tuple{pair(0o4100, "s"), pair(0o4000, "S"), pair(0o100, "x")},
		py.Tuple{pair(0o040, "r")}, py.Tuple{pair(0o020, "w")},
		py.Tuple{pair(0o2010, "s"), pair(0o2000, "S"), pair(0o010, "x")},
		py.Tuple{pair(0o004, "r")}, py.Tuple{pair(0o002, "w")},
		py.Tuple{pair(0o1001, "t"), pair(0o1000, "T"), pair(0o001, "x")},
	}
	return nil
}
