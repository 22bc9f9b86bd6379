package interp

import (
	"fmt"
	"os"
	"strconv"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"
)

// spython's own descriptors are out of the script's reach: the audit log's
// file and sockets, and the Go runtime's. Every descriptor open when the
// script starts belongs to spython (or was inherited: 0, 1 and 2 are the
// script's). os.fdopen and os.close refuse them, and no path (a hard link,
// /proc/self/fd/N, a symbolic link) opens spython's files for writing, or
// removes them: a script cannot forge, truncate or delete its own audit
// log, nor change the policy, manifest or key it runs under, whatever the
// policy allows.

type fileID struct{ dev, ino uint64 }

type reserved struct {
	fds map[int]bool
	// files are the regular files behind the descriptors and the named
	// files, with the descriptor each was seen on (-1 for a named file).
	files map[fileID]fileSource
}

type fileSource struct{ fd int }

// current reports whether the file id is still spython's. A named file
// always is (the script can neither remove nor rename it away). A file
// seen on a descriptor is while the descriptor still holds it: the
// script cannot close spython's descriptors, but a process embedding
// several interpreters (the tests) closes its other files, whose inodes
// the file system then reuses.
func (src fileSource) current(id fileID) bool {
	if src.fd < 0 {
		return true
	}
	var st unix.Stat_t
	return unix.Fstat(src.fd, &st) == nil && (fileID{st.Dev, st.Ino}) == id
}

// reserveOpenFiles records the descriptors open now, and the regular
// files behind them, and the named files (the policy, the manifest and
// its key, which are closed by now).
func reserveOpenFiles(named []string) reserved {
	r := reserved{fds: map[int]bool{}, files: map[fileID]fileSource{}}
	entries, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		return r
	}
	for _, e := range entries {
		fd, err := strconv.Atoi(e.Name())
		if err != nil || fd <= 2 {
			continue
		}
		var st unix.Stat_t
		if unix.Fstat(fd, &st) != nil {
			continue // the descriptor ReadDir itself used, now closed
		}
		r.fds[fd] = true
		if st.Mode&unix.S_IFMT == unix.S_IFREG {
			r.files[fileID{st.Dev, st.Ino}] = fileSource{fd: fd}
		}
	}
	for _, path := range named {
		var st unix.Stat_t
		if path != "" && unix.Stat(path, &st) == nil {
			r.files[fileID{st.Dev, st.Ino}] = fileSource{fd: -1}
		}
	}
	return r
}

// checkFD refuses a descriptor that belongs to spython.
func (r reserved) checkFD(fd int) error {
	if r.fds[fd] {
		return newOSError(py.PermissionError, int(unix.EACCES), fmt.Sprintf("file descriptor %d belongs to spython (its audit log or runtime)", fd), nil, nil)
	}
	return nil
}

// checkFile refuses st when it is one of spython's own files.
func (r reserved) checkFile(st *unix.Stat_t, path string) error {
	id := fileID{st.Dev, st.Ino}
	if src, ok := r.files[id]; ok && src.current(id) {
		return newOSError(py.PermissionError, int(unix.EACCES), path+" is one of spython's own files (its audit log, policy or manifest): scripts may not write or remove it", nil, nil)
	}
	return nil
}
