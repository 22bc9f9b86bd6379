package manifest

import (
	"cmp"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/sys/unix"
)

// DefaultExtensions are the extensions [Build] lists when given none.
var DefaultExtensions = []string{".py"}

// Build lists the code files at paths: each path is a file, listed as it
// is (its name must end in one of extensions), or a folder, walked for
// the regular files whose names end in one of extensions
// ([DefaultExtensions] when empty; compared as filepath.Ext does, so
// ".py" and not "py"). Every file is listed by its absolute path with its
// symbolic links resolved (relative paths are taken from the working
// folder). The walk does not follow symbolic links to folders; a
// symbolic link to a regular file is listed as the file it points to,
// and one that points nowhere is skipped. A file reached twice is listed
// once. Each file is opened once, and hashed from that descriptor.
//
// Build stops at nothing: it reports every file or folder it could not
// read, joined in one error, and then returns no manifest.
func Build(paths []string, extensions []string) (*Manifest, error) {
	exts, err := checkExtensions(extensions)
	if err != nil {
		return nil, err
	}
	var errs []error
	found := make(map[string]bool)
	for _, p := range paths {
		root, st, err := resolve(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		switch {
		case st.IsDir():
			walk(root, exts, func(path string) { found[path] = true }, func(err error) { errs = append(errs, err) })
		case !st.Mode().IsRegular():
			errs = append(errs, fmt.Errorf("%s: not a regular file or a folder", p))
		case !slices.Contains(exts, filepath.Ext(p)):
			errs = append(errs, fmt.Errorf("%s: not a code file: its name does not end in %s", p, strings.Join(exts, ", ")))
		default:
			found[root] = true
		}
	}
	entries := make([]Entry, 0, len(found))
	for _, path := range slices.Sorted(maps.Keys(found)) {
		sum, err := hashFile(path)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		entries = append(entries, Entry{Path: path, Sum: sum})
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return newManifest(entries), nil
}

// checkExtensions returns extensions, or DefaultExtensions when empty,
// or what is wrong with one.
func checkExtensions(extensions []string) ([]string, error) {
	if len(extensions) == 0 {
		return DefaultExtensions, nil
	}
	for _, e := range extensions {
		switch {
		case len(e) < 2 || filepath.Ext(e) != e:
			return nil, fmt.Errorf("extension %q: want a dot and a name, such as \".py\"", e)
		case e == ".pyc" || e == ".pyo":
			return nil, fmt.Errorf("extension %q: compiled bytecode is never loaded, only source", e)
		}
	}
	return extensions, nil
}

// resolve returns path made absolute with its symbolic links resolved,
// and what it is.
func resolve(path string) (string, fs.FileInfo, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", nil, err
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return abs, nil, err
	}
	st, err := os.Stat(real)
	return real, st, err
}

// walk calls add for every code file under the folder root, which must
// be absolute with its symbolic links resolved, by its path with its
// symbolic links resolved; and fail for every file or folder it could not
// read.
func walk(root string, exts []string, add func(string), fail func(error)) {
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			fail(err)
			return nil
		}
		if d.IsDir() || !slices.Contains(exts, filepath.Ext(d.Name())) {
			return nil
		}
		switch t := d.Type(); {
		case t.IsRegular():
			add(path)
		case t&fs.ModeSymlink != 0:
			real, err := filepath.EvalSymlinks(path)
			if errors.Is(err, fs.ErrNotExist) {
				return nil // a link to nothing
			}
			if err != nil {
				fail(err)
				return nil
			}
			if st, err := os.Stat(real); err != nil {
				fail(err)
			} else if st.Mode().IsRegular() {
				add(real)
			}
		}
		return nil
	})
}

// errSymlink and errNotRegular say why hashFile did not read a file.
var (
	errSymlink    = errors.New("a symbolic link")
	errNotRegular = errors.New("not a regular file")
)

// hashFile opens path once, without following a symbolic link, and
// returns the SHA-256 of the regular file it is.
func hashFile(path string) ([32]byte, error) {
	var sum [32]byte
	fd, err := unix.Open(path, unix.O_RDONLY|unix.O_CLOEXEC|unix.O_NONBLOCK|unix.O_NOCTTY|unix.O_NOFOLLOW, 0)
	if err == unix.ELOOP {
		err = errSymlink
	}
	if err != nil {
		return sum, &os.PathError{Op: "open", Path: path, Err: err}
	}
	f := os.NewFile(uintptr(fd), path)
	defer f.Close()
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return sum, &os.PathError{Op: "fstat", Path: path, Err: err}
	}
	if st.Mode&unix.S_IFMT != unix.S_IFREG {
		return sum, &os.PathError{Op: "open", Path: path, Err: errNotRegular}
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return sum, &os.PathError{Op: "read", Path: path, Err: err}
	}
	h.Sum(sum[:0])
	return sum, nil
}

// Status is what [Verify] found of a file.
type Status string

// The statuses of [Verify].
const (
	// OK: the file is listed and its content has the listed hash.
	OK Status = "ok"
	// Changed: the file is listed and its content has another hash, or it
	// is no longer a regular file (a symbolic link, say).
	Changed Status = "changed"
	// Missing: the file is listed and does not exist; or a path given to
	// Verify does not exist.
	Missing Status = "missing"
	// Unreadable: the file, or a folder Verify walked, could not be read
	// (permission denied, say).
	Unreadable Status = "unreadable"
	// Unlisted: the file is a code file under a path given to Verify, and
	// the manifest does not list it.
	Unlisted Status = "unlisted"
)

// Result is what [Verify] found of one file.
type Result struct {
	Path    string // absolute
	Status  Status
	Message string // for people: what was found
}

// Verify checks the files m lists against their content on disk,
// hashing each again: every file when paths is empty, else those under
// (or at) one of paths. It also walks the folders among paths, as [Build]
// does, for code files m does not list, reported [Unlisted]; a code file
// is one whose extension is ".py" or that of a file m lists. A file
// named in paths and not listed is Unlisted whatever its extension.
//
// There is one Result for each file checked or found, sorted by path, and
// one for each of paths that cannot be read; the manifest holds only
// where every Status is [OK].
func Verify(m *Manifest, paths []string) []Result {
	var results []Result
	var roots, walked []string
	for _, p := range paths {
		root, st, err := resolve(p)
		if err != nil {
			results = append(results, failed(root, err))
			if root != "" {
				roots = append(roots, root)
			}
			continue
		}
		roots = append(roots, root)
		if st.IsDir() {
			walked = append(walked, root)
		} else if _, listed := m.Hash(root); !listed && st.Mode().IsRegular() {
			results = append(results, Result{Path: root, Status: Unlisted, Message: "not in the manifest"})
		}
	}
	if m != nil {
		for _, e := range m.entries {
			if len(paths) == 0 || slices.ContainsFunc(roots, func(root string) bool { return under(e.Path, root) }) {
				results = append(results, check(e))
			}
		}
	}
	exts := m.extensions()
	seen := make(map[string]bool)
	for _, root := range walked {
		walk(root, exts, func(path string) {
			if _, listed := m.Hash(path); !listed && !seen[path] {
				seen[path] = true
				results = append(results, Result{Path: path, Status: Unlisted, Message: "not in the manifest"})
			}
		}, func(err error) {
			var pe *fs.PathError
			if errors.As(err, &pe) {
				results = append(results, failed(pe.Path, pe.Err))
			} else {
				results = append(results, failed(root, err))
			}
		})
	}
	slices.SortFunc(results, func(a, b Result) int {
		return cmp.Or(strings.Compare(a.Path, b.Path), strings.Compare(string(a.Status), string(b.Status)))
	})
	return slices.Compact(results)
}

// check hashes the file e lists again.
func check(e Entry) Result {
	sum, err := hashFile(e.Path)
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case err == nil && sum == e.Sum:
		return Result{Path: e.Path, Status: OK, Message: "sha256 matches the manifest"}
	case err == nil:
		return Result{Path: e.Path, Status: Changed, Message: fmt.Sprintf("sha256 is %x; the manifest says %x", sum, e.Sum)}
	case err == errSymlink || err == errNotRegular:
		return Result{Path: e.Path, Status: Changed, Message: "now " + err.Error()}
	}
	return failed(e.Path, err)
}

// failed is the Result of a path that could not be read.
func failed(path string, err error) Result {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	if errors.Is(err, fs.ErrNotExist) || errors.Is(err, unix.ENOTDIR) {
		return Result{Path: path, Status: Missing, Message: "no such file or folder"}
	}
	return Result{Path: path, Status: Unreadable, Message: err.Error()}
}

// under reports whether path is root or in the folder root; both are
// absolute and clean.
func under(path, root string) bool {
	return path == root || strings.HasPrefix(path, root) && (strings.HasSuffix(root, "/") || path[len(root)] == '/')
}

// extensions returns the extensions of the code files Verify looks for
// under a folder: ".py" and those of the files m lists.
func (m *Manifest) extensions() []string {
	exts := []string{".py"}
	if m != nil {
		for _, e := range m.entries {
			if ext := filepath.Ext(e.Path); ext != "" && ext != ".pyc" && ext != ".pyo" && !slices.Contains(exts, ext) {
				exts = append(exts, ext)
			}
		}
	}
	return exts
}
