package policy

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"reflect"
	"strconv"
	"strings"
	"syscall"
	"unicode"

	"go.yaml.in/yaml/v3"

	"github.com/spython/spython/configs"
)

// DefaultSource is the Source of the embedded default policy.
const DefaultSource = "<embedded default>"

// maxFileSize bounds a policy file Load reads.
const maxFileSize = 4 << 20

// Load reads the policy file at path. Besides what [Parse] checks, it
// refuses a file that someone other than the running user (or root)
// could have written: one writable by group or others, or owned by
// another user who is not root (code unsafe_file). The file is opened
// once, checked with fstat on that descriptor, and read from it, so the
// bytes parsed are those of the file checked. An error opening the file
// is returned as it is (errors.Is(err, fs.ErrNotExist) works).
func Load(path string) (*Policy, error) {
	// O_NONBLOCK: opening a FIFO must not wait for a writer; it is
	// refused below as not a regular file.
	fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, &os.PathError{Op: "open", Path: path, Err: err}
	}
	f := os.NewFile(uintptr(fd), path)
	defer f.Close()
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		return nil, &os.PathError{Op: "fstat", Path: path, Err: err}
	}
	if msg := unsafeFile(&st, os.Geteuid()); msg != "" {
		return nil, Diagnostics{{File: path, Line: 1, Col: 1, Code: CodeUnsafeFile, Message: msg, Severity: SeverityError}}
	}
	data, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return nil, &os.PathError{Op: "read", Path: path, Err: err}
	}
	if len(data) > maxFileSize {
		return nil, Diagnostics{{File: path, Line: 1, Col: 1, Code: CodeUnsafeFile, Severity: SeverityError,
			Message: fmt.Sprintf("policy file is larger than %s", Size(maxFileSize))}}
	}
	return Parse(path, data)
}

// unsafeFile says what makes a policy file unsafe for user euid, or "".
func unsafeFile(st *syscall.Stat_t, euid int) string {
	mode := st.Mode & 0o7777
	switch {
	case st.Mode&syscall.S_IFMT != syscall.S_IFREG:
		return "policy file is not a regular file"
	case mode&0o022 != 0:
		return fmt.Sprintf("policy file is writable by group or others (mode %04o)", mode)
	case st.Uid != 0 && int(st.Uid) != euid:
		return fmt.Sprintf("policy file is owned by uid %d, neither root nor the running user (uid %d)", st.Uid, euid)
	}
	return ""
}

// Default returns the embedded default policy (configs/default.yaml). It
// panics if that file is invalid, which a test rules out.
func Default() *Policy {
	p, err := Parse(DefaultSource, configs.Default)
	if err != nil {
		panic("policy: the embedded default policy is invalid:\n" + err.Error())
	}
	return p
}

// Encode writes the effective policy as YAML, every default filled in:
// what `spython policy show` prints. Parsing the output gives an equal
// policy.
func (p *Policy) Encode() ([]byte, error) {
	doc, err := toNode(reflect.ValueOf(*p))
	if err != nil {
		return nil, fmt.Errorf("encoding policy: %w", err)
	}
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, fmt.Errorf("encoding policy: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("encoding policy: %w", err)
	}
	return b.Bytes(), nil
}

var marshalerType = reflect.TypeFor[yaml.Marshaler]()

// toNode builds the YAML node of a policy value from its yaml tags. The
// YAML library's own way (Node.Encode) writes text and reads it back,
// and can write strings it cannot read back; building the nodes lets
// quoteStrings choose how each string is written.
func toNode(v reflect.Value) (*yaml.Node, error) {
	if v.Type().Implements(marshalerType) {
		out, err := v.Interface().(yaml.Marshaler).MarshalYAML()
		if err != nil {
			return nil, err
		}
		if n, ok := out.(*yaml.Node); ok {
			quoteStrings(n)
			return n, nil
		}
		return toNode(reflect.ValueOf(out))
	}
	switch v.Kind() {
	case reflect.Struct:
		n := &yaml.Node{Kind: yaml.MappingNode}
		for i := range v.NumField() {
			f := v.Type().Field(i)
			name, opts, _ := strings.Cut(f.Tag.Get("yaml"), ",")
			if !f.IsExported() || name == "-" || name == "" {
				continue
			}
			fv := v.Field(i)
			if opts == "omitempty" && fv.IsZero() || opts == "omitempty" && fv.Kind() == reflect.Slice && fv.Len() == 0 {
				continue
			}
			val, err := toNode(fv)
			if err != nil {
				return nil, err
			}
			n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: name}, val)
		}
		return n, nil
	case reflect.Slice:
		n := &yaml.Node{Kind: yaml.SequenceNode}
		for i := range v.Len() {
			item, err := toNode(v.Index(i))
			if err != nil {
				return nil, err
			}
			n.Content = append(n.Content, item)
		}
		// Lists of strings on one line: [file], [".py"].
		n.Style = yaml.FlowStyle
		for _, c := range n.Content {
			if c.Kind != yaml.ScalarNode {
				n.Style = 0
			}
		}
		return n, nil
	case reflect.String:
		n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v.String()}
		quoteStrings(n)
		return n, nil
	case reflect.Bool:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: strconv.FormatBool(v.Bool())}, nil
	case reflect.Int, reflect.Int64:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.FormatInt(v.Int(), 10)}, nil
	}
	return nil, fmt.Errorf("cannot encode a %s", v.Type())
}

// quoteStrings double-quotes every string with a line break, a tab,
// another control or non-ASCII space character, or space at either end:
// the YAML library would write some of them in block styles it cannot
// read back (a literal block starting with a tab), and a quoted string
// shows such characters as escapes.
func quoteStrings(n *yaml.Node) {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!str" && needsQuotes(n.Value) {
		n.Style = yaml.DoubleQuotedStyle
	}
	for _, c := range n.Content {
		quoteStrings(c)
	}
}

func needsQuotes(s string) bool {
	if s != strings.TrimSpace(s) {
		return true
	}
	for _, r := range s {
		if r < ' ' || r == 0x7f || r >= 0x80 && !unicode.IsPrint(r) || r == 0xfeff {
			return true
		}
	}
	return false
}
