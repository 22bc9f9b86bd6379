package policy

import (
	"crypto/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/spython/spython/hooks"
	"github.com/spython/spython/hooks/manifest"
)

func TestVerifyGate(t *testing.T) {
	p, err := Parse("v.yaml", []byte(`apiVersion: spython/v1
verify:
  extensions: [.py, .pyw]
  max_size: 2KiB
  allow: ["/opt/app/**"]
  deny: ["/opt/app/tmp/**"]
  owners: [root, "1000"]
  writable: allow
  exec_check: require
`))
	if err != nil {
		t.Fatal(err)
	}
	g, err := p.Verify.Gate()
	if err != nil {
		t.Fatal(err)
	}
	want := &hooks.Gate{
		Extensions: []string{".py", ".pyw"}, MaxSize: 2048,
		Allow: []string{"/opt/app/**"}, Deny: []string{"/opt/app/tmp/**"},
		Owners: []uint32{0, 1000}, RefuseNoexec: true, ExecCheck: hooks.ExecCheckRequire,
	}
	if diff := cmp.Diff(want, g); diff != "" {
		t.Errorf("gate (-want +got):\n%s", diff)
	}
	if _, err := Default().Verify.Gate(); err != nil {
		t.Errorf("the default's gate: %v", err)
	}
}

func TestVerifyGateManifest(t *testing.T) {
	dir := t.TempDir()
	code := filepath.Join(dir, "a.py")
	if err := os.WriteFile(code, []byte("a = 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := manifest.Build([]string{dir}, []string{".py"})
	if err != nil {
		t.Fatal(err)
	}
	mpath := filepath.Join(dir, "MANIFEST")
	if err := os.WriteFile(mpath, m.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	pub, priv, err := manifest.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	keyPath := filepath.Join(dir, "key.pub")
	if err := os.WriteFile(keyPath, pub, 0o644); err != nil {
		t.Fatal(err)
	}
	v := Verify{Manifest: mpath, Key: keyPath}
	if _, err := v.Gate(); err == nil || !strings.Contains(err.Error(), "verify.manifest") {
		t.Fatalf("an unsigned manifest with a key set: err = %v", err)
	}
	key, err := manifest.ParsePrivateKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(mpath+manifest.SignatureSuffix, manifest.Sign(key, m.Bytes()), 0o644); err != nil {
		t.Fatal(err)
	}
	g, err := v.Gate()
	if err != nil {
		t.Fatalf("signed manifest: %v", err)
	}
	real, _ := filepath.EvalSymlinks(code)
	if _, err := g.Open(real); err != nil {
		t.Errorf("a listed file: %v", err)
	}
	if err := os.WriteFile(mpath, append(m.Bytes(), '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := v.Gate(); err == nil {
		t.Error("a manifest changed after signing must be refused")
	}
}

// A verify glob that can never match an absolute path is an error: a deny
// that never matches would deny nothing.
func TestVerifyRelativeGlob(t *testing.T) {
	_, err := Parse("v.yaml", []byte("apiVersion: spython/v1\nverify:\n  deny: [\"tmp/**\"]\n"))
	want := `v.yaml:3:10: relative_path: "tmp/**" can never match: code files are matched by their absolute path (start it with / or **)`
	if err == nil || err.Error() != want {
		t.Errorf("err = %v\nwant %s", err, want)
	}
}
