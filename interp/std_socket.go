package interp

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/netip"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/spython/spython/hooks"
)

// The socket module, in Go: socket objects over raw descriptors, name
// resolution, socketpair and create_connection. Every operation that
// reaches the network raises its CPython event first, with the address as
// the script gave it: socket.__new__, socket.bind, socket.connect,
// socket.sendto, socket.getaddrinfo, socket.gethostname,
// socket.gethostbyname, socket.gethostbyaddr, socket.getnameinfo.
//
// Descriptors are always non-blocking underneath; blocking and timeouts
// are waits in poll(2) of at most 100ms at a time, so that SIGINT reaches
// a script blocked in accept or recv as KeyboardInterrupt.

func init() {
	registerStdlib("socket", "Low-level networking interface.", setupSocket, "")
}

var (
	socketGaierror = sockException(py.OSError, "socket", "gaierror", "Address-related error (getaddrinfo, getnameinfo).")
	socketHerror   = sockException(py.OSError, "socket", "herror", "Host-related error (gethostbyaddr).")
)

// moduleException is an exception class of a module: named as CPython
// names it, with type as its metatype.
func sockException(base *py.Type, module, name, doc string) *py.Type {
	t := newExceptionType(base, name, doc)
	t.ObjectType = py.TypeType
	t.Dict["__module__"] = py.String(module)
	return t
}

// sockObject is a socket of a script.
type sockObject struct {
	sm     *socketModule
	t      *py.Type
	c      *Context
	fd     int // -1 once closed or detached
	family int
	typ    int
	proto  int
	// timeout is the script's timeout in seconds: < 0 for blocking (None),
	// 0 for non-blocking, > 0 to wait at most that long.
	timeout float64
}

func (s *sockObject) Type() *py.Type { return s.t }

// socketModule is the per-context state of the module.
type socketModule struct {
	c              *Context
	typ            *py.Type
	defaultTimeout float64 // < 0: None
}

var socketConstants = map[string]int{
	"AF_UNSPEC": unix.AF_UNSPEC, "AF_UNIX": unix.AF_UNIX, "AF_INET": unix.AF_INET, "AF_INET6": unix.AF_INET6,
	"SOCK_STREAM": unix.SOCK_STREAM, "SOCK_DGRAM": unix.SOCK_DGRAM, "SOCK_RAW": unix.SOCK_RAW,
	"SOCK_SEQPACKET": unix.SOCK_SEQPACKET, "SOCK_NONBLOCK": unix.SOCK_NONBLOCK, "SOCK_CLOEXEC": unix.SOCK_CLOEXEC,
	"SOL_SOCKET": unix.SOL_SOCKET, "SO_REUSEADDR": unix.SO_REUSEADDR, "SO_REUSEPORT": unix.SO_REUSEPORT,
	"SO_KEEPALIVE": unix.SO_KEEPALIVE, "SO_BROADCAST": unix.SO_BROADCAST, "SO_RCVBUF": unix.SO_RCVBUF,
	"SO_SNDBUF": unix.SO_SNDBUF, "SO_ERROR": unix.SO_ERROR, "SO_TYPE": unix.SO_TYPE, "SO_LINGER": unix.SO_LINGER,
	"SO_RCVTIMEO": unix.SO_RCVTIMEO, "SO_SNDTIMEO": unix.SO_SNDTIMEO, "SO_ACCEPTCONN": unix.SO_ACCEPTCONN,
	"IPPROTO_IP": unix.IPPROTO_IP, "IPPROTO_TCP": unix.IPPROTO_TCP, "IPPROTO_UDP": unix.IPPROTO_UDP,
	"IPPROTO_IPV6": unix.IPPROTO_IPV6, "IPPROTO_ICMP": unix.IPPROTO_ICMP, "IPV6_V6ONLY": unix.IPV6_V6ONLY,
	"TCP_NODELAY": unix.TCP_NODELAY, "TCP_KEEPIDLE": unix.TCP_KEEPIDLE, "TCP_KEEPINTVL": unix.TCP_KEEPINTVL,
	"TCP_KEEPCNT": unix.TCP_KEEPCNT,
	"SHUT_RD":     unix.SHUT_RD, "SHUT_WR": unix.SHUT_WR, "SHUT_RDWR": unix.SHUT_RDWR,
	"SOMAXCONN": 4096, "MSG_PEEK": unix.MSG_PEEK, "MSG_DONTWAIT": unix.MSG_DONTWAIT, "MSG_WAITALL": unix.MSG_WAITALL,
	"MSG_OOB": unix.MSG_OOB, "MSG_NOSIGNAL": unix.MSG_NOSIGNAL,
	"AI_PASSIVE": 1, "AI_CANONNAME": 2, "AI_NUMERICHOST": 4, "AI_NUMERICSERV": 0x400, "AI_ADDRCONFIG": 0x20,
	"NI_NUMERICHOST": 1, "NI_NUMERICSERV": 2, "NI_NOFQDN": 4, "NI_NAMEREQD": 8, "NI_DGRAM": 16,
	"EAI_NONAME": -2, "EAI_AGAIN": -3, "EAI_FAIL": -4, "EAI_FAMILY": -6, "EAI_SERVICE": -8,
	"INADDR_ANY": 0, "INADDR_LOOPBACK": 0x7f000001, "INADDR_BROADCAST": -1,
}

func setupSocket(c *Context, m *py.Module) error {
	sm := &socketModule{c: c, defaultTimeout: -1}
	t := py.NewTypeX("socket", "socket(family=AF_INET, type=SOCK_STREAM, proto=0)\n\nA socket.", sm.newSocket, nil)
	for k, v := range socketMethods {
		t.Dict[k] = v
	}
	t.Dict["__module__"] = py.String("socket")
	if err := t.Ready(); err != nil {
		return err
	}
	sm.typ = t
	g := m.Globals
	g["socket"] = t
	g["SocketType"] = t
	for k, v := range socketConstants {
		if k == "INADDR_BROADCAST" {
			g[k] = py.Int(0xffffffff)
			continue
		}
		g[k] = py.Int(v)
	}
	g["has_ipv6"] = py.True
	g["error"] = py.OSError
	g["timeout"] = py.TimeoutError
	g["gaierror"] = socketGaierror
	g["herror"] = socketHerror
	g["_GLOBAL_DEFAULT_TIMEOUT"] = globalDefaultTimeout
	fns := map[string]struct {
		fn  func(py.Object, py.Tuple, py.StringDict) (py.Object, error)
		doc string
	}{
		"getaddrinfo":       {sm.getaddrinfo, "getaddrinfo(host, port, family=0, type=0, proto=0, flags=0)\n\nResolve host and port into a list of (family, type, proto, canonname, sockaddr)."},
		"gethostname":       {sm.gethostname, "gethostname() -> str\n\nThis machine's host name."},
		"gethostbyname":     {sm.gethostbyname, "gethostbyname(host) -> str\n\nThe IPv4 address of host, in dotted-quad form."},
		"gethostbyname_ex":  {sm.gethostbynameEx, "gethostbyname_ex(host)\n\nLook up an IPv4 host: its canonical name, other names and addresses."},
		"gethostbyaddr":     {sm.gethostbyaddr, "gethostbyaddr(host)\n\nReverse lookup of an address: its host name, other names and addresses."},
		"getnameinfo":       {sm.getnameinfo, "getnameinfo(sockaddr, flags) -> (host, port)"},
		"socketpair":        {sm.socketpair, "socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0) -> (socket, socket)"},
		"create_connection": {sm.createConnection, "create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False)\n\nConnect to a TCP service at address (host, port) and return the socket."},
		"getdefaulttimeout": {sm.getdefaulttimeout, "getdefaulttimeout()\n\nThe timeout in seconds new sockets start with, or None when they block."},
		"setdefaulttimeout": {sm.setdefaulttimeout, "setdefaulttimeout(timeout)"},
		"inet_aton":         {inetAton, "inet_aton(string) -> bytes"},
		"inet_ntoa":         {inetNtoa, "inet_ntoa(packed_ip) -> string"},
		"inet_pton":         {inetPton, "inet_pton(family, ip_string) -> bytes\n\nThe packed form of an IPv4 or IPv6 address."},
		"inet_ntop":         {inetNtop, "inet_ntop(family, packed_ip) -> string\n\nThe text form of a packed IPv4 or IPv6 address."},
		"getfqdn":           {sm.getfqdn, "getfqdn(name='') -> str\n\nThe fully qualified name of name (this host when empty), from its reverse lookup; name itself when that fails."},
		"htons":             {byteSwap("htons", 16), "htons(integer) -> integer"},
		"ntohs":             {byteSwap("ntohs", 16), "ntohs(integer) -> integer"},
		"htonl":             {byteSwap("htonl", 32), "htonl(integer) -> integer"},
		"ntohl":             {byteSwap("ntohl", 32), "ntohl(integer) -> integer"},
	}
	for name, f := range fns {
		g[name] = c.method(name, f.fn, f.doc)
	}
	return nil
}

// globalDefaultTimeout is create_connection's "no timeout given".
var globalDefaultTimeout = py.NewType("socket._GLOBAL_DEFAULT_TIMEOUT", "")

// sockErrno is the OSError CPython raises for errno, of the subclass
// that goes with it.
func sockErrno(errno syscall.Errno) error {
	t := py.OSError
	switch errno {
	case unix.ECONNREFUSED:
		t = py.ConnectionRefusedError
	case unix.ECONNRESET:
		t = py.ConnectionResetError
	case unix.ECONNABORTED:
		t = py.ConnectionAbortedError
	case unix.EPIPE, unix.ESHUTDOWN:
		t = py.BrokenPipeError
	case unix.EAGAIN, unix.EINPROGRESS, unix.EALREADY:
		t = py.BlockingIOError
	case unix.ETIMEDOUT:
		t = py.TimeoutError
	case unix.EINTR:
		t = py.InterruptedError
	case unix.ENOENT:
		t = py.FileNotFoundError
	case unix.EACCES, unix.EPERM:
		t = py.PermissionError
	case unix.EEXIST:
		t = py.FileExistsError
	}
	return newOSError(t, int(errno), strerror(errno), nil, nil)
}

func sockError(err error) error {
	if errno, ok := err.(syscall.Errno); ok {
		return sockErrno(errno)
	}
	return osError(err)
}

func gaiError(code int, msg string) error {
	return newOSError(socketGaierror, code, msg, nil, nil)
}

func timedOut() error { return py.ExceptionNewf(py.TimeoutError, "timed out") }

func sockInt(o py.Object, what string) (int, error) {
	switch v := o.(type) {
	case py.Int:
		return int(v), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	}
	return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", o.Type().Name)
}

// timeoutValue is a timeout argument in seconds, -1 for None.
func timeoutValue(o py.Object) (float64, error) {
	var t float64
	switch v := o.(type) {
	case py.NoneType:
		return -1, nil
	case py.Int:
		t = float64(v)
	case py.Float:
		t = float64(v)
	case py.Bool:
		t = 0
		if v {
			t = 1
		}
	default:
		return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer or float", o.Type().Name)
	}
	if t < 0 {
		return 0, py.ExceptionNewf(py.ValueError, "Timeout value out of range")
	}
	return t, nil
}

// newSocket is socket.socket(family=AF_INET, type=SOCK_STREAM, proto=0,
// fileno=None).
func (sm *socketModule) newSocket(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var fam, typ, proto, fileno py.Object = py.Int(-1), py.Int(-1), py.Int(-1), py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "|OOOO:socket", []string{"family", "type", "proto", "fileno"}, &fam, &typ, &proto, &fileno); err != nil {
		return nil, err
	}
	if fileno != py.None {
		return nil, py.ExceptionNewf(py.ValueError, "socket(fileno=...) is not supported")
	}
	f, t, p := unix.AF_INET, unix.SOCK_STREAM, 0
	var err error
	if fam != py.None && fam != py.Int(-1) {
		if f, err = sockInt(fam, "family"); err != nil {
			return nil, err
		}
	}
	if typ != py.None && typ != py.Int(-1) {
		if t, err = sockInt(typ, "type"); err != nil {
			return nil, err
		}
	}
	if proto != py.None && proto != py.Int(-1) {
		if p, err = sockInt(proto, "proto"); err != nil {
			return nil, err
		}
	}
	return sm.open(f, t, p)
}

// open raises socket.__new__ and makes the socket.
func (sm *socketModule) open(family, typ, proto int) (*sockObject, error) {
	s := &sockObject{sm: sm, t: sm.typ, c: sm.c, fd: -1, family: family, typ: typ &^ (unix.SOCK_NONBLOCK | unix.SOCK_CLOEXEC), proto: proto, timeout: sm.defaultTimeout}
	if err := sm.c.audit(hooks.SocketNew, s, py.Int(family), py.Int(typ), py.Int(proto)); err != nil {
		return nil, err
	}
	if typ&unix.SOCK_NONBLOCK != 0 {
		s.timeout = 0
	}
	fd, err := unix.Socket(family, typ|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, proto)
	if err != nil {
		return nil, sockError(err)
	}
	s.fd = fd
	return s, nil
}

// adopt makes a socket object of fd, a descriptor accept or socketpair
// made, after socket.__new__; fd is closed when the event is refused.
func (sm *socketModule) adopt(fd, family, typ, proto int) (*sockObject, error) {
	s := &sockObject{sm: sm, t: sm.typ, c: sm.c, fd: -1, family: family, typ: typ, proto: proto, timeout: sm.defaultTimeout}
	if err := sm.c.audit(hooks.SocketNew, s, py.Int(family), py.Int(typ), py.Int(proto)); err != nil {
		unix.Close(fd)
		return nil, err
	}
	s.fd = fd
	return s, nil
}

func sockSelf(o py.Object) (*sockObject, error) {
	s, ok := o.(*sockObject)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor requires a 'socket' object but received '%s'", o.Type().Name)
	}
	return s, nil
}

func (s *sockObject) checkOpen() error {
	if s.fd < 0 {
		return sockErrno(unix.EBADF)
	}
	return nil
}

// wait blocks until fd is ready for events, the socket's timeout runs out
// (TimeoutError) or SIGINT arrives (KeyboardInterrupt).
func (s *sockObject) wait(events int16, deadline time.Time) error {
	for {
		slice := 100 * time.Millisecond
		if s.timeout > 0 {
			rem := time.Until(deadline)
			if rem <= 0 {
				return timedOut()
			}
			slice = min(slice, rem)
		}
		fds := []unix.PollFd{{Fd: int32(s.fd), Events: events}}
		n, err := unix.Poll(fds, int((slice+time.Millisecond-1)/time.Millisecond))
		if err != nil && err != unix.EINTR {
			return sockError(err)
		}
		if n > 0 {
			return nil
		}
		if err := s.c.takeInterrupt(); err != nil {
			return err
		}
	}
}

// retry runs op until it does not report EAGAIN, waiting for events in
// between as the socket's timeout says.
func (s *sockObject) retry(events int16, op func() error) error {
	if err := s.checkOpen(); err != nil {
		return err
	}
	deadline := time.Now().Add(time.Duration(s.timeout * float64(time.Second)))
	for {
		err := op()
		if err == unix.EINTR {
			continue
		}
		if err != unix.EAGAIN || s.timeout == 0 {
			if err != nil {
				return sockError(err)
			}
			return nil
		}
		if err := s.wait(events, deadline); err != nil {
			return err
		}
		if s.fd < 0 {
			return sockErrno(unix.EBADF)
		}
	}
}

// resolveHost is the address of host for family, as CPython's setipaddr.
func resolveHost(host string, family int) (netip.Addr, error) {
	switch host {
	case "":
		if family == unix.AF_INET6 {
			return netip.IPv6Unspecified(), nil
		}
		return netip.IPv4Unspecified(), nil
	case "<broadcast>":
		return netip.AddrFrom4([4]byte{255, 255, 255, 255}), nil
	}
	if a, err := netip.ParseAddr(host); err == nil {
		if family == unix.AF_INET && !a.Is4() {
			return netip.Addr{}, gaiError(-9, "Address family for hostname not supported")
		}
		return a, nil
	}
	network := "ip4"
	if family == unix.AF_INET6 {
		network = "ip6"
	}
	addrs, err := net.DefaultResolver.LookupNetIP(context.Background(), network, host)
	if err != nil || len(addrs) == 0 {
		return netip.Addr{}, gaiError(-2, "Name or service not known")
	}
	return addrs[0].Unmap(), nil
}

// sockaddr converts the address a script gives for family.
func sockaddr(family int, addr py.Object, fn string) (unix.Sockaddr, error) {
	switch family {
	case unix.AF_UNIX:
		path, err := fsArg(addr)
		if err != nil {
			return nil, py.ExceptionNewf(py.TypeError, "%s(): AF_UNIX address must be str or bytes, not %s", fn, addr.Type().Name)
		}
		if strings.HasPrefix(path, "\x00") {
			return &unix.SockaddrUnix{Name: "@" + path[1:]}, nil
		}
		return &unix.SockaddrUnix{Name: path}, nil
	case unix.AF_INET, unix.AF_INET6:
		t, ok := addr.(py.Tuple)
		name := "AF_INET"
		if family == unix.AF_INET6 {
			name = "AF_INET6"
		}
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "%s(): %s address must be tuple, not %s", fn, name, addr.Type().Name)
		}
		if family == unix.AF_INET && len(t) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "AF_INET address must be a pair (host, port)")
		}
		if family == unix.AF_INET6 && (len(t) < 2 || len(t) > 4) {
			return nil, py.ExceptionNewf(py.TypeError, "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])")
		}
		host, ok := t[0].(py.String)
		if !ok {
			if b, isBytes := t[0].(py.Bytes); isBytes {
				host = py.String(b)
			} else {
				return nil, py.ExceptionNewf(py.TypeError, "str, bytes or bytearray expected, not %s", t[0].Type().Name)
			}
		}
		portObj, ok := t[1].(py.Int)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", t[1].Type().Name)
		}
		port := int(portObj)
		if port < 0 || port > 65535 {
			return nil, py.ExceptionNewf(py.OverflowError, "%s(): port must be 0-65535.", fn)
		}
		ip, err := resolveHost(string(host), family)
		if err != nil {
			return nil, err
		}
		if family == unix.AF_INET {
			return &unix.SockaddrInet4{Port: port, Addr: ip.As4()}, nil
		}
		sa := &unix.SockaddrInet6{Port: port, Addr: ip.As16()}
		if len(t) == 4 {
			if z, ok := t[3].(py.Int); ok {
				sa.ZoneId = uint32(z)
			}
		}
		return sa, nil
	}
	return nil, sockErrno(unix.EAFNOSUPPORT)
}

// addrObject is a socket address as CPython returns it.
func addrObject(sa unix.Sockaddr) py.Object {
	switch a := sa.(type) {
	case *unix.SockaddrInet4:
		return py.Tuple{py.String(netip.AddrFrom4(a.Addr).String()), py.Int(a.Port)}
	case *unix.SockaddrInet6:
		return py.Tuple{py.String(netip.AddrFrom16(a.Addr).String()), py.Int(a.Port), py.Int(0), py.Int(a.ZoneId)}
	case *unix.SockaddrUnix:
		if a.Name == "@" { // unnamed
			return py.String("")
		}
		if strings.HasPrefix(a.Name, "@") {
			return py.Bytes("\x00" + a.Name[1:])
		}
		return py.String(a.Name)
	}
	return py.None
}

// bind raises socket.bind and binds the socket to addr.
func (s *sockObject) bind(addr py.Object) error {
	if err := s.c.audit(hooks.SocketBind, s, addr); err != nil {
		return err
	}
	if err := s.checkOpen(); err != nil {
		return err
	}
	sa, err := sockaddr(s.family, addr, "bind")
	if err != nil {
		return err
	}
	if err := unix.Bind(s.fd, sa); err != nil {
		return sockError(err)
	}
	return nil
}

// connect is connect_ex's work: the errno, 0 when connected.
func (s *sockObject) connect(addr py.Object, fn string) (syscall.Errno, error) {
	if err := s.c.audit(hooks.SocketConnect, s, addr); err != nil {
		return 0, err
	}
	if err := s.checkOpen(); err != nil {
		return 0, err
	}
	sa, err := sockaddr(s.family, addr, fn)
	if err != nil {
		return 0, err
	}
	err = unix.Connect(s.fd, sa)
	if err == nil {
		return 0, nil
	}
	if err != unix.EINPROGRESS && err != unix.EINTR {
		return err.(syscall.Errno), nil
	}
	if s.timeout == 0 {
		return unix.EINPROGRESS, nil
	}
	deadline := time.Now().Add(time.Duration(s.timeout * float64(time.Second)))
	if err := s.wait(unix.POLLOUT, deadline); err != nil {
		return 0, err
	}
	soerr, err := unix.GetsockoptInt(s.fd, unix.SOL_SOCKET, unix.SO_ERROR)
	if err != nil {
		return err.(syscall.Errno), nil
	}
	return syscall.Errno(soerr), nil
}

func (s *sockObject) send(data []byte, flags int, to unix.Sockaddr) (int, error) {
	var n int
	err := s.retry(unix.POLLOUT, func() error {
		var err error
		n, err = unix.SendmsgN(s.fd, data, nil, to, flags|unix.MSG_NOSIGNAL)
		return err
	})
	return n, err
}

func (s *sockObject) recv(size, flags int) ([]byte, unix.Sockaddr, error) {
	if size < 0 {
		return nil, nil, py.ExceptionNewf(py.ValueError, "negative buffersize in recv")
	}
	buf := make([]byte, size)
	var n int
	var from unix.Sockaddr
	err := s.retry(unix.POLLIN, func() error {
		var err error
		n, from, err = unix.Recvfrom(s.fd, buf, flags)
		return err
	})
	if err != nil {
		return nil, nil, err
	}
	return buf[:n], from, nil
}

func (s *sockObject) close() {
	if s.fd >= 0 {
		unix.Close(s.fd)
		s.fd = -1
	}
}

func (s *sockObject) repr() string {
	var b strings.Builder
	closed := ""
	if s.fd < 0 {
		closed = " [closed]"
	}
	fmt.Fprintf(&b, "<socket.socket%s fd=%d, family=%d, type=%d, proto=%d", closed, s.fd, s.family, s.typ, s.proto)
	if s.fd >= 0 {
		if sa, err := unix.Getsockname(s.fd); err == nil {
			if a := addrObject(sa); truthyAddr(a) {
				str, _ := reprOf(a)
				fmt.Fprintf(&b, ", laddr=%s", str)
			}
		}
		if sa, err := unix.Getpeername(s.fd); err == nil {
			if a := addrObject(sa); truthyAddr(a) {
				str, _ := reprOf(a)
				fmt.Fprintf(&b, ", raddr=%s", str)
			}
		}
	}
	b.WriteString(">")
	return b.String()
}

// M__repr__ is CPython's repr of a socket.
func (s *sockObject) M__repr__() (py.Object, error) { return py.String(s.repr()), nil }

func truthyAddr(a py.Object) bool {
	switch v := a.(type) {
	case py.String:
		return v != ""
	case py.Bytes:
		return len(v) > 0
	case py.NoneType:
		return false
	}
	return true
}

// sockMethod makes a socket method; fn gets the open or closed socket.
func sockMethod(name, doc string, fn func(s *sockObject, args py.Tuple, kwargs py.StringDict) (py.Object, error)) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		s, err := sockSelf(self)
		if err != nil {
			return nil, err
		}
		return fn(s, args, kwargs)
	}, 0, doc)
}

func sockProperty(fn func(s *sockObject) py.Object) *py.Property {
	return &py.Property{Fget: func(o py.Object) (py.Object, error) {
		s, err := sockSelf(o)
		if err != nil {
			return nil, err
		}
		return fn(s), nil
	}}
}

var socketMethods py.StringDict

func init() {
	socketMethods = py.StringDict{
		"family":  sockProperty(func(s *sockObject) py.Object { return py.Int(s.family) }),
		"type":    sockProperty(func(s *sockObject) py.Object { return py.Int(s.typ) }),
		"proto":   sockProperty(func(s *sockObject) py.Object { return py.Int(s.proto) }),
		"timeout": sockProperty(func(s *sockObject) py.Object { return timeoutObject(s.timeout) }),
		"__enter__": sockMethod("__enter__", "", func(s *sockObject, _ py.Tuple, _ py.StringDict) (py.Object, error) {
			return s, nil
		}),
		"__exit__": sockMethod("__exit__", "", func(s *sockObject, _ py.Tuple, _ py.StringDict) (py.Object, error) {
			s.close()
			return py.None, nil
		}),
		"close": sockMethod("close", "close()\n\nClose the socket.", func(s *sockObject, _ py.Tuple, _ py.StringDict) (py.Object, error) {
			s.close()
			return py.None, nil
		}),
		"detach": sockMethod("detach", "detach()\n\nClose the socket object without closing its descriptor, and return the descriptor.", func(s *sockObject, _ py.Tuple, _ py.StringDict) (py.Object, error) {
			fd := s.fd
			s.fd = -1
			return py.Int(fd), nil
		}),
		"fileno": sockMethod("fileno", "fileno() -> integer", func(s *sockObject, _ py.Tuple, _ py.StringDict) (py.Object, error) {
			return py.Int(s.fd), nil
		}),
		"bind": sockMethod("bind", "bind(address)", func(s *sockObject, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var addr py.Object
			if err := py.UnpackTuple(args, kwargs, "bind", 1, 1, &addr); err != nil {
				return nil, err
			}
			return py.None, s.bind(addr)
		}),
		"listen": sockMethod("listen", "listen([backlog])", func(s *sockObject, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var backlog py.Object = py.Int(128)
			if err := py.UnpackTuple(args, kwargs, "listen", 0, 1, &backlog); err != nil {
				return nil, err
			}
			n, err := sockInt(backlog, "backlog")
			if err != nil {
				return nil, err
			}
			if err := s.checkOpen(); err != nil {
				return nil, err
			}
			if err := unix.Listen(s.fd, max(n, 0)); err != nil {
				return nil, sockError(err)
			}
			return py.None, nil
		}),
		"accept": sockMethod("accept", "accept() -> (socket, address)\n\nWait for a connection; gives a new socket for it and the peer's address.", func(s *sockObject, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var fd int
			var sa unix.Sockaddr
			err := s.retry(unix.POLLIN, func() error {
				var err error
				fd, sa, err = unix.Accept4(s.fd, unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC)
				return err
			})
			if err != nil {
				return nil, err
			}
			conn, err := s.sm.adopt(fd, s.family, s.typ, s.proto)
			if err != nil {
				return nil, err
			}
			return py.Tuple{conn, addrObject(sa)}, nil
		}),
		"connect": sockMethod("connect", "connect(address)", func(s *sockObject, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var addr py.Object
			if err := py.UnpackTuple(args, kwargs, "connect", 1, 1, &addr); err != nil {
				return nil, err
			}
			errno, err := s.connect(addr, "connect")
			if err != nil {
				return nil, err
			}
			if errno != 0 {
				if errno == unix.EAGAIN && s.timeout > 0 {
					return nil, timedOut()
				}
				return nil, sockErrno(errno)
			}
			return py.None, nil
		}),
		"connect_ex": sockMethod("connect_ex", "connect_ex(address) -> int\n\nLike connect, but gives an errno value (0 on success) instead of raising.", func(s *sockObject, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var addr py.Object
			if err := py.UnpackTuple(args, kwargs, "connect_ex", 1, 1, &addr); err != nil {
				return nil, err
			}
			errno, err := s.connect(addr, "connect_ex")
			if err != nil {
				if exc, _ := exceptionOf(err); exc != nil && exc.Type().IsSubtype(py.TimeoutError) {
					return py.Int(unix.EAGAIN), nil
				}
				return nil, err
			}
			return py.Int(int(errno)), nil
		}),
		"send": sockMethod("send", "send(data[, flags]) -> int\n\nSend as much of data as the socket takes; gives the number of bytes sent.", func(s *sockObject, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var data, flags py.Object = nil, py.Int(0)
			if err := py.UnpackTuple(args, kwargs, "send", 1, 2, &data, &flags); err != nil {
				return nil, err
			}
			b, err := bytesArg(data)
			if err != nil {
				return nil, err
			}
			f, err := sockInt(flags, "flags")
			if err != nil {
				return nil, err
			}
			n, err := s.send(b, f, nil)
			return py.Int(n), err
		}),
		"sendall": sockMethod("sendall", "sendall(data[, flags])", func(s *sockObject, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var data, flags py.Object = nil, py.Int(0)
			if err := py.UnpackTuple(args, kwargs, "sendall", 1, 2, &data, &flags); err != nil {
				return nil, err
			}
			b, err := bytesArg(data)
			if err != nil {
				return nil, err
			}
			f, err := sockInt(flags, "flags")
			if err != nil {
				return nil, err
			}
			for len(b) > 0 {
				n, err := s.send(b, f, nil)
				if err != nil {
					return nil, err
				}
				b = b[n:]
			}
			return py.None, nil
		}),
		"sendto": sockMethod("sendto", "sendto(data[, flags], address) -> int\n\nSend data to address; gives the number of bytes sent.", func(s *sockObject, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var data, flags, addr py.Object
			switch len(args) {
			case 2:
				data, flags, addr = args[0], py.Int(0), args[1]
			case 3:
				data, flags, addr = args[0], args[1], args[2]
			default:
				return nil, py.ExceptionNewf(py.TypeError, "sendto() takes 2 or 3 arguments (%d given)", len(args))
			}
			b, err := bytesArg(data)
			if err != nil {
				return nil, err
			}
			f, err := sockInt(flags, "flags")
			if err != nil {
				return nil, err
			}
			if err := s.c.audit(hooks.SocketSendto, s, addr); err != nil {
				return nil, err
			}
			if err := s.checkOpen(); err != nil {
				return nil, err
			}
			sa, err := sockaddr(s.family, addr, "sendto")
			if err != nil {
				return nil, err
			}
			n, err := s.send(b, f, sa)
			return py.Int(n), err
		}),
		"recv": sockMethod("recv", "recv(bufsize[, flags]) -> bytes\n\nUp to bufsize bytes from the socket; b'' once the peer has closed.", func(s *sockObject, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			n, f, err := recvArgs("recv", args, kwargs)
			if err != nil {
				return nil, err
			}
			data, _, err := s.recv(n, f)
			if err != nil {
				return nil, err
			}
			return py.Bytes(data), nil
		}),
		"recvfrom": sockMethod("recvfrom", "recvfrom(bufsize[, flags])\n\nReceive up to bufsize bytes; gives (data, sender address).", func(s *sockObject, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			n, f, err := recvArgs("recvfrom", args, kwargs)
			if err != nil {
				return nil, err
			}
			data, from, err := s.recv(n, f)
			if err != nil {
				return nil, err
			}
			return py.Tuple{py.Bytes(data), addrObject(from)}, nil
		}),
		"shutdown": sockMethod("shutdown", "shutdown(flag)", func(s *sockObject, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var how py.Object
			if err := py.UnpackTuple(args, kwargs, "shutdown", 1, 1, &how); err != nil {
				return nil, err
			}
			h, err := sockInt(how, "how")
			if err != nil {
				return nil, err
			}
			if err := s.checkOpen(); err != nil {
				return nil, err
			}
			if err := unix.Shutdown(s.fd, h); err != nil {
				return nil, sockError(err)
			}
			return py.None, nil
		}),
		"settimeout": sockMethod("settimeout", "settimeout(timeout)", func(s *sockObject, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var t py.Object
			if err := py.UnpackTuple(args, kwargs, "settimeout", 1, 1, &t); err != nil {
				return nil, err
			}
			v, err := timeoutValue(t)
			if err != nil {
				return nil, err
			}
			s.timeout = v
			return py.None, nil
		}),
		"gettimeout": sockMethod("gettimeout", "gettimeout() -> timeout", func(s *sockObject, _ py.Tuple, _ py.StringDict) (py.Object, error) {
			return timeoutObject(s.timeout), nil
		}),
		"setblocking": sockMethod("setblocking", "setblocking(flag)", func(s *sockObject, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var flag py.Object
			if err := py.UnpackTuple(args, kwargs, "setblocking", 1, 1, &flag); err != nil {
				return nil, err
			}
			b, err := py.MakeBool(flag)
			if err != nil {
				return nil, err
			}
			if b == py.True {
				s.timeout = -1
			} else {
				s.timeout = 0
			}
			return py.None, nil
		}),
		"getblocking": sockMethod("getblocking", "getblocking() -> bool", func(s *sockObject, _ py.Tuple, _ py.StringDict) (py.Object, error) {
			return py.NewBool(s.timeout != 0), nil
		}),
		"setsockopt": sockMethod("setsockopt", "setsockopt(level, option, value: int | bytes)", func(s *sockObject, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var level, opt, value py.Object
			if err := py.UnpackTuple(args, kwargs, "setsockopt", 3, 3, &level, &opt, &value); err != nil {
				return nil, err
			}
			l, err := sockInt(level, "level")
			if err != nil {
				return nil, err
			}
			o, err := sockInt(opt, "option")
			if err != nil {
				return nil, err
			}
			if err := s.checkOpen(); err != nil {
				return nil, err
			}
			switch v := value.(type) {
			case py.Bytes:
				err = unix.SetsockoptString(s.fd, l, o, string(v))
			default:
				var n int
				if n, err = sockInt(value, "value"); err != nil {
					return nil, err
				}
				err = unix.SetsockoptInt(s.fd, l, o, n)
			}
			if err != nil {
				return nil, sockError(err)
			}
			return py.None, nil
		}),
		"getsockopt": sockMethod("getsockopt", "getsockopt(level, option[, buflen])\n\nRead a socket option: an int, or bytes when buflen is given.", func(s *sockObject, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var level, opt, size py.Object = nil, nil, py.None
			if err := py.UnpackTuple(args, kwargs, "getsockopt", 2, 3, &level, &opt, &size); err != nil {
				return nil, err
			}
			l, err := sockInt(level, "level")
			if err != nil {
				return nil, err
			}
			o, err := sockInt(opt, "option")
			if err != nil {
				return nil, err
			}
			if err := s.checkOpen(); err != nil {
				return nil, err
			}
			if size != py.None {
				n, err := sockInt(size, "buffersize")
				if err != nil {
					return nil, err
				}
				v, err := unix.GetsockoptString(s.fd, l, o)
				if err != nil {
					return nil, sockError(err)
				}
				if len(v) > n {
					v = v[:n]
				}
				return py.Bytes(v), nil
			}
			v, err := unix.GetsockoptInt(s.fd, l, o)
			if err != nil {
				return nil, sockError(err)
			}
			return py.Int(v), nil
		}),
		"getsockname": sockMethod("getsockname", "getsockname()\n\nThe address the socket is bound to.", func(s *sockObject, _ py.Tuple, _ py.StringDict) (py.Object, error) {
			if err := s.checkOpen(); err != nil {
				return nil, err
			}
			sa, err := unix.Getsockname(s.fd)
			if err != nil {
				return nil, sockError(err)
			}
			return addrObject(sa), nil
		}),
		"getpeername": sockMethod("getpeername", "getpeername()\n\nThe address of the peer a connected socket talks to.", func(s *sockObject, _ py.Tuple, _ py.StringDict) (py.Object, error) {
			if err := s.checkOpen(); err != nil {
				return nil, err
			}
			sa, err := unix.Getpeername(s.fd)
			if err != nil {
				return nil, sockError(err)
			}
			return addrObject(sa), nil
		}),
		"makefile": sockMethod("makefile", "makefile(mode='r', buffering=None, *, encoding=None, errors=None, newline=None)", func(s *sockObject, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var mode, buffering, encoding, errs, newline py.Object = py.String("r"), py.None, py.None, py.None, py.None
			if err := py.ParseTupleAndKeywords(args, kwargs, "|OOOOO:makefile", []string{"mode", "buffering", "encoding", "errors", "newline"}, &mode, &buffering, &encoding, &errs, &newline); err != nil {
				return nil, err
			}
			m, ok := mode.(py.String)
			if !ok || strings.Trim(string(m), "rwb") != "" {
				return nil, py.ExceptionNewf(py.ValueError, "invalid mode %s (only r, w, b allowed)", safeStr(mode))
			}
			if err := s.checkOpen(); err != nil {
				return nil, err
			}
			fm := ""
			switch r, w := strings.Contains(string(m), "r"), strings.Contains(string(m), "w"); {
			case r && w:
				fm = "r+"
			case w:
				fm = "w"
			default:
				fm = "r"
			}
			if strings.Contains(string(m), "b") {
				fm += "b"
			}
			opts := fileOptions{mode: fm, encoding: encoding, errors: errs, newline: newline}
			if err := checkFileOptions(opts); err != nil {
				return nil, err
			}
			fd, err := unix.FcntlInt(uintptr(s.fd), unix.F_DUPFD_CLOEXEC, 3)
			if err != nil {
				return nil, sockError(err)
			}
			f := os.NewFile(uintptr(fd), "socket")
			return newFileObject(f, py.Int(fd), opts)
		}),
	}
}

func timeoutObject(t float64) py.Object {
	if t < 0 {
		return py.None
	}
	return py.Float(t)
}

func (sm *socketModule) getdefaulttimeout(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := py.UnpackTuple(args, kwargs, "getdefaulttimeout", 0, 0); err != nil {
		return nil, err
	}
	return timeoutObject(sm.defaultTimeout), nil
}

func (sm *socketModule) setdefaulttimeout(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var t py.Object
	if err := py.UnpackTuple(args, kwargs, "setdefaulttimeout", 1, 1, &t); err != nil {
		return nil, err
	}
	v, err := timeoutValue(t)
	if err != nil {
		return nil, err
	}
	sm.defaultTimeout = v
	return py.None, nil
}

func (sm *socketModule) socketpair(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var fam, typ, proto py.Object = py.Int(unix.AF_UNIX), py.Int(unix.SOCK_STREAM), py.Int(0)
	if err := py.ParseTupleAndKeywords(args, kwargs, "|OOO:socketpair", []string{"family", "type", "proto"}, &fam, &typ, &proto); err != nil {
		return nil, err
	}
	var v [3]int
	for i, o := range []py.Object{fam, typ, proto} {
		if o == py.None {
			v[i] = []int{unix.AF_UNIX, unix.SOCK_STREAM, 0}[i]
			continue
		}
		n, err := sockInt(o, "")
		if err != nil {
			return nil, err
		}
		v[i] = n
	}
	fds, err := unix.Socketpair(v[0], v[1]|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, v[2])
	if err != nil {
		return nil, sockError(err)
	}
	a, err := sm.adopt(fds[0], v[0], v[1], v[2])
	if err != nil {
		unix.Close(fds[1])
		return nil, err
	}
	b, err := sm.adopt(fds[1], v[0], v[1], v[2])
	if err != nil {
		a.close()
		return nil, err
	}
	return py.Tuple{a, b}, nil
}

// portNumber is getaddrinfo's port: None, an int, or a numeric or
// service name string.
func portNumber(o py.Object, socktype int) (int, error) {
	switch v := o.(type) {
	case py.NoneType:
		return 0, nil
	case py.Int:
		return int(v), nil
	case py.String, py.Bytes:
		s, _ := sourceText(v)
		if n, err := strconv.Atoi(s); err == nil {
			return n, nil
		}
		network := "tcp"
		if socktype == unix.SOCK_DGRAM {
			network = "udp"
		}
		n, err := net.LookupPort(network, s)
		if err != nil {
			return 0, gaiError(-8, "Servname not supported for ai_socktype")
		}
		return n, nil
	}
	return 0, py.ExceptionNewf(py.OSError, "Int or String expected")
}

// addrInfo is one result of getaddrinfo.
type addrInfo struct {
	family, typ, proto int
	sa                 unix.Sockaddr
}

// lookup resolves host and port as getaddrinfo does, without the event.
func lookup(host, port py.Object, family, socktype, proto, flags int) ([]addrInfo, error) {
	portN, err := portNumber(port, socktype)
	if err != nil {
		return nil, err
	}
	var ips []netip.Addr
	switch h := host.(type) {
	case py.NoneType:
		if flags&1 != 0 { // AI_PASSIVE
			ips = []netip.Addr{netip.IPv4Unspecified(), netip.IPv6Unspecified()}
		} else {
			ips = []netip.Addr{netip.AddrFrom4([4]byte{127, 0, 0, 1}), netip.IPv6Loopback()}
		}
	case py.String, py.Bytes:
		s, _ := sourceText(h)
		if a, err := netip.ParseAddr(s); err == nil {
			ips = []netip.Addr{a}
		} else if flags&4 != 0 { // AI_NUMERICHOST
			return nil, gaiError(-2, "Name or service not known")
		} else {
			addrs, err := net.DefaultResolver.LookupNetIP(context.Background(), "ip", s)
			if err != nil || len(addrs) == 0 {
				return nil, gaiError(-2, "Name or service not known")
			}
			for _, a := range addrs {
				ips = append(ips, a.Unmap())
			}
		}
	default:
		return nil, py.ExceptionNewf(py.TypeError, "getaddrinfo() argument 1 must be string or None")
	}
	kinds := [][2]int{{unix.SOCK_STREAM, unix.IPPROTO_TCP}, {unix.SOCK_DGRAM, unix.IPPROTO_UDP}, {unix.SOCK_RAW, 0}}
	if socktype != 0 {
		p := proto
		switch {
		case p != 0:
		case socktype == unix.SOCK_STREAM:
			p = unix.IPPROTO_TCP
		case socktype == unix.SOCK_DGRAM:
			p = unix.IPPROTO_UDP
		}
		kinds = [][2]int{{socktype, p}}
	}
	var out []addrInfo
	for _, ip := range ips {
		fam := unix.AF_INET6
		if ip.Is4() {
			fam = unix.AF_INET
		}
		if family != unix.AF_UNSPEC && family != fam {
			continue
		}
		for _, k := range kinds {
			var sa unix.Sockaddr
			if fam == unix.AF_INET {
				sa = &unix.SockaddrInet4{Port: portN, Addr: ip.As4()}
			} else {
				sa = &unix.SockaddrInet6{Port: portN, Addr: ip.As16()}
			}
			out = append(out, addrInfo{fam, k[0], k[1], sa})
		}
	}
	if len(out) == 0 {
		if family != unix.AF_UNSPEC && family != unix.AF_INET && family != unix.AF_INET6 {
			return nil, gaiError(-6, "ai_family not supported")
		}
		return nil, gaiError(-9, "Address family for hostname not supported")
	}
	return out, nil
}

func (sm *socketModule) getaddrinfo(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var host, port py.Object
	var fam, typ, proto, flags py.Object = py.Int(0), py.Int(0), py.Int(0), py.Int(0)
	if err := py.ParseTupleAndKeywords(args, kwargs, "OO|OOOO:getaddrinfo", []string{"host", "port", "family", "type", "proto", "flags"}, &host, &port, &fam, &typ, &proto, &flags); err != nil {
		return nil, err
	}
	if err := sm.c.audit(hooks.SocketGetaddrinfo, host, port, fam, typ, proto); err != nil {
		return nil, err
	}
	var v [4]int
	for i, o := range []py.Object{fam, typ, proto, flags} {
		n, err := sockInt(o, "")
		if err != nil {
			return nil, err
		}
		v[i] = n
	}
	infos, err := lookup(host, port, v[0], v[1], v[2], v[3])
	if err != nil {
		return nil, err
	}
	list := py.NewListSized(0)
	for _, ai := range infos {
		list.Append(py.Tuple{py.Int(ai.family), py.Int(ai.typ), py.Int(ai.proto), py.String(""), addrObject(ai.sa)})
	}
	return list, nil
}

func (sm *socketModule) gethostname(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := py.UnpackTuple(args, kwargs, "gethostname", 0, 0); err != nil {
		return nil, err
	}
	if err := sm.c.audit(hooks.SocketGethostname); err != nil {
		return nil, err
	}
	name, err := os.Hostname()
	if err != nil {
		return nil, osError(err)
	}
	return py.String(name), nil
}

func hostArg(o py.Object, fn string) (string, error) {
	s, ok := sourceText(o)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "%s() argument 1 must be str, bytes or bytearray, not %s", fn, o.Type().Name)
	}
	return s, nil
}

func (sm *socketModule) gethostbyname(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var host py.Object
	if err := py.UnpackTuple(args, kwargs, "gethostbyname", 1, 1, &host); err != nil {
		return nil, err
	}
	if err := sm.c.audit(hooks.SocketGethostbyname, host); err != nil {
		return nil, err
	}
	h, err := hostArg(host, "gethostbyname")
	if err != nil {
		return nil, err
	}
	ip, err := resolveHost(h, unix.AF_INET)
	if err != nil {
		return nil, err
	}
	return py.String(ip.String()), nil
}

func (sm *socketModule) gethostbynameEx(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var host py.Object
	if err := py.UnpackTuple(args, kwargs, "gethostbyname_ex", 1, 1, &host); err != nil {
		return nil, err
	}
	if err := sm.c.audit(hooks.SocketGethostbyname, host); err != nil {
		return nil, err
	}
	h, err := hostArg(host, "gethostbyname_ex")
	if err != nil {
		return nil, err
	}
	ip, err := resolveHost(h, unix.AF_INET)
	if err != nil {
		return nil, err
	}
	return py.Tuple{py.String(h), py.NewList(), py.NewListFromItems([]py.Object{py.String(ip.String())})}, nil
}

func (sm *socketModule) gethostbyaddr(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var host py.Object
	if err := py.UnpackTuple(args, kwargs, "gethostbyaddr", 1, 1, &host); err != nil {
		return nil, err
	}
	if err := sm.c.audit(hooks.SocketGethostbyaddr, host); err != nil {
		return nil, err
	}
	return lookupAddr(host)
}

// getfqdn is socket.getfqdn: the first name with a dot among the names
// gethostbyaddr gives for name (this host's name when name is empty), or
// the main one; name itself when the lookup fails. The events are
// gethostname's and gethostbyaddr's, and a denied one stops the call.
func (sm *socketModule) getfqdn(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var name py.Object = py.String("")
	if err := py.ParseTupleAndKeywords(args, kwargs, "|O:getfqdn", []string{"name"}, &name); err != nil {
		return nil, err
	}
	strip, err := getAttr(name, "strip")
	if err != nil {
		return nil, err
	}
	if name, err = pyCall(strip, nil, nil); err != nil {
		return nil, err
	}
	if n, err := py.Len(name); err == nil && n == py.Int(0) || name == py.String("0.0.0.0") || name == py.String("::") {
		if name, err = sm.gethostname(nil, nil, nil); err != nil {
			return nil, err
		}
	}
	if err := sm.c.audit(hooks.SocketGethostbyaddr, name); err != nil {
		return nil, err
	}
	found, err := lookupAddr(name)
	if err != nil {
		if py.IsException(py.OSError, err) {
			return name, nil
		}
		return nil, err
	}
	t := found.(py.Tuple)
	names := append([]py.Object{t[0]}, t[1].(*py.List).Items...)
	for _, n := range names {
		if strings.Contains(string(n.(py.String)), ".") {
			return n, nil
		}
	}
	return t[0], nil
}

// lookupAddr is gethostbyaddr after its event: the (name, aliases,
// addresses) of host.
func lookupAddr(host py.Object) (py.Object, error) {
	h, err := hostArg(host, "gethostbyaddr")
	if err != nil {
		return nil, err
	}
	ip, err := resolveHost(h, unix.AF_UNSPEC)
	if err != nil {
		return nil, err
	}
	names, err := net.DefaultResolver.LookupAddr(context.Background(), ip.String())
	if err != nil || len(names) == 0 {
		exc := py.ExceptionNewf(socketHerror, "[Errno 1] Unknown host")
		exc.Dict["errno"] = py.Int(1)
		return nil, exc
	}
	aliases := make([]py.Object, 0, len(names)-1)
	for _, n := range names[1:] {
		aliases = append(aliases, py.String(strings.TrimSuffix(n, ".")))
	}
	return py.Tuple{py.String(strings.TrimSuffix(names[0], ".")), py.NewListFromItems(aliases), py.NewListFromItems([]py.Object{py.String(ip.String())})}, nil
}

func (sm *socketModule) getnameinfo(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var sockaddrObj, flags py.Object
	if err := py.UnpackTuple(args, kwargs, "getnameinfo", 2, 2, &sockaddrObj, &flags); err != nil {
		return nil, err
	}
	if err := sm.c.audit(hooks.SocketGetnameinfo, sockaddrObj); err != nil {
		return nil, err
	}
	t, ok := sockaddrObj.(py.Tuple)
	if !ok || len(t) < 2 {
		return nil, py.ExceptionNewf(py.TypeError, "getnameinfo() argument 1 must be a tuple")
	}
	f, err := sockInt(flags, "flags")
	if err != nil {
		return nil, err
	}
	h, err := hostArg(t[0], "getnameinfo")
	if err != nil {
		return nil, err
	}
	port, ok := t[1].(py.Int)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", t[1].Type().Name)
	}
	ip, err := netip.ParseAddr(h)
	if err != nil {
		return nil, gaiError(-2, "Name or service not known")
	}
	host := ip.String()
	if f&1 == 0 { // not NI_NUMERICHOST
		if names, err := net.DefaultResolver.LookupAddr(context.Background(), host); err == nil && len(names) > 0 {
			host = strings.TrimSuffix(names[0], ".")
		} else if f&8 != 0 { // NI_NAMEREQD
			return nil, gaiError(-2, "Name or service not known")
		}
	}
	return py.Tuple{py.String(host), py.String(strconv.Itoa(int(port)))}, nil
}

// createConnection is create_connection: getaddrinfo (raising its event)
// for SOCK_STREAM, then for each address a socket, the timeout, the
// source address and connect, each through the socket's own primitives
// and their events; the first that connects is returned.
func (sm *socketModule) createConnection(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var address, timeout, source, allErrors py.Object = nil, globalDefaultTimeout, py.None, py.False
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OOO:create_connection", []string{"address", "timeout", "source_address", "all_errors"}, &address, &timeout, &source, &allErrors); err != nil {
		return nil, err
	}
	t, ok := address.(py.Tuple)
	if !ok || len(t) != 2 {
		if l, isList := address.(*py.List); isList && len(l.Items) == 2 {
			t = py.Tuple{l.Items[0], l.Items[1]}
		} else {
			return nil, py.ExceptionNewf(py.ValueError, "too many values to unpack (expected 2)")
		}
	}
	host, port := t[0], t[1]
	if err := sm.c.audit(hooks.SocketGetaddrinfo, host, port, py.Int(0), py.Int(unix.SOCK_STREAM), py.Int(0)); err != nil {
		return nil, err
	}
	infos, err := lookup(host, port, 0, unix.SOCK_STREAM, 0, 0)
	if err != nil {
		return nil, err
	}
	var first error
	for _, ai := range infos {
		s, err := sm.open(ai.family, ai.typ, ai.proto)
		if err != nil {
			if stopsConnecting(err) {
				return nil, err
			}
			first = firstErr(first, err)
			continue
		}
		if timeout != globalDefaultTimeout {
			v, err := timeoutValue(timeout)
			if err != nil {
				s.close()
				return nil, err
			}
			s.timeout = v
		}
		if source != py.None {
			if err := s.bind(source); err != nil {
				s.close()
				if stopsConnecting(err) {
					return nil, err
				}
				first = firstErr(first, err)
				continue
			}
		}
		errno, err := s.connect(addrObject(ai.sa), "connect")
		if err == nil && errno != 0 {
			if errno == unix.EAGAIN && s.timeout > 0 {
				err = timedOut()
			} else {
				err = sockErrno(errno)
			}
		}
		if err != nil {
			s.close()
			if stopsConnecting(err) {
				return nil, err
			}
			first = firstErr(first, err)
			continue
		}
		return s, nil
	}
	if first != nil {
		return nil, first
	}
	return nil, py.ExceptionNewf(py.OSError, "getaddrinfo returns an empty list")
}

func firstErr(first, err error) error {
	if first == nil {
		return err
	}
	return first
}

// isPermission reports a refusal by the policy or a hook, which ends
// create_connection at once: the next address is not tried.
func stopsConnecting(err error) bool {
	exc, _ := exceptionOf(err)
	if exc == nil {
		return false
	}
	if !exc.Type().IsSubtype(py.PermissionError) {
		return !exc.Type().IsSubtype(py.OSError) // KeyboardInterrupt and others go on at once
	}
	return true
}

func inetAton(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var s py.Object
	if err := py.UnpackTuple(args, kwargs, "inet_aton", 1, 1, &s); err != nil {
		return nil, err
	}
	str, ok := s.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "inet_aton() argument 1 must be str, not %s", s.Type().Name)
	}
	a, err := netip.ParseAddr(string(str))
	if err != nil || !a.Is4() {
		return nil, py.ExceptionNewf(py.OSError, "illegal IP address string passed to inet_aton")
	}
	b := a.As4()
	return py.Bytes(b[:]), nil
}

func inetNtoa(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var s py.Object
	if err := py.UnpackTuple(args, kwargs, "inet_ntoa", 1, 1, &s); err != nil {
		return nil, err
	}
	b, ok := s.(py.Bytes)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", s.Type().Name)
	}
	if len(b) != 4 {
		return nil, py.ExceptionNewf(py.OSError, "packed IP wrong length for inet_ntoa")
	}
	return py.String(netip.AddrFrom4([4]byte(b)).String()), nil
}

// inetPton is socket.inet_pton: the packed bytes of an address in the
// text form of family.
func inetPton(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var famObj, text py.Object
	if err := py.UnpackTuple(args, kwargs, "inet_pton", 2, 2, &famObj, &text); err != nil {
		return nil, err
	}
	family, err := sockInt(famObj, "")
	if err != nil {
		return nil, err
	}
	str, ok := text.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "inet_pton() argument 2 must be str, not %s", text.Type().Name)
	}
	if strings.IndexByte(string(str), 0) >= 0 {
		return nil, py.ExceptionNewf(py.ValueError, "embedded null character")
	}
	if family != unix.AF_INET && family != unix.AF_INET6 {
		return nil, sockErrno(unix.EAFNOSUPPORT)
	}
	a, err := netip.ParseAddr(string(str))
	switch {
	case err != nil || a.Zone() != "":
	case family == unix.AF_INET && a.Is4():
		b := a.As4()
		return py.Bytes(b[:]), nil
	case family == unix.AF_INET6 && a.Is6():
		b := a.As16()
		return py.Bytes(b[:]), nil
	}
	return nil, py.ExceptionNewf(py.OSError, "illegal IP address string passed to inet_pton")
}

// inetNtop is socket.inet_ntop: the text form of a packed address of
// family, written as the C library writes it.
func inetNtop(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var famObj, packed py.Object
	if err := py.UnpackTuple(args, kwargs, "inet_ntop", 2, 2, &famObj, &packed); err != nil {
		return nil, err
	}
	family, err := sockInt(famObj, "")
	if err != nil {
		return nil, err
	}
	b, err := bytesLike(packed)
	if err != nil {
		return nil, err
	}
	switch family {
	case unix.AF_INET:
		if len(b) == 4 {
			return py.String(netip.AddrFrom4([4]byte(b)).String()), nil
		}
	case unix.AF_INET6:
		if len(b) == 16 {
			a := netip.AddrFrom16([16]byte(b))
			// An address whose first six groups are zero and seventh is
			// not ends in dotted IPv4 form.
			if bytes.Equal(b[:12], make([]byte, 12)) && (b[12] != 0 || b[13] != 0) {
				return py.String("::" + netip.AddrFrom4([4]byte(b[12:])).String()), nil
			}
			return py.String(a.String()), nil
		}
	default:
		return nil, py.ExceptionNewf(py.ValueError, "unknown address family %d", family)
	}
	return nil, py.ExceptionNewf(py.ValueError, "invalid length of packed IP address string")
}

func byteSwap(name string, bits int) func(py.Object, py.Tuple, py.StringDict) (py.Object, error) {
	return func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var x py.Object
		if err := py.UnpackTuple(args, kwargs, name, 1, 1, &x); err != nil {
			return nil, err
		}
		n, err := sockInt(x, "")
		if err != nil {
			return nil, err
		}
		if bits == 16 {
			if n < 0 || n > 0xffff {
				return nil, py.ExceptionNewf(py.OverflowError, "%s: Python int too large to convert to C 16-bit unsigned integer", name)
			}
			return py.Int((n>>8)&0xff | (n&0xff)<<8), nil
		}
		if n < 0 || n > 0xffffffff {
			return nil, py.ExceptionNewf(py.OverflowError, "int larger than 32 bits")
		}
		return py.Int((n>>24)&0xff | (n>>8)&0xff00 | (n&0xff00)<<8 | (n&0xff)<<24), nil
	}
}

// recvArgs reads the (buffersize[, flags]) of recv and recvfrom.
func recvArgs(name string, args py.Tuple, kwargs py.StringDict) (int, int, error) {
	var size, flags py.Object = nil, py.Int(0)
	if err := py.UnpackTuple(args, kwargs, name, 1, 2, &size, &flags); err != nil {
		return 0, 0, err
	}
	n, err := sockInt(size, "buffersize")
	if err != nil {
		return 0, 0, err
	}
	f, err := sockInt(flags, "flags")
	return n, f, err
}
