package hooks

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestChainOrderAndAbort(t *testing.T) {
	var calls []string
	hook := func(name string, err error) Hook {
		return HookFunc(func(e *Event) error {
			calls = append(calls, name+":"+e.Name)
			return err
		})
	}
	deny := &DeniedError{Event: "os.system", Rule: "no-shell", Message: "no shells"}
	c := NewChain(hook("first", nil), hook("second", deny), hook("third", nil))

	err := c.Raise(NewEvent(OSSystem, []byte("ls")))
	if !errors.Is(err, ErrDenied) {
		t.Fatalf("err = %v, want one wrapping ErrDenied", err)
	}
	if got, want := err.Error(), `os.system: denied by rule "no-shell": no shells`; got != want {
		t.Errorf("message = %q, want %q", got, want)
	}
	if diff := cmp.Diff([]string{"first:os.system", "second:os.system"}, calls); diff != "" {
		t.Errorf("hooks called (-want +got):\n%s", diff)
	}
}

func TestChainCannotBeChangedThroughItsArguments(t *testing.T) {
	var n int
	hooks := []Hook{HookFunc(func(*Event) error { n++; return nil })}
	c := NewChain(hooks...)
	hooks[0] = HookFunc(func(*Event) error { return errors.New("replaced") })
	if err := c.Raise(&Event{Name: "x"}); err != nil || n != 1 {
		t.Fatalf("a chain must keep the hooks it was made with: err=%v n=%d", err, n)
	}
}

func TestNilChainAllows(t *testing.T) {
	var c *Chain
	if err := c.Raise(&Event{Name: "x"}); err != nil {
		t.Fatal(err)
	}
}

func TestRegistry(t *testing.T) {
	s, ok := Lookup("open")
	if !ok || s != Open {
		t.Fatalf("Lookup(open) = %v, %v", s, ok)
	}
	if diff := cmp.Diff([]string{"path", "mode", "flags"}, s.Args); diff != "" {
		t.Errorf("open args (-want +got):\n%s", diff)
	}
	all := All()
	for i := 1; i < len(all); i++ {
		if all[i-1].Name >= all[i].Name {
			t.Errorf("All() not sorted: %s before %s", all[i-1].Name, all[i].Name)
		}
	}
	defer func() {
		if r := recover(); r == nil || !strings.Contains(r.(string), "registered twice") {
			t.Errorf("registering a duplicate: recover() = %v", r)
		}
	}()
	register("open", "again")
}

func TestEventArg(t *testing.T) {
	e := NewEvent(Open, "/etc/passwd", "r", int64(0))
	if v, ok := e.Arg("mode"); !ok || v != "r" {
		t.Errorf("Arg(mode) = %v, %v", v, ok)
	}
	if _, ok := e.Arg("nope"); ok {
		t.Errorf("Arg(nope) found")
	}
	custom := &Event{}
	custom.Reset(nil, "custom", true, Values{1})
	if _, ok := custom.Arg("path"); ok {
		t.Errorf("an unregistered event has no named arguments")
	}
}

func BenchmarkChain(b *testing.B) {
	noop := HookFunc(func(*Event) error { return nil })
	for _, n := range []int{1, 10} {
		hooks := make([]Hook, n)
		for i := range hooks {
			hooks[i] = noop
		}
		c := NewChain(hooks...)
		e := NewEvent(Open, "/x", "r", int64(0))
		b.Run(map[int]string{1: "hooks=1", 10: "hooks=10"}[n], func(b *testing.B) {
			for b.Loop() {
				if err := c.Raise(e); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
