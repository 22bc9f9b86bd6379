package hooks

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"unsafe"

	"github.com/bmatcuk/doublestar/v4"
	"golang.org/x/sys/unix"
)

// The verified-open gate: the one place where a file becomes bytes that
// will be compiled. Every check runs on the one descriptor the gate opened
// (the path is never opened twice), and the bytes returned are the bytes
// that were hashed.

// ErrRefused is wrapped by every error of a file the gate will not let
// become code.
var ErrRefused = errors.New("refused by the verified-open gate")

// RefusedError says which file the gate refused and why.
type RefusedError struct {
	Path   string // the file as resolved, or as given when it could not be
	Reason string
}

func (e *RefusedError) Error() string { return e.Reason }
func (e *RefusedError) Unwrap() error { return ErrRefused }

// Hashes is the manifest the gate checks files against.
type Hashes interface {
	// Hash returns the sha256 listed for the absolute path, if listed.
	Hash(path string) ([32]byte, bool)
}

// ExecCheck says when the kernel's verdict (execveat with AT_EXECVE_CHECK)
// is enforced.
type ExecCheck string

const (
	// ExecCheckAuto asks the kernel (so it can log) and enforces its
	// verdict when the securebit SECBIT_EXEC_RESTRICT_FILE is set.
	ExecCheckAuto ExecCheck = "auto"
	// ExecCheckRequire enforces the kernel's verdict, and refuses every
	// file on a kernel that cannot give one.
	ExecCheckRequire ExecCheck = "require"
	// ExecCheckOff does not ask.
	ExecCheckOff ExecCheck = "off"
)

// Gate holds the checks of the policy's verify section. The zero Gate
// refuses only what is never code: bytecode, and anything that is not a
// regular file.
type Gate struct {
	Extensions     []string // allowed endings; empty: any but bytecode
	MaxSize        int64    // 0: no limit
	Allow, Deny    []string // doublestar globs on the resolved path
	Owners         []uint32 // allowed owner uids; empty: any
	RefuseWritable bool     // refuse files writable by group or others
	RefuseNoexec   bool     // refuse files on a noexec mount
	ExecCheck      ExecCheck
	Manifest       Hashes // when set, every file must be listed with its hash
	// Audit returns what was read along with a refusal, when the file
	// could be read, for the policy's audit mode.
	Audit bool
	// Xattr accepts, for a file the manifest does not list (or when there
	// is no manifest), a sha256 in the user.org.python.x-spython-hash
	// extended attribute that matches the content.
	Xattr bool
}

// Source is a file the gate let through.
type Source struct {
	Path   string // absolute, symlinks resolved: the file that was read
	Data   []byte
	SHA256 [32]byte
}

// Hex is the file's sha256 in lowercase hex.
func (s *Source) Hex() string { return hex.EncodeToString(s.SHA256[:]) }

// XattrName is the extended attribute that may carry a file's sha256.
const XattrName = "user.org.python.x-spython-hash"

// at_EXECVE_CHECK asks execveat(2) whether the file may be executed,
// without executing it (Linux 6.14+); SECBIT_EXEC_RESTRICT_FILE is the
// securebit that asks interpreters to enforce the answer.
const (
	atExecveCheck          = 0x10000
	secbitExecRestrictFile = 0x100
)

// Open opens path, checks it in the order of docs/policy.md, stopping at
// the first refusal, and returns what it read. A refusal is a
// *RefusedError; any other error is the system's (a missing file, say).
//
// With g.Audit set (the policy's audit mode), a refusal after the file
// was found to be a regular file of a size that may be read comes back
// with the Source all the same, so that the caller can record a would-be
// denial and go on.
func (g *Gate) Open(path string) (*Source, error) {
	var refusal *RefusedError
	readable := false
	var f *os.File
	var fd int
	refuse := func(p, format string, args ...any) (*Source, error) {
		refusal = &RefusedError{Path: p, Reason: fmt.Sprintf(format, args...)}
		if !g.Audit || !readable {
			return nil, refusal
		}
		return g.finish(f, fd, p, refusal)
	}
	extErr := g.checkExtension(path)
	if extErr != "" && !g.Audit {
		return nil, &RefusedError{Path: path, Reason: extErr}
	}
	// A first look by path, so that a device or FIFO is not even opened
	// (opening some devices acts); the descriptor is checked again below.
	if info, err := os.Stat(path); err == nil && !info.Mode().IsRegular() && !info.IsDir() {
		return nil, &RefusedError{Path: path, Reason: "not a regular file"}
	}
	fd, err := unix.Open(path, unix.O_RDONLY|unix.O_CLOEXEC|unix.O_NONBLOCK|unix.O_NOCTTY, 0)
	if err != nil {
		return nil, &os.PathError{Op: "open", Path: path, Err: err}
	}
	f = os.NewFile(uintptr(fd), path)
	defer f.Close()
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return nil, &os.PathError{Op: "fstat", Path: path, Err: err}
	}
	readable = st.Mode&unix.S_IFMT == unix.S_IFREG && (g.MaxSize <= 0 || st.Size <= g.MaxSize)

	real, err := os.Readlink("/proc/self/fd/" + strconv.Itoa(fd))
	if err != nil || !filepath.IsAbs(real) {
		return refuse(path, "cannot tell which file was opened: %v", err)
	}
	if extErr != "" {
		return refuse(real, "%s", extErr)
	}
	if real != path {
		if err := g.checkExtension(real); err != "" {
			return refuse(real, "%s (the link points there)", err)
		}
	}
	if len(g.Allow) > 0 && !matchAny(g.Allow, real) {
		return refuse(real, "not under any allowed path (verify.allow)")
	}
	if pattern := firstMatch(g.Deny, real); pattern != "" {
		return refuse(real, "under a denied path %q (verify.deny)", pattern)
	}
	switch {
	case st.Mode&unix.S_IFMT == unix.S_IFDIR:
		return nil, &os.PathError{Op: "open", Path: real, Err: unix.EISDIR}
	case st.Mode&unix.S_IFMT != unix.S_IFREG:
		return refuse(real, "not a regular file")
	case g.MaxSize > 0 && st.Size > g.MaxSize:
		return refuse(real, "%d bytes, more than verify.max_size (%d)", st.Size, g.MaxSize)
	case len(g.Owners) > 0 && !slices.Contains(g.Owners, st.Uid):
		return refuse(real, "owned by uid %d, not one of verify.owners", st.Uid)
	case g.RefuseWritable && st.Mode&0o022 != 0:
		return refuse(real, "writable by group or others (mode %04o; verify.writable: refuse)", st.Mode&0o7777)
	}
	if g.RefuseNoexec {
		var fs unix.Statfs_t
		if err := unix.Fstatfs(fd, &fs); err == nil && fs.Flags&unix.ST_NOEXEC != 0 {
			return refuse(real, "on a noexec mount (verify.noexec: refuse)")
		}
	}
	if reason := g.execCheck(fd, real); reason != "" {
		return refuse(real, "%s", reason)
	}
	return g.finish(f, fd, real, nil)
}

// finish reads the file, hashes what it read and checks the hash; a
// refusal found earlier (in audit mode) is returned with the Source.
func (g *Gate) finish(f *os.File, fd int, real string, refusal *RefusedError) (*Source, error) {
	data, err := readAll(f, g.MaxSize)
	if err != nil {
		return nil, &os.PathError{Op: "read", Path: real, Err: err}
	}
	if g.MaxSize > 0 && int64(len(data)) > g.MaxSize {
		// The file grew after fstat: what was read is not all of it.
		return nil, &RefusedError{Path: real, Reason: fmt.Sprintf("more than verify.max_size (%d bytes)", g.MaxSize)}
	}
	src := &Source{Path: real, Data: data, SHA256: sha256.Sum256(data)}
	if refusal == nil {
		if reason := g.checkHash(fd, src); reason != "" {
			refusal = &RefusedError{Path: real, Reason: reason}
		}
	}
	if refusal != nil {
		if !g.Audit {
			return nil, refusal
		}
		return src, refusal
	}
	return src, nil
}

func (g *Gate) checkExtension(path string) string {
	ext := filepath.Ext(path)
	if ext == ".pyc" || ext == ".pyo" {
		return "compiled bytecode is never loaded, only source"
	}
	if len(g.Extensions) > 0 && !slices.Contains(g.Extensions, ext) {
		if ext == "" {
			return "no file extension; allowed: " + fmt.Sprint(g.Extensions) + " (verify.extensions)"
		}
		return fmt.Sprintf("extension %q is not allowed (verify.extensions)", ext)
	}
	return ""
}

func (g *Gate) checkHash(fd int, src *Source) string {
	if g.Manifest != nil {
		want, listed := g.Manifest.Hash(src.Path)
		switch {
		case listed && want == src.SHA256:
			return ""
		case listed:
			return "sha256 " + src.Hex() + " does not match the manifest"
		case !g.Xattr:
			return "not listed in the manifest"
		}
	}
	if !g.Xattr {
		return ""
	}
	buf := make([]byte, 128)
	n, err := unix.Fgetxattr(fd, XattrName, buf)
	if err != nil {
		return "no " + XattrName + " attribute (verify.xattr)"
	}
	want, err := hex.DecodeString(string(trimSpace(buf[:n])))
	if err != nil || len(want) != sha256.Size || [32]byte(want) != src.SHA256 {
		return "sha256 " + src.Hex() + " does not match its " + XattrName + " attribute"
	}
	return ""
}

// execCheck asks the kernel whether the open file may be executed, and
// says why it is refused when the answer is enforced.
func (g *Gate) execCheck(fd int, path string) string {
	if g.ExecCheck == ExecCheckOff || g.ExecCheck == "" {
		return ""
	}
	err := execveatCheck(fd, path)
	enforce := g.ExecCheck == ExecCheckRequire || execRestricted()
	switch {
	case err == nil || !enforce:
		return ""
	case errors.Is(err, unix.EINVAL):
		return "the kernel cannot check it (AT_EXECVE_CHECK needs Linux 6.14+; verify.exec_check: require)"
	}
	return fmt.Sprintf("the kernel refuses to execute it: %v (AT_EXECVE_CHECK)", err)
}

// execveatCheck calls execveat(fd, "", [path], [], AT_EMPTY_PATH |
// AT_EXECVE_CHECK). With AT_EXECVE_CHECK the kernel only checks: it never
// executes the file; a kernel that does not know the flag rejects it with
// EINVAL.
func execveatCheck(fd int, path string) error {
	empty, err := unix.BytePtrFromString("")
	if err != nil {
		return err
	}
	arg0, err := unix.BytePtrFromString(path)
	if err != nil {
		return err
	}
	argv := []*byte{arg0, nil}
	envv := []*byte{nil}
	_, _, errno := unix.Syscall6(unix.SYS_EXECVEAT, uintptr(fd), uintptr(unsafe.Pointer(empty)),
		uintptr(unsafe.Pointer(&argv[0])), uintptr(unsafe.Pointer(&envv[0])),
		unix.AT_EMPTY_PATH|atExecveCheck, 0)
	if errno != 0 {
		return errno
	}
	return nil
}

// execRestricted reports whether the securebit asks interpreters to
// enforce the kernel's verdict on the files they run.
func execRestricted() bool {
	bits, err := unix.PrctlRetInt(unix.PR_GET_SECUREBITS, 0, 0, 0, 0)
	return err == nil && bits&secbitExecRestrictFile != 0
}

func matchAny(patterns []string, path string) bool { return firstMatch(patterns, path) != "" }

func firstMatch(patterns []string, path string) string {
	for _, p := range patterns {
		if ok, _ := doublestar.Match(p, path); ok {
			return p
		}
	}
	return ""
}

// readAll reads the file through, at most limit+1 bytes when there is a
// limit, so that a file growing after fstat is still caught.
func readAll(f *os.File, limit int64) ([]byte, error) {
	capacity := int64(4096)
	if info, err := f.Stat(); err == nil {
		capacity = info.Size() + 1
	}
	if limit > 0 && capacity > limit+1 {
		capacity = limit + 1
	}
	buf := make([]byte, 0, max(capacity, 512))
	for {
		if limit > 0 && int64(len(buf)) > limit {
			return buf, nil
		}
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, cap(buf))
		}
		n, err := f.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		switch {
		case errors.Is(err, io.EOF) || (err == nil && n == 0):
			return buf, nil
		case err != nil:
			return buf, err
		}
	}
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == ' ' || b[len(b)-1] == 0) {
		b = b[:len(b)-1]
	}
	return b
}
