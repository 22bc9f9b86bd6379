package configs

import (
	"bytes"
	"io/fs"
	"strings"
	"testing"
)

func TestFiles(t *testing.T) {
	names, err := fs.Glob(Files, "*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(names, " "), "audit.yaml ci.yaml default.yaml strict.yaml"; got != want {
		t.Errorf("embedded files: %s, want %s", got, want)
	}
	def, err := Files.ReadFile("default.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(def, Default) {
		t.Error("Default is not default.yaml")
	}
	for _, name := range names {
		data, _ := Files.ReadFile(name)
		if !bytes.HasPrefix(data, []byte("#")) {
			t.Errorf("%s does not start with a comment saying what it is for", name)
		}
	}
}
