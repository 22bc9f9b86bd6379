package manifest

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/sys/unix"
)

// MaxSize is the largest manifest [Load] and [LoadSigned] read: about
// 650,000 files.
const MaxSize = 64 << 20

// Entry is one file of a manifest.
type Entry struct {
	Path string   // absolute, clean, symbolic links resolved
	Sum  [32]byte // the SHA-256 of the file's content
}

// Manifest is a set of files and their hashes. It is not changed once
// made, so it is safe for concurrent use.
type Manifest struct {
	entries []Entry // sorted by Path, no two alike
	sums    map[string][32]byte
}

// newManifest makes a manifest of entries, which must not list a path
// twice; it sorts them.
func newManifest(entries []Entry) *Manifest {
	if !slices.IsSortedFunc(entries, compareEntries) {
		slices.SortFunc(entries, compareEntries)
	}
	sums := make(map[string][32]byte, len(entries))
	for _, e := range entries {
		sums[e.Path] = e.Sum
	}
	return &Manifest{entries: entries, sums: sums}
}

func compareEntries(a, b Entry) int { return strings.Compare(a.Path, b.Path) }

// Hash returns the SHA-256 the manifest lists for path, and whether it
// lists path. The path is looked up as it is: it must be absolute, clean
// and have its symbolic links resolved, as the manifest's paths are. A
// nil Manifest lists nothing.
func (m *Manifest) Hash(path string) ([32]byte, bool) {
	if m == nil {
		return [32]byte{}, false
	}
	sum, ok := m.sums[path]
	return sum, ok
}

// Len returns the number of files listed.
func (m *Manifest) Len() int {
	if m == nil {
		return 0
	}
	return len(m.entries)
}

// Entries returns the files listed, sorted by path (nil when none); the
// slice is the caller's.
func (m *Manifest) Entries() []Entry {
	if m == nil || len(m.entries) == 0 {
		return nil
	}
	return slices.Clone(m.entries)
}

// Bytes returns the manifest in its file format.
func (m *Manifest) Bytes() []byte {
	var b []byte
	if m != nil {
		b = make([]byte, 0, len(m.entries)*(64+2+1+48))
		for _, e := range m.entries {
			b = appendLine(b, e)
		}
	}
	return b
}

// WriteTo writes the manifest in its file format to w.
func (m *Manifest) WriteTo(w io.Writer) (int64, error) {
	n, err := w.Write(m.Bytes())
	return int64(n), err
}

// appendLine appends e as one manifest line, escaped as sha256sum
// escapes it.
func appendLine(b []byte, e Entry) []byte {
	escape := strings.ContainsAny(e.Path, "\\\n\r")
	if escape {
		b = append(b, '\\')
	}
	b = hex.AppendEncode(b, e.Sum[:])
	b = append(b, ' ', ' ')
	if !escape {
		b = append(b, e.Path...)
		return append(b, '\n')
	}
	for i := 0; i < len(e.Path); i++ {
		switch c := e.Path[i]; c {
		case '\\':
			b = append(b, '\\', '\\')
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		default:
			b = append(b, c)
		}
	}
	return append(b, '\n')
}

// Error is one problem found in a manifest, at a line.
type Error struct {
	Name string // the manifest, as named to Parse or Load
	Line int    // from 1
	Msg  string
}

// Error writes the problem as MANIFEST:LINE: MESSAGE.
func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.Name, e.Line, e.Msg) }

// Errors are every problem found in a manifest, in line order. Parse,
// Load and LoadSigned return them as their error when there is at least
// one.
type Errors []*Error

// Error writes one problem a line.
func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Unwrap returns the problems, for errors.As.
func (es Errors) Unwrap() []error {
	errs := make([]error, len(es))
	for i, e := range es {
		errs[i] = e
	}
	return errs
}

// Parse reads a manifest from data; name is what its problems are
// reported against (the file's path). It accepts exactly the lines
// sha256sum writes (see the package comment) and reports every problem,
// as [Errors].
func Parse(name string, data []byte) (*Manifest, error) {
	var errs Errors
	entries := make([]Entry, 0, bytes.Count(data, []byte{'\n'})+1)
	first := make(map[string]int, cap(entries)) // path -> line it is first on
	for n := 1; len(data) > 0; n++ {
		raw, rest, complete := bytes.Cut(data, []byte{'\n'})
		data = rest
		e, msg := parseLine(raw)
		if msg == "" {
			if at, dup := first[e.Path]; dup {
				msg = fmt.Sprintf("duplicate path %q (also on line %d)", e.Path, at)
			} else {
				first[e.Path] = n
				entries = append(entries, e)
			}
		}
		if msg != "" {
			errs = append(errs, &Error{Name: name, Line: n, Msg: msg})
		}
		if !complete {
			errs = append(errs, &Error{Name: name, Line: n, Msg: "no newline at the end of the last line (was the file cut short?)"})
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return newManifest(entries), nil
}

// parseLine reads one line, without its LF; it returns what is wrong
// with it, or "".
func parseLine(line []byte) (Entry, string) {
	var e Entry
	if len(line) == 0 {
		return e, "blank line"
	}
	if bytes.IndexByte(line, '\r') >= 0 {
		return e, `carriage return in the line (CRLF line ends?); lines end in LF, and a path's CR is written \r`
	}
	escaped := line[0] == '\\'
	if escaped {
		line = line[1:]
	}
	sp := bytes.IndexByte(line, ' ')
	if sp < 0 {
		sp = len(line)
	}
	hash := line[:sp]
	if len(hash) != 2*len(e.Sum) {
		return e, fmt.Sprintf("hash has length %d; want 64 lowercase hex digits", len(hash))
	}
	for i, c := range hash {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			col := i + 1
			if escaped {
				col++
			}
			return e, fmt.Sprintf("hash has %q at column %d; want 64 lowercase hex digits", hash[i:i+1], col)
		}
	}
	hex.Decode(e.Sum[:], hash)
	if len(line) < sp+2 {
		return e, "no path after the hash"
	}
	if line[sp+1] != ' ' && line[sp+1] != '*' {
		return e, `one space between the hash and the path; want two (or " *")`
	}
	path := line[sp+2:]
	if escaped {
		var msg string
		if path, msg = unescape(path); msg != "" {
			return e, msg
		}
	}
	p := string(path)
	switch {
	case p == "":
		return e, "no path after the hash"
	case strings.IndexByte(p, 0) >= 0:
		return e, fmt.Sprintf("path %q holds a NUL byte", p)
	case !filepath.IsAbs(p):
		return e, fmt.Sprintf("relative path %q; paths must be absolute", p)
	case filepath.Clean(p) != p:
		return e, fmt.Sprintf("path %q is not clean; write %q", p, filepath.Clean(p))
	}
	e.Path = p
	return e, ""
}

// unescape undoes sha256sum's escapes in a path: \\, \n and \r.
func unescape(path []byte) ([]byte, string) {
	if bytes.IndexByte(path, '\\') < 0 {
		return path, ""
	}
	out := make([]byte, 0, len(path))
	for i := 0; i < len(path); i++ {
		c := path[i]
		if c != '\\' {
			out = append(out, c)
			continue
		}
		if i+1 == len(path) {
			return nil, "path ends in a lone backslash"
		}
		i++
		switch path[i] {
		case '\\':
			out = append(out, '\\')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		default:
			return nil, fmt.Sprintf(`bad escape %q in the path; the escapes are \\, \n and \r`, path[i-1:i+1])
		}
	}
	return out, ""
}

// Load reads the manifest file at path. The file is opened once, checked
// on that descriptor (a regular file, not writable by group or others, at
// most [MaxSize] bytes) and read from it. Problems in the file are
// returned as [Errors]; an error opening it as it is (errors.Is(err,
// fs.ErrNotExist) works).
func Load(path string) (*Manifest, error) {
	data, err := readManifest(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// readManifest reads the manifest file at path, once.
func readManifest(path string) ([]byte, error) {
	return readFile(path, MaxSize, func(st *unix.Stat_t) string {
		if mode := st.Mode & 0o7777; mode&0o022 != 0 {
			return fmt.Sprintf("manifest file is writable by group or others (mode %04o)", mode)
		}
		return ""
	})
}

// readFile opens path once, refuses it unless it is a regular file that
// check (when not nil) finds nothing wrong with, and reads at most max
// bytes from it.
func readFile(path string, max int64, check func(*unix.Stat_t) string) ([]byte, error) {
	// O_NONBLOCK: opening a FIFO must not wait for a writer; it is
	// refused as not a regular file.
	fd, err := unix.Open(path, unix.O_RDONLY|unix.O_CLOEXEC|unix.O_NONBLOCK|unix.O_NOCTTY, 0)
	if err != nil {
		return nil, &os.PathError{Op: "open", Path: path, Err: err}
	}
	f := os.NewFile(uintptr(fd), path)
	defer f.Close()
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return nil, &os.PathError{Op: "fstat", Path: path, Err: err}
	}
	if st.Mode&unix.S_IFMT != unix.S_IFREG {
		return nil, fmt.Errorf("%s: not a regular file", path)
	}
	if check != nil {
		if msg := check(&st); msg != "" {
			return nil, fmt.Errorf("%s: %s", path, msg)
		}
	}
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, &os.PathError{Op: "read", Path: path, Err: err}
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%s: larger than %d bytes", path, max)
	}
	return data, nil
}
