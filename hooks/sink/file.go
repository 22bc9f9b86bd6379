package sink

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"

	"golang.org/x/sys/unix"
)

// maxLine is the longest last line a file sink reads back to continue a
// log's chain. spython's records are far shorter (see [MaxArgsBytes]).
const maxLine = 1 << 20

// FileSink appends records as JSON lines to a file, keeping the file's
// hash chain. It is safe for concurrent use, and several processes may
// append to one file: each write (of one record, or of a batch of them
// from a [Logger]) holds an exclusive flock(2) on the file only while it
// writes, and continues the chain from the file's last line.
type FileSink struct {
	path string

	mu     sync.Mutex
	w      *os.File // O_WRONLY|O_APPEND: every record is one write(2)
	r      *os.File // O_RDONLY on the same file, to read its last line
	seq    uint64   // seq of the file's last record, 0 for an empty file
	prev   string   // hash of the file's last line, "" for an empty file
	end    int64    // the file's size after our last write or read; -1: unknown
	buf    []byte
	ends   []int // where each line of buf ends
	closed bool
}

// OpenFile opens the log file at path for appending, creating it with
// mode 0600 if it does not exist, and reads its last line to continue
// its chain. The path's last element must not be a symbolic link, and it
// must be a regular file. An existing file must end with a complete
// spython record ("v":1): a log whose last line is cut or foreign is an
// error rather than a chain silently restarted (run `spython log verify`).
func OpenFile(path string) (*FileSink, error) {
	s := &FileSink{path: path}
	w, err := openRegular(path, unix.O_WRONLY|unix.O_APPEND|unix.O_CREAT)
	if err != nil {
		return nil, s.errorf("%w", err)
	}
	r, err := openRegular(path, unix.O_RDONLY)
	if err != nil {
		w.Close()
		return nil, s.errorf("%w", err)
	}
	s.w, s.r = w, r
	if err := sameFile(w, r); err != nil {
		s.w.Close()
		s.r.Close()
		return nil, s.errorf("%w", err)
	}
	err = s.locked(unix.LOCK_SH, func() error {
		size, err := s.size()
		if err != nil {
			return err
		}
		return s.readTail(size)
	})
	if err != nil {
		s.w.Close()
		s.r.Close()
		return nil, err
	}
	return s, nil
}

// openRegular opens path with flags (never following a symbolic link,
// never blocking on a FIFO) and checks that it is a regular file.
func openRegular(path string, flags int) (*os.File, error) {
	fd, err := unix.Open(path, flags|unix.O_CLOEXEC|unix.O_NOFOLLOW|unix.O_NONBLOCK, 0o600)
	for err == unix.EINTR {
		fd, err = unix.Open(path, flags|unix.O_CLOEXEC|unix.O_NOFOLLOW|unix.O_NONBLOCK, 0o600)
	}
	if err != nil {
		if err == unix.ELOOP {
			return nil, errors.New("open: is a symbolic link")
		}
		return nil, fmt.Errorf("open: %w", err)
	}
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		unix.Close(fd)
		return nil, fmt.Errorf("fstat: %w", err)
	}
	if st.Mode&unix.S_IFMT != unix.S_IFREG {
		unix.Close(fd)
		return nil, errors.New("not a regular file")
	}
	if err := unix.SetNonblock(fd, false); err != nil {
		unix.Close(fd)
		return nil, err
	}
	return os.NewFile(uintptr(fd), path), nil
}

// sameFile checks that two descriptors are of one file: the path was not
// replaced between the two opens.
func sameFile(a, b *os.File) error {
	var sa, sb unix.Stat_t
	if err := unix.Fstat(int(a.Fd()), &sa); err != nil {
		return err
	}
	if err := unix.Fstat(int(b.Fd()), &sb); err != nil {
		return err
	}
	if sa.Dev != sb.Dev || sa.Ino != sb.Ino {
		return errors.New("the file was replaced while being opened")
	}
	return nil
}

func (s *FileSink) String() string { return "file " + s.path }

func (s *FileSink) errorf(format string, args ...any) error {
	return fmt.Errorf("audit log %s: "+format, append([]any{s.path}, args...)...)
}

// locked runs f holding a flock of kind how on the file.
func (s *FileSink) locked(how int, f func() error) error {
	fd := int(s.w.Fd())
	err := unix.Flock(fd, how)
	for err == unix.EINTR {
		err = unix.Flock(fd, how)
	}
	if err != nil {
		return s.errorf("flock: %w", err)
	}
	defer unix.Flock(fd, unix.LOCK_UN)
	return f()
}

func (s *FileSink) size() (int64, error) {
	var st unix.Stat_t
	if err := unix.Fstat(int(s.w.Fd()), &st); err != nil {
		return 0, s.errorf("fstat: %w", err)
	}
	return st.Size, nil
}

// readTail sets the chain's head from the last line of the file, whose
// size is size.
func (s *FileSink) readTail(size int64) error {
	line, err := lastLine(s.r, size)
	if err != nil {
		return s.errorf("%w", err)
	}
	if line == nil {
		s.seq, s.prev, s.end = 0, "", 0
		return nil
	}
	var tail struct {
		V   int     `json:"v"`
		Seq *uint64 `json:"seq"`
	}
	if err := json.Unmarshal(line, &tail); err != nil || tail.V != 1 || tail.Seq == nil {
		return s.errorf("the last line is not a spython audit record (check it with spython log verify)")
	}
	sum := sha256.Sum256(line)
	s.seq, s.prev, s.end = *tail.Seq, hex.EncodeToString(sum[:]), size
	return nil
}

// lastLine returns the last line of f, whose size is size, without its
// newline; nil for an empty file.
func lastLine(f *os.File, size int64) ([]byte, error) {
	if size == 0 {
		return nil, nil
	}
	var last [1]byte
	if _, err := f.ReadAt(last[:], size-1); err != nil {
		return nil, err
	}
	if last[0] != '\n' {
		return nil, errors.New("the last line is cut short: no newline at its end (check it with spython log verify)")
	}
	end := size - 1
	var tail []byte
	for chunk := int64(4096); ; chunk *= 2 {
		start := max(end-chunk, 0)
		if end-start > maxLine {
			return nil, fmt.Errorf("the last line is longer than %d bytes", maxLine)
		}
		tail = make([]byte, end-start)
		if _, err := f.ReadAt(tail, start); err != nil {
			return nil, err
		}
		if i := bytes.LastIndexByte(tail, '\n'); i >= 0 {
			return tail[i+1:], nil
		}
		if start == 0 {
			return tail, nil
		}
	}
}

// Write appends r to the file as one line, in one write(2), continuing
// the file's chain (see writeBatch).
func (s *FileSink) Write(r *Record) error {
	_, err := s.writeBatch([]*Record{r})
	return err
}

// writeBatch appends rs to the file, one line each, in one write(2),
// holding an exclusive flock. Under the lock it checks the file's size
// and, when another writer has appended since our last write, reads the
// last line again; then it sets each record's seq and prev to continue
// the file's chain and renders the lines. The records keep these seq and
// prev, so that the sinks written after the file carry the same lines.
//
// It returns how many records, from the first, are in the file. A write
// that fails part way (a full disk) is undone back to the last whole line
// it wrote: the file never ends with a cut record of ours.
func (s *FileSink) writeBatch(rs []*Record) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return 0, s.errorf("%w", ErrClosed)
	}
	if len(rs) == 0 {
		return 0, nil
	}
	n := 0
	err := s.locked(unix.LOCK_EX, func() error {
		size, err := s.size()
		if err != nil {
			return err
		}
		if size != s.end {
			if err := s.readTail(size); err != nil {
				return err
			}
		}
		seq, prev := s.seq, s.prev
		buf, ends := s.buf[:0], s.ends[:0]
		// The hashes of the batch, in one string: each prev is a part of
		// it (a strings.Builder never changes the bytes it has returned).
		var hashes strings.Builder
		hashes.Grow(len(rs) * sha256.Size * 2)
		var hexSum [sha256.Size * 2]byte
		for _, r := range rs {
			r.Seq, r.Prev = seq+1, prev
			start := len(buf)
			buf = r.AppendJSON(buf)
			sum := sha256.Sum256(buf[start:])
			hex.Encode(hexSum[:], sum[:])
			hashes.Write(hexSum[:])
			all := hashes.String()
			seq, prev = r.Seq, all[len(all)-len(hexSum):]
			buf = append(buf, '\n')
			ends = append(ends, len(buf))
		}
		s.buf, s.ends = buf, ends
		if cap(s.buf) > 256<<10 {
			s.buf, s.ends = nil, nil
		}
		wrote, err := writeOnce(int(s.w.Fd()), buf)
		if err == nil {
			s.seq, s.prev, s.end = seq, prev, size+int64(wrote)
			n = len(rs)
			return nil
		}
		// Keep the whole lines written, cut the rest.
		keep := 0
		for n < len(ends) && ends[n] <= wrote {
			keep = ends[n]
			n++
		}
		if wrote > keep {
			if terr := unix.Ftruncate(int(s.w.Fd()), size+int64(keep)); terr != nil {
				s.end = -1 // read the tail again next time
				err = fmt.Errorf("%w (and cutting the partial record off: %w)", err, terr)
			}
		}
		if n > 0 {
			s.seq, s.prev = rs[n-1].Seq, prev
			if n < len(rs) {
				s.prev = rs[n].Prev
			}
		}
		if s.end != -1 {
			s.end = size + int64(keep)
		}
		if len(rs) == 1 {
			return s.errorf("%w", err)
		}
		return s.errorf("%d of %d records not written (seq %d to %d): %w", len(rs)-n, len(rs), rs[n].Seq, rs[len(rs)-1].Seq, err)
	})
	return n, err
}

// writeOnce writes b with one write(2) and says how many bytes it wrote;
// a short write is an error.
func writeOnce(fd int, b []byte) (int, error) {
	for {
		n, err := unix.Write(fd, b)
		if err == unix.EINTR && n <= 0 {
			continue
		}
		if n < 0 {
			n = 0
		}
		if err == nil && n < len(b) {
			err = fmt.Errorf("write: wrote %d of %d bytes", n, len(b))
		} else if err != nil {
			err = fmt.Errorf("write: %w", err)
		}
		return n, err
	}
}

// Close closes the file.
func (s *FileSink) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	err := s.w.Close()
	if rerr := s.r.Close(); err == nil {
		err = rerr
	}
	if err != nil {
		return s.errorf("%w", err)
	}
	return nil
}
