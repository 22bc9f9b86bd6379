package sink

import (
	"bufio"
	"bytes"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/spython/spython/hooks"
)

func TestSyslogFormat(t *testing.T) {
	r := testRecord(hooks.NewEvent(hooks.OSSystem, []byte("ls")))
	r.Prev = strings.Repeat("0f", 32)
	got, _ := appendSyslog(nil, nil, r, facilityAuthpriv)
	want := `<85>1 2026-11-27T08:00:00.123456Z build-7 spython 4242 os.system ` +
		`[spython@32473 event="os.system" decision="deny" rule="no-shell" mode="enforce" seq="12" uid="1000" script="/srv/app/run.py" prev="` + r.Prev + `"] ` +
		string(r.AppendJSON(nil))
	if string(got) != want {
		t.Errorf("message:\n got %s\nwant %s", got, want)
	}

	// Hostile values: SD values are the JSON string contents, then
	// escaped per RFC 5424; MSGID is sanitised printable ASCII.
	r = testRecord(scriptEvent("evil]\" name\n\\é-and-a-long-tail-past-32-chars", "x"))
	r.Decision, r.Rule, r.Lost, r.Host = Allow, "", 3, ""
	got, _ = appendSyslog(nil, nil, r, facilityUser)
	want = `<14>1 2026-11-27T08:00:00.123456Z - spython 4242 evil]"_name_\_-and-a-long-tail-p ` +
		`[spython@32473 event="evil\]\\\" name\\u000a\\\\é-and-a-long-tail-past-32-chars" decision="allow" rule="" mode="enforce" seq="12" uid="1000" script="/srv/app/run.py" script_raised="true" prev="" lost="3"] `
	if !strings.HasPrefix(string(got), want) {
		t.Errorf("message:\n got %s\nwant %s...", got, want)
	}
	if bytes.ContainsAny(got, "\n\r\x00") {
		t.Errorf("a control character in %q", got)
	}
}

// rsyslogd finds the rsyslogd binary or skips the test.
func rsyslogd(t *testing.T) string {
	t.Helper()
	if p, err := exec.LookPath("rsyslogd"); err == nil {
		return p
	}
	for _, p := range []string{"/usr/sbin/rsyslogd", "/sbin/rsyslogd"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	t.Skip("rsyslogd is not installed (apt-get install rsyslog): skipping the test against a real syslog server")
	return ""
}

// freePort returns a port of 127.0.0.1 nothing listens on just now.
func freePort(t *testing.T, network string) int {
	t.Helper()
	if network == "udp" {
		c, err := net.ListenPacket("udp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		return c.LocalAddr().(*net.UDPAddr).Port
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// rsyslogServer is a real rsyslogd listening on loopback, writing what it
// receives to two files: raw.log (each message as received) and
// parsed.log (the fields its RFC 5424 parser found).
type rsyslogServer struct {
	dir      string
	udp, tcp string
}

const parsedTemplate = "%syslogfacility-text%|%syslogseverity-text%|%timereported:::date-rfc3339%|%hostname%|%app-name%|%procid%|%msgid%|%structured-data%|%msg%"

func startRsyslog(t *testing.T) *rsyslogServer {
	t.Helper()
	bin := rsyslogd(t)
	dir := t.TempDir()
	s := &rsyslogServer{dir: dir}
	udp, tcp := freePort(t, "udp"), freePort(t, "tcp")
	s.udp, s.tcp = fmt.Sprintf("127.0.0.1:%d", udp), fmt.Sprintf("127.0.0.1:%d", tcp)
	conf := fmt.Sprintf(`global(workDirectory=%[1]q maxMessageSize="64k")
module(load="imudp")
module(load="imtcp")
input(type="imudp" address="127.0.0.1" port="%[2]d")
input(type="imtcp" address="127.0.0.1" port="%[3]d")
template(name="raw" type="string" string="%%rawmsg%%\n")
template(name="parsed" type="string" string=%[4]q)
*.* action(type="omfile" file=%[5]q template="raw")
*.* action(type="omfile" file=%[6]q template="parsed")
`, dir, udp, tcp, parsedTemplate+`\n`, filepath.Join(dir, "raw.log"), filepath.Join(dir, "parsed.log"))
	conf = strings.ReplaceAll(conf, `\\n`, `\n`)
	confPath := filepath.Join(dir, "rsyslog.conf")
	if err := os.WriteFile(confPath, []byte(conf), 0o600); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	cmd := exec.Command(bin, "-n", "-f", confPath, "-i", filepath.Join(dir, "rsyslogd.pid"))
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
		if t.Failed() {
			t.Logf("rsyslogd output:\n%s\nconfig:\n%s", out.String(), conf)
		}
	})
	// Ready when the TCP input accepts connections.
	deadline := time.Now().Add(10 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", s.tcp, time.Second)
		if err == nil {
			c.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("rsyslogd does not listen on %s: %v", s.tcp, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	return s
}

// waitFor polls the server's file name until it holds want as a whole
// line, calling again (to resend over UDP) every half second.
func (s *rsyslogServer) waitFor(t *testing.T, name, want string, again func()) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	next := time.Now().Add(500 * time.Millisecond)
	var data []byte
	for time.Now().Before(deadline) {
		data, _ = os.ReadFile(filepath.Join(s.dir, name))
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			if sc.Text() == want {
				return
			}
		}
		if again != nil && time.Now().After(next) {
			again()
			next = time.Now().Add(500 * time.Millisecond)
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Errorf("%s has no line\n%s\nit holds:\n%s", name, want, data)
}

func TestSyslogRsyslog(t *testing.T) {
	srv := startRsyslog(t)
	big := make([]any, 40)
	for i := range big {
		big[i] = strings.Repeat(strconv.Itoa(i%10), 300)
	}
	for _, tc := range []struct {
		network, facility string
		event             *hooks.Event
		decision, rule    string
	}{
		{"udp", "", hooks.NewEvent(hooks.OSSystem, []byte("rm -rf / \xff")), Deny, "no-shell"},
		{"tcp", "", hooks.NewEvent(hooks.Open, "/etc/shadow", "r", int64(524288)), WouldDeny, "secrets"},
		{"tcp", "user", scriptEvent("evil]\" name\n\\", "line\nbreak", "\x1b[31mred", "café \u2028"), Allow, ""},
		{"udp", "user", scriptEvent("big", big...), LogOnly, "r\"]\\"},
		{"tcp", "", scriptEvent("big", big...), LogOnly, "big"},
	} {
		t.Run(tc.network+"/"+tc.event.Name, func(t *testing.T) {
			addr := srv.udp
			if tc.network == "tcp" {
				addr = srv.tcp
			}
			s, err := DialSyslog(SyslogConfig{Network: tc.network, Addr: addr, Facility: tc.facility})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			r := testRecord(tc.event)
			r.Decision, r.Rule = tc.decision, tc.rule
			r.Seq = uint64(time.Now().UnixNano()) // tells this record from the others
			send := func() {
				if err := s.Write(r); err != nil {
					t.Fatal(err)
				}
			}
			send()
			var again func()
			if tc.network == "udp" {
				again = send
			}
			msg, _ := appendSyslog(nil, nil, r, s.facility)
			srv.waitFor(t, "raw.log", string(msg), again)

			// What rsyslog's RFC 5424 parser made of it.
			fac := "authpriv"
			if tc.facility == "user" {
				fac = "user"
			}
			sev := "info"
			if isRefusal(tc.decision) {
				sev = "notice"
			}
			sd, _ := appendSyslog(nil, nil, r, s.facility)
			sd = sd[bytes.IndexByte(sd, '['):]
			sd = sd[:len(sd)-len(r.AppendJSON(nil))-1]
			msgid := appendHeaderField(nil, r.Event, 32)
			want := strings.Join([]string{fac, sev, "2026-11-27T08:00:00.123456Z", "build-7", "spython", "4242",
				string(msgid), string(sd), string(r.AppendJSON(nil))}, "|")
			srv.waitFor(t, "parsed.log", want, nil)
		})
	}
}

func TestSyslogUnixgram(t *testing.T) {
	dir := shortTempDir(t)
	sock := filepath.Join(dir, "log")
	srv := listenUnixgram(t, sock)
	s, err := DialSyslog(SyslogConfig{Addr: sock}) // local: datagram first
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.network != "unixgram" {
		t.Errorf("network %q, want unixgram", s.network)
	}
	r := testRecord(scriptEvent("x", "a\nb"))
	if err := s.Write(r); err != nil {
		t.Fatal(err)
	}
	want, _ := appendSyslog(nil, nil, r, facilityAuthpriv)
	if got := recvDatagram(t, srv); !bytes.Equal(got, want) {
		t.Errorf("datagram:\n got %s\nwant %s", got, want)
	}
}

func TestSyslogUnixStream(t *testing.T) {
	dir := shortTempDir(t)
	sock := filepath.Join(dir, "log")
	ln, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	s, err := DialSyslog(SyslogConfig{Network: "local", Addr: sock}) // falls back to a stream
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.network != "unix" {
		t.Errorf("network %q, want unix", s.network)
	}
	c, err := ln.Accept()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	r1 := testRecord(hooks.NewEvent(hooks.OSSystem, []byte("a\nb")))
	r2 := testRecord(hooks.NewEvent(hooks.OSSystem, []byte("c")))
	for _, r := range []*Record{r1, r2} {
		if err := s.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	br := bufio.NewReader(c)
	for _, r := range []*Record{r1, r2} {
		line, err := br.ReadBytes('\n')
		if err != nil {
			t.Fatal(err)
		}
		want, _ := appendSyslog(nil, nil, r, facilityAuthpriv)
		if !bytes.Equal(line, append(want, '\n')) {
			t.Errorf("line:\n got %q\nwant %q", line, want)
		}
	}
}

func TestSyslogConfig(t *testing.T) {
	for _, cfg := range []SyslogConfig{
		{Network: "udp"},
		{Network: "carrier-pigeon", Addr: "x"},
		{Network: "udp", Addr: "127.0.0.1:1", Facility: "kern"},
		{Addr: filepath.Join(t.TempDir(), "nothing-here")},
	} {
		if s, err := DialSyslog(cfg); err == nil {
			s.Close()
			t.Errorf("DialSyslog(%+v) succeeded", cfg)
		}
	}
}
