package interp

import (
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

func TestSubprocessGolden(t *testing.T) { runGolden(t, "subprocess") }

// A descriptor spython holds without close-on-exec (one it inherited, or
// opened with a raw open(2)) is not passed on to a child.
func TestSubprocessChildGetsNoInheritedDescriptor(t *testing.T) {
	fd, err := syscall.Open(os.DevNull, syscall.O_RDONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Close(fd)
	src := `import subprocess
r = subprocess.run(["sh", "-c", "if [ -e /proc/$$/fd/FD ]; then echo leaked; else echo closed; fi"], capture_output=True, text=True).stdout
`
	g, err := runFiles(t, map[string]string{"main.py": strings.ReplaceAll(src, "FD", strconv.Itoa(fd))})
	if err != nil {
		t.Fatal(err)
	}
	if got := global(t, g, "r"); got != "closed\n" {
		t.Errorf("child saw descriptor %d: %q", fd, got)
	}
}
