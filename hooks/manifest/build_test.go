package manifest

import (
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/sys/unix"
)

func TestBuild(t *testing.T) {
	dir := tempDir(t)
	files := writeFiles(t, dir, map[string]string{
		"app/main.py":         "import lib\n",
		"app/lib/__init__.py": "",
		"app/lib/util.py":     "def f(): pass\n",
		"app/gui.pyw":         "import tkinter\n",
		"app/README":          "read me\n",
		"app/data.json":       "{}\n",
		"elsewhere/ext.py":    "x = 1\n",
		"elsewhere/inner.py":  "x = 2\n",
		"other/o.py":          "x = 3\n",
	})
	sum := func(name string) Entry {
		p := filepath.Join(dir, name)
		s, ok := files[p]
		if !ok {
			t.Fatalf("no file %s", name)
		}
		return Entry{Path: p, Sum: s}
	}
	// A link to a folder is not followed; a link to a file is listed as
	// the file; a link to nothing is skipped.
	symlink(t, filepath.Join(dir, "elsewhere"), filepath.Join(dir, "app/linked"))
	symlink(t, filepath.Join(dir, "elsewhere"), filepath.Join(dir, "app/linked.py"))
	symlink(t, "../elsewhere/ext.py", filepath.Join(dir, "app/ext.py"))
	symlink(t, filepath.Join(dir, "nothing.py"), filepath.Join(dir, "app/dangling.py"))
	// A FIFO named like code is not a regular file.
	if err := unix.Mkfifo(filepath.Join(dir, "app/fifo.py"), 0o644); err != nil {
		t.Fatal(err)
	}
	symlink(t, "app", filepath.Join(dir, "applink"))

	t.Chdir(dir)
	tests := []struct {
		name  string
		paths []string
		exts  []string
		want  []Entry
		err   string
	}{
		{name: "folder", paths: []string{filepath.Join(dir, "app")},
			want: []Entry{sum("app/lib/__init__.py"), sum("app/lib/util.py"), sum("app/main.py"), sum("elsewhere/ext.py")}},
		{name: "relative folder", paths: []string{"app"},
			want: []Entry{sum("app/lib/__init__.py"), sum("app/lib/util.py"), sum("app/main.py"), sum("elsewhere/ext.py")}},
		{name: "linked folder given", paths: []string{"applink/lib"},
			want: []Entry{sum("app/lib/__init__.py"), sum("app/lib/util.py")}},
		{name: "extensions", paths: []string{"app"}, exts: []string{".py", ".pyw"},
			want: []Entry{sum("app/gui.pyw"), sum("app/lib/__init__.py"), sum("app/lib/util.py"), sum("app/main.py"), sum("elsewhere/ext.py")}},
		{name: "overlapping paths", paths: []string{"app", "app/lib", "app/main.py", "elsewhere/ext.py", "other"},
			want: []Entry{sum("app/lib/__init__.py"), sum("app/lib/util.py"), sum("app/main.py"), sum("elsewhere/ext.py"), sum("other/o.py")}},
		{name: "file through a link", paths: []string{"app/ext.py"},
			want: []Entry{sum("elsewhere/ext.py")}},
		{name: "nothing", paths: nil, want: nil},
		{name: "not a code file", paths: []string{"app/README", "app/data.json"},
			err: "app/README: not a code file: its name does not end in .py\napp/data.json: not a code file: its name does not end in .py"},
		{name: "missing", paths: []string{"app", "missing"},
			err: "lstat " + filepath.Join(dir, "missing") + ": no such file or directory"},
		{name: "fifo", paths: []string{"app/fifo.py"}, err: "app/fifo.py: not a regular file or a folder"},
		{name: "extension without a dot", paths: []string{"app"}, exts: []string{"py"},
			err: `extension "py": want a dot and a name, such as ".py"`},
		{name: "extension with two dots", paths: []string{"app"}, exts: []string{".tar.gz"},
			err: `extension ".tar.gz": want a dot and a name, such as ".py"`},
		{name: "bytecode extension", paths: []string{"app"}, exts: []string{".py", ".pyc"},
			err: `extension ".pyc": compiled bytecode is never loaded, only source`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Build(tt.paths, tt.exts)
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Fatalf("error:\n%v\nwant:\n%s", err, tt.err)
				}
				if m != nil {
					t.Fatal("a manifest with the error")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, m.Entries()); diff != "" {
				t.Fatalf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads everything")
	}
	dir := tempDir(t)
	writeFiles(t, dir, map[string]string{"a.py": "", "locked/b.py": "", "secret.py": ""})
	if err := os.Chmod(filepath.Join(dir, "locked"), 0o000); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(filepath.Join(dir, "locked"), 0o755) })
	if err := os.Chmod(filepath.Join(dir, "secret.py"), 0o000); err != nil {
		t.Fatal(err)
	}
	_, err := Build([]string{dir}, nil)
	want := "open " + dir + "/locked: permission denied\nopen " + dir + "/secret.py: permission denied"
	if err == nil || err.Error() != want {
		t.Fatalf("error:\n%v\nwant:\n%s", err, want)
	}

	m := newManifest([]Entry{
		{Path: filepath.Join(dir, "a.py"), Sum: sha256.Sum256(nil)},
		{Path: filepath.Join(dir, "secret.py"), Sum: sha256.Sum256(nil)},
	})
	got := Verify(m, []string{dir})
	wantResults := []Result{
		{filepath.Join(dir, "a.py"), OK, "sha256 matches the manifest"},
		{filepath.Join(dir, "locked"), Unreadable, "permission denied"},
		{filepath.Join(dir, "secret.py"), Unreadable, "permission denied"},
	}
	if diff := cmp.Diff(wantResults, got); diff != "" {
		t.Fatalf("Verify (-want +got):\n%s", diff)
	}
}

func TestVerify(t *testing.T) {
	dir := tempDir(t)
	writeFiles(t, dir, map[string]string{
		"app/ok.py":        "ok\n",
		"app/changed.py":   "before\n",
		"app/missing.py":   "gone soon\n",
		"app/relinked.py":  "a file, then a link\n",
		"app/gui.pyw":      "changed too\n",
		"lib/l.py":         "ok\n",
		"lib/sub/deep.py":  "ok\n",
		"app/notes.txt":    "not code\n",
		"app/with\nnl.py":  "ok\n",
		"libx/notunder.py": "ok\n",
	})
	m, err := Build([]string{filepath.Join(dir, "app"), filepath.Join(dir, "lib")}, []string{".py", ".pyw"})
	if err != nil {
		t.Fatal(err)
	}
	p := func(name string) string { return filepath.Join(dir, name) }
	changedSum := fmt.Sprintf("sha256 is %x; the manifest says %x", sha256.Sum256([]byte("after\n")), sha256.Sum256([]byte("before\n")))
	guiSum := fmt.Sprintf("sha256 is %x; the manifest says %x", sha256.Sum256([]byte("changed\n")), sha256.Sum256([]byte("changed too\n")))

	writeFiles(t, dir, map[string]string{
		"app/changed.py":   "after\n",
		"app/gui.pyw":      "changed\n",
		"app/new.py":       "unlisted\n",
		"app/new.pyw":      "unlisted, an extension the manifest has\n",
		"app/new.txt":      "not code\n",
		"lib/sub/added.py": "unlisted\n",
	})
	if err := os.Remove(p("app/missing.py")); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(p("app/relinked.py")); err != nil {
		t.Fatal(err)
	}
	symlink(t, "ok.py", p("app/relinked.py"))

	ok := func(name string) Result { return Result{p(name), OK, "sha256 matches the manifest"} }
	unlisted := func(name string) Result { return Result{p(name), Unlisted, "not in the manifest"} }
	appResults := []Result{
		{p("app/changed.py"), Changed, changedSum},
		{p("app/gui.pyw"), Changed, guiSum},
		{p("app/missing.py"), Missing, "no such file or folder"},
		unlisted("app/new.py"),
		unlisted("app/new.pyw"),
		ok("app/ok.py"),
		{p("app/relinked.py"), Changed, "now a symbolic link"},
		ok("app/with\nnl.py"),
	}
	tests := []struct {
		name  string
		paths []string
		want  []Result
	}{
		{"every listed file", nil, []Result{
			{p("app/changed.py"), Changed, changedSum},
			{p("app/gui.pyw"), Changed, guiSum},
			{p("app/missing.py"), Missing, "no such file or folder"},
			ok("app/ok.py"),
			{p("app/relinked.py"), Changed, "now a symbolic link"},
			ok("app/with\nnl.py"),
			ok("lib/l.py"),
			ok("lib/sub/deep.py"),
		}},
		{"one folder", []string{p("app")}, appResults},
		{"the same folder twice", []string{p("app"), p("app") + "/"}, appResults},
		{"a folder not a prefix of another", []string{p("lib")}, []Result{
			ok("lib/l.py"),
			unlisted("lib/sub/added.py"),
			ok("lib/sub/deep.py"),
		}},
		{"files", []string{p("app/ok.py"), p("app/new.txt"), p("app/missing.py")}, []Result{
			{p("app/missing.py"), Missing, "no such file or folder"},
			unlisted("app/new.txt"),
			ok("app/ok.py"),
		}},
		{"a folder that is gone", []string{p("gone")}, []Result{
			{p("gone"), Missing, "no such file or folder"},
		}},
		{"a folder nothing listed is in", []string{p("libx")}, []Result{
			unlisted("libx/notunder.py"),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Verify(m, tt.paths)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Fatalf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestUnder(t *testing.T) {
	tests := []struct {
		path, root string
		want       bool
	}{
		{"/a/b.py", "/a", true},
		{"/a", "/a", true},
		{"/ab/c.py", "/a", false},
		{"/a/b.py", "/", true},
		{"/a.py", "/a/b", false},
	}
	for _, tt := range tests {
		if got := under(tt.path, tt.root); got != tt.want {
			t.Errorf("under(%q, %q) = %v", tt.path, tt.root, got)
		}
	}
}

func TestFailed(t *testing.T) {
	tests := []struct {
		err  error
		want Result
	}{
		{&fs.PathError{Op: "open", Path: "/a/b.py", Err: unix.ENOENT}, Result{"/x", Missing, "no such file or folder"}},
		{&fs.PathError{Op: "open", Path: "/a/b.py", Err: unix.ENOTDIR}, Result{"/x", Missing, "no such file or folder"}},
		{&fs.PathError{Op: "open", Path: "/a/b.py", Err: unix.EACCES}, Result{"/x", Unreadable, "permission denied"}},
		{unix.EIO, Result{"/x", Unreadable, "input/output error"}},
	}
	for _, tt := range tests {
		if got := failed("/x", tt.err); got != tt.want {
			t.Errorf("failed(%v) = %v; want %v", tt.err, got, tt.want)
		}
	}
}
