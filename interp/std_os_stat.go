package interp

import (
	"fmt"
	"os"
	"strings"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/spython/spython/hooks"
)

var (
	statResult = newStructSeqType("stat_result", "os.stat_result", "The result of os.stat() and os.lstat().",
		[]string{"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size"},
		[]string{"st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"})
	terminalSize = newStructSeqType("terminal_size", "os.terminal_size", "The size of a terminal: columns and lines.",
		[]string{"columns", "lines"}, nil)
)

// newStatResult makes an os.stat_result: the tuple holds the times as
// whole seconds, the attributes as floats, as in CPython.
func newStatResult(st *unix.Stat_t) *structSeq {
	ns := func(t unix.Timespec) int64 { return t.Sec*1e9 + t.Nsec }
	sec := func(t unix.Timespec) py.Object { return py.Float(float64(t.Sec) + float64(t.Nsec)*1e-9) }
	s := statResult.make([]py.Object{
		py.Int(st.Mode), py.Int(st.Ino), py.Int(st.Dev), py.Int(st.Nlink),
		py.Int(st.Uid), py.Int(st.Gid), py.Int(st.Size),
	}, map[string]py.Object{
		"st_atime": sec(st.Atim), "st_mtime": sec(st.Mtim), "st_ctime": sec(st.Ctim),
		"st_atime_ns": py.Int(ns(st.Atim)), "st_mtime_ns": py.Int(ns(st.Mtim)), "st_ctime_ns": py.Int(ns(st.Ctim)),
		"st_blksize": py.Int(st.Blksize), "st_blocks": py.Int(st.Blocks), "st_rdev": py.Int(st.Rdev),
	})
	// The tuple's last three items are the times in whole seconds.
	s.values = append(s.values, py.Int(st.Atim.Sec), py.Int(st.Mtim.Sec), py.Int(st.Ctim.Sec))
	return s
}

func init() {
	statResult.fields = append(statResult.fields, "st_atime", "st_mtime", "st_ctime")
	// The repr names the integer times of the tuple.
	statResult.visible = len(statResult.fields)
	statResult.setCounts(3)
	statResult.allowNew()
	// Times left out of a stat_result a script makes are the tuple's.
	statResult.fill = func(s *structSeq) {
		for i, name := range []string{"st_atime", "st_mtime", "st_ctime"} {
			if v, ok := s.extra[name]; !ok || v == py.None {
				s.extra[name] = s.values[7+i]
			}
		}
	}
	terminalSize.allowNew()
	unameResult.allowNew()
}

// statPath stats p, following a final symbolic link when follow is set.
func statPath(p string, follow bool) (*unix.Stat_t, error) {
	var st unix.Stat_t
	var err error
	if follow {
		err = unix.Stat(p, &st)
	} else {
		err = unix.Lstat(p, &st)
	}
	return &st, err
}

func (c *Context) statCall(fn string, args py.Tuple, kwargs py.StringDict, follow bool) (py.Object, error) {
	var path, dirFD, followObj py.Object = nil, py.None, py.NewBool(follow)
	names := []string{"path", "dir_fd", "follow_symlinks"}
	format := "O|OO:" + fn
	if fn == "lstat" {
		names, format = names[:2], "O|O:"+fn
	}
	results := []*py.Object{&path, &dirFD, &followObj}
	if err := py.ParseTupleAndKeywords(args, kwargs, format, names, results[:len(names)]...); err != nil {
		return nil, err
	}
	if err := noDirFD(fn, dirFD); err != nil {
		return nil, err
	}
	if fd, ok := path.(py.Int); ok {
		var st unix.Stat_t
		if err := unix.Fstat(int(fd), &st); err != nil {
			return nil, sysError(err, nil, nil)
		}
		return newStatResult(&st), nil
	}
	p, _, err := pathArg(fn, "path", path)
	if err != nil {
		if _, ok := err.(*py.Exception); ok && strings.Contains(err.Error(), "should be") {
			return nil, py.ExceptionNewf(py.TypeError, "%s: path should be string, bytes, os.PathLike or integer, not %s", fn, path.Type().Name)
		}
		return nil, err
	}
	f, _ := py.MakeBool(followObj)
	st, err := statPath(p, f == py.True)
	if err != nil {
		return nil, sysError(err, path, nil)
	}
	return newStatResult(st), nil
}

func (c *Context) osStat(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return c.statCall("stat", args, kwargs, true)
}

func (c *Context) osLstat(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return c.statCall("lstat", args, kwargs, false)
}

func (c *Context) osFstat(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var fdObj py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:fstat", []string{"fd"}, &fdObj); err != nil {
		return nil, err
	}
	fd, err := osIntArg(fdObj)
	if err != nil {
		return nil, err
	}
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return nil, sysError(err, nil, nil)
	}
	return newStatResult(&st), nil
}

// os.scandir and its DirEntry objects.

var (
	dirEntryType    = py.NewType("DirEntry", "An entry of a folder, as os.scandir() yields it.")
	scandirIterType = py.NewType("ScandirIterator", "The iterator os.scandir() returns.")
)

type dirEntry struct {
	name, path string
	isBytes    bool
	typ        os.FileMode // the type the folder listing gave
	stat       *unix.Stat_t
	lstat      *unix.Stat_t
}

func (e *dirEntry) Type() *py.Type { return dirEntryType }

func (e *dirEntry) M__repr__() (py.Object, error) {
	r, err := reprOf(pathValue(e.name, e.isBytes))
	return py.String(fmt.Sprintf("<DirEntry %s>", r)), err
}

func (e *dirEntry) M__fspath__() (py.Object, error) { return pathValue(e.path, e.isBytes), nil }

type scandirIter struct {
	entries []*dirEntry
	closed  bool
}

func (s *scandirIter) Type() *py.Type { return scandirIterType }

func (s *scandirIter) M__iter__() (py.Object, error) { return s, nil }

func (s *scandirIter) M__next__() (py.Object, error) {
	if s.closed || len(s.entries) == 0 {
		s.entries = nil
		return nil, py.StopIteration
	}
	e := s.entries[0]
	s.entries = s.entries[1:]
	return e, nil
}

func (c *Context) osScandir(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	path, p, isBytes, err := dirArg("scandir", args, kwargs)
	if err != nil {
		return nil, err
	}
	if err := c.audit(hooks.OSScandir, path); err != nil {
		return nil, err
	}
	entries, err := readDir(p, path)
	if err != nil {
		return nil, err
	}
	it := &scandirIter{}
	for _, e := range entries {
		full := p + "/" + e.Name()
		if strings.HasSuffix(p, "/") {
			full = p + e.Name()
		}
		it.entries = append(it.entries, &dirEntry{name: e.Name(), path: full, isBytes: isBytes, typ: e.Type()})
	}
	return it, nil
}

// entryStat is the entry's stat, cached as CPython caches it.
func (e *dirEntry) entryStat(follow bool) (*unix.Stat_t, error) {
	if !follow || e.typ&os.ModeSymlink == 0 {
		if e.lstat == nil {
			st, err := statPath(e.path, false)
			if err != nil {
				return nil, sysError(err, pathValue(e.path, e.isBytes), nil)
			}
			e.lstat = st
		}
		if !follow || e.typ&os.ModeSymlink == 0 {
			return e.lstat, nil
		}
	}
	if e.stat == nil {
		st, err := statPath(e.path, true)
		if err != nil {
			return nil, sysError(err, pathValue(e.path, e.isBytes), nil)
		}
		e.stat = st
	}
	return e.stat, nil
}

// followArg reads the keyword-only follow_symlinks of DirEntry methods.
func followArg(fn string, args py.Tuple, kwargs py.StringDict) (bool, error) {
	if len(args) > 0 {
		return false, py.ExceptionNewf(py.TypeError, "DirEntry.%s() takes no positional arguments", fn)
	}
	v, err := keywordOnly(fn, kwargs, []string{"follow_symlinks"}, py.True)
	if err != nil {
		return false, err
	}
	b, _ := py.MakeBool(v[0])
	return b == py.True, nil
}

// isType answers is_dir and is_file: from the listing when it can, by
// stat otherwise; a missing target is simply not of the type.
func (e *dirEntry) isType(follow bool, want uint32) bool {
	if e.typ&os.ModeSymlink == 0 || !follow {
		if e.typ&os.ModeSymlink != 0 {
			return false
		}
		if want == unix.S_IFDIR {
			return e.typ.IsDir()
		}
		return e.typ.IsRegular()
	}
	st, err := e.entryStat(true)
	return err == nil && st.Mode&unix.S_IFMT == want
}

func init() {
	self := func(o py.Object) *dirEntry { return o.(*dirEntry) }
	d := dirEntryType.Dict
	d["name"] = &py.Property{Fget: func(o py.Object) (py.Object, error) { e := self(o); return pathValue(e.name, e.isBytes), nil }}
	d["path"] = &py.Property{Fget: func(o py.Object) (py.Object, error) { e := self(o); return pathValue(e.path, e.isBytes), nil }}
	d["is_dir"] = py.MustNewMethod("is_dir", func(o py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		f, err := followArg("is_dir", args, kwargs)
		if err != nil {
			return nil, err
		}
		return py.NewBool(self(o).isType(f, unix.S_IFDIR)), nil
	}, 0, "is_dir(*, follow_symlinks=True) -> bool")
	d["is_file"] = py.MustNewMethod("is_file", func(o py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		f, err := followArg("is_file", args, kwargs)
		if err != nil {
			return nil, err
		}
		return py.NewBool(self(o).isType(f, unix.S_IFREG)), nil
	}, 0, "is_file(*, follow_symlinks=True) -> bool")
	d["is_symlink"] = py.MustNewMethod("is_symlink", func(o py.Object) (py.Object, error) {
		return py.NewBool(self(o).typ&os.ModeSymlink != 0), nil
	}, 0, "is_symlink() -> bool")
	d["is_junction"] = py.MustNewMethod("is_junction", func(o py.Object) (py.Object, error) {
		return py.False, nil
	}, 0, "is_junction() -> False")
	d["stat"] = py.MustNewMethod("stat", func(o py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		f, err := followArg("stat", args, kwargs)
		if err != nil {
			return nil, err
		}
		st, err := self(o).entryStat(f)
		if err != nil {
			return nil, err
		}
		return newStatResult(st), nil
	}, 0, "stat(*, follow_symlinks=True) -> stat_result")
	d["inode"] = py.MustNewMethod("inode", func(o py.Object) (py.Object, error) {
		st, err := self(o).entryStat(false)
		if err != nil {
			return nil, err
		}
		return py.Int(st.Ino), nil
	}, 0, "inode() -> int")
	d["__fspath__"] = py.MustNewMethod("__fspath__", func(o py.Object) (py.Object, error) {
		return self(o).M__fspath__()
	}, 0, "")
	s := scandirIterType.Dict
	s["close"] = py.MustNewMethod("close", func(o py.Object) (py.Object, error) {
		o.(*scandirIter).closed = true
		return py.None, nil
	}, 0, "close()")
	s["__enter__"] = py.MustNewMethod("__enter__", func(o py.Object) (py.Object, error) { return o, nil }, 0, "")
	s["__exit__"] = py.MustNewMethod("__exit__", func(o py.Object, args py.Tuple) (py.Object, error) {
		o.(*scandirIter).closed = true
		return py.False, nil
	}, 0, "")
}
