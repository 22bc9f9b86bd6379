package sink

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/spython/spython/hooks"
)

// BenchmarkEncode renders a typical event (open) into a record and its
// JSON line: the work done for every record whatever the sinks.
func BenchmarkEncode(b *testing.B) {
	e := hooks.NewEvent(hooks.Open, "/srv/app/data/input.csv", "r", int64(524288))
	var line []byte
	b.ReportAllocs()
	for b.Loop() {
		r := NewRecord(e)
		r.Time, r.Seq, r.Decision, r.Mode, r.PID, r.UID, r.Host, r.Script = testTime, 12, Allow, "enforce", 4242, 1000, "build-7", "/srv/app/run.py"
		line = r.AppendJSON(line[:0])
	}
	b.SetBytes(int64(len(line)))
}

// BenchmarkLogFile is the cost one audited operation pays for the record
// of an allowed event in a file sink, as the launcher logs it (real
// clock, default batching): build the record, keep it; and, once per
// batch, render, hash, lock the file, append, unlock. Close (the last
// write) is timed too.
func BenchmarkLogFile(b *testing.B) {
	path := filepath.Join(b.TempDir(), "audit.log")
	l := newFileLogger(b, path, Options{Now: time.Now})
	e := hooks.NewEvent(hooks.Open, "/srv/app/data/input.csv", "r", int64(524288))
	b.ReportAllocs()
	for b.Loop() {
		if err := l.Log(e, Allow, ""); err != nil {
			b.Fatal(err)
		}
	}
	closeLogger(b, l)
}

// BenchmarkLogFileSync is BenchmarkLogFile with every record written
// before Log returns (FlushInterval < 0): what a deny, would-deny or log
// record costs (lock, fstat, write, unlock).
func BenchmarkLogFileSync(b *testing.B) {
	path := filepath.Join(b.TempDir(), "audit.log")
	l := newFileLogger(b, path, Options{Now: time.Now, FlushInterval: -1})
	e := hooks.NewEvent(hooks.Open, "/srv/app/data/input.csv", "r", int64(524288))
	b.ReportAllocs()
	for b.Loop() {
		if err := l.Log(e, Allow, ""); err != nil {
			b.Fatal(err)
		}
	}
	closeLogger(b, l)
}

// BenchmarkLogFile100k logs 100,000 open events to a new file and closes
// the logger, per op; it reports records per second.
func BenchmarkLogFile100k(b *testing.B) {
	const n = 100_000
	e := hooks.NewEvent(hooks.Open, "/srv/app/data/input.csv", "r", int64(524288))
	var total time.Duration
	for b.Loop() {
		b.StopTimer()
		path := filepath.Join(b.TempDir(), "audit.log")
		l := newFileLogger(b, path, Options{Now: time.Now})
		b.StartTimer()
		start := time.Now()
		for range n {
			if err := l.Log(e, Allow, ""); err != nil {
				b.Fatal(err)
			}
		}
		closeLogger(b, l)
		total += time.Since(start)
	}
	b.ReportMetric(float64(b.N)*n/total.Seconds(), "records/s")
	b.ReportMetric(float64(total.Nanoseconds())/float64(b.N)/n, "ns/record")
}

// BenchmarkLogFileBurst is a burst of records from many goroutines into
// one file sink: records are serialised by the logger, so this is the
// throughput ceiling of one log.
func BenchmarkLogFileBurst(b *testing.B) {
	path := filepath.Join(b.TempDir(), "audit.log")
	l := newFileLogger(b, path, Options{Now: time.Now})
	defer closeLogger(b, l)
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		e := hooks.NewEvent(hooks.Open, "/srv/app/data/input.csv", "r", int64(524288))
		for pb.Next() {
			if err := l.Log(e, Allow, ""); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

// BenchmarkLogSyslogUnixgram is one record to a local datagram socket.
func BenchmarkLogSyslogUnixgram(b *testing.B) {
	sock := filepath.Join(shortTempDir(b), "log")
	srv := listenUnixgram(b, sock)
	go func() {
		buf := make([]byte, 1<<16)
		for {
			if _, err := srv.Read(buf); err != nil {
				return
			}
		}
	}()
	s, err := DialSyslog(SyslogConfig{Network: "unixgram", Addr: sock})
	if err != nil {
		b.Fatal(err)
	}
	l, err := NewLogger(Options{}, s)
	if err != nil {
		b.Fatal(err)
	}
	defer l.Close()
	e := hooks.NewEvent(hooks.Open, "/srv/app/data/input.csv", "r", int64(524288))
	b.ReportAllocs()
	for b.Loop() {
		if err := l.Log(e, Allow, ""); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVerify checks a log of 1000 records.
func BenchmarkVerify(b *testing.B) {
	path := filepath.Join(b.TempDir(), "audit.log")
	l := newFileLogger(b, path, Options{})
	logN(b, l, 1, 1000)
	closeLogger(b, l)
	b.ResetTimer()
	for b.Loop() {
		if n, err := verifyFile(b, path); err != nil || n != 1000 {
			b.Fatal(n, err)
		}
	}
}
