package interp

import (
	"fmt"
	"strings"
	"testing"

	"github.com/spython/spython/hooks"
)

func TestSocketGolden(t *testing.T) { runGolden(t, "socket") }

// The events of a loopback exchange, with CPython 3.13's names and
// arguments, in CPython's order.
func TestSocketEvents(t *testing.T) {
	var got []string
	chain := hooks.NewChain(hooks.HookFunc(func(ev *hooks.Event) error {
		if strings.HasPrefix(ev.Name, "socket.") {
			var b strings.Builder
			b.WriteString(ev.Name)
			for _, a := range ev.Args() {
				b.WriteString(" ")
				if o, ok := a.(hooks.Opaque); ok {
					b.WriteString("<" + o.Type + ">")
				} else {
					fmt.Fprint(&b, a)
				}
			}
			got = append(got, b.String())
		}
		return nil
	}))
	src := `import socket
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
port = srv.getsockname()[1]
c = socket.create_connection(("127.0.0.1", port), timeout=2)
conn, addr = srv.accept()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.sendto(b"x", ("127.0.0.1", port))
a, b = socket.socketpair()
socket.getaddrinfo("127.0.0.1", 80)
socket.gethostbyname("127.0.0.1")
socket.gethostname()
x = socket.socket()
x.connect_ex(("127.0.0.1", port))
`
	_, err := runWithHooks(t, map[string]string{"main.py": src}, chain)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"socket.__new__ <socket> 2 1 0",
		"socket.bind <socket> [127.0.0.1 0]",
		"socket.getaddrinfo 127.0.0.1 PORT 0 1 0",
		"socket.__new__ <socket> 2 1 6",
		"socket.connect <socket> [127.0.0.1 PORT]",
		"socket.__new__ <socket> 2 1 0",
		"socket.__new__ <socket> 2 2 0",
		"socket.sendto <socket> [127.0.0.1 PORT]",
		"socket.__new__ <socket> 1 1 0",
		"socket.__new__ <socket> 1 1 0",
		"socket.getaddrinfo 127.0.0.1 80 0 0 0",
		"socket.gethostbyname 127.0.0.1",
		"socket.gethostname",
		"socket.__new__ <socket> 2 1 0",
		"socket.connect <socket> [127.0.0.1 PORT]",
	}
	port := ""
	for _, g := range got {
		if strings.HasPrefix(g, "socket.getaddrinfo 127.0.0.1 ") && !strings.Contains(g, " 80 ") {
			port = strings.Fields(g)[2]
			break
		}
	}
	if len(got) != len(want) {
		t.Fatalf("events:\n%s", strings.Join(got, "\n"))
	}
	for i := range want {
		if w := strings.ReplaceAll(want[i], "PORT", port); got[i] != w {
			t.Errorf("event %d: got %s, want %s", i, got[i], w)
		}
	}
}
