package hooks

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"
)

// docs/events.md is generated from the registry; this fails when it is
// stale. Regenerate it with: make docs
func TestEventsDocIsCurrent(t *testing.T) {
	var want bytes.Buffer
	if err := WriteMarkdown(&want); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../docs/events.md")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want.Bytes()) {
		t.Fatal("docs/events.md is stale: run make docs")
	}
}

func TestWriteJSON(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	var entries []struct {
		Name string   `json:"name"`
		Args []string `json:"args"`
	}
	if err := json.Unmarshal(b.Bytes(), &entries); err != nil {
		t.Fatal(err)
	}
	if len(entries) != len(All()) {
		t.Fatalf("%d entries, want %d", len(entries), len(All()))
	}
	for _, e := range entries {
		if e.Name == "open" && len(e.Args) != 3 {
			t.Errorf("open has args %v", e.Args)
		}
		if e.Args == nil {
			t.Errorf("%s: args must be a list, even when empty", e.Name)
		}
	}
}
