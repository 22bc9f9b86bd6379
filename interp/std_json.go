package interp

import (
	_ "embed"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/go-python/gpython/py"

	"github.com/spython/spython/interp/pyobj"
)

// The json module: the encoder and the scanner are written in Go, the
// classes and the public functions in Python (stdlib/json.py). Encoding
// and decoding are pure computations and raise no audit event; load and
// dump use the file object they are given.

//go:embed stdlib/json.py
var jsonSource string

// jsonScanError carries a decoding failure from the scanner to json.py,
// which raises it as JSONDecodeError: args are (msg, pos).
var jsonScanError = moduleException(py.ValueError, "json", "_ScanError")

func init() {
	registerStdlib("json", "JSON (JavaScript Object Notation) encoder and decoder.", setupJSON, jsonSource)
}

func setupJSON(c *Context, m *py.Module) error {
	g := m.Globals
	g["_ScanError"] = jsonScanError
	g["_encode"] = py.MustNewMethod("_encode", jsonEncodeFunc, 0, "Encode a Python object as JSON text.")
	g["_typename"] = py.MustNewMethod("_typename", func(_ py.Object, o py.Object) (py.Object, error) {
		return py.String(typeNameOf(o)), nil
	}, 0, "The name of the class of an object.")
	g["_scan"] = py.MustNewMethod("_scan", jsonScanFunc, 0, "Decode one JSON value from a string at an index.")
	return nil
}

// jsonEncoder holds the options of one encoding.
type jsonEncoder struct {
	skipKeys, ensureASCII, checkCircular, allowNaN, sortKeys bool
	indent                                                   *string
	itemSep, keySep                                          string
	defaultFn                                                py.Object
	markers                                                  map[any]bool
	nest                                                     int
	b                                                        strings.Builder
}

// _encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan,
// sort_keys, indent, item_separator, key_separator, default)
func jsonEncodeFunc(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 10 {
		return nil, py.ExceptionNewf(py.TypeError, "_encode() takes 10 arguments")
	}
	e := &jsonEncoder{markers: map[any]bool{}, defaultFn: args[9]}
	flags := []*bool{&e.skipKeys, &e.ensureASCII, &e.checkCircular, &e.allowNaN, &e.sortKeys}
	for i, f := range flags {
		v, err := truth(args[1+i])
		if err != nil {
			return nil, err
		}
		*f = v
	}
	if s, ok := args[6].(py.String); ok {
		ind := string(s)
		e.indent = &ind
	}
	is, ok1 := args[7].(py.String)
	ks, ok2 := args[8].(py.String)
	if !ok1 || !ok2 {
		return nil, py.ExceptionNewf(py.TypeError, "separators must be strings")
	}
	e.itemSep, e.keySep = string(is), string(ks)
	if err := e.encode(args[0], 0); err != nil {
		return nil, err
	}
	return py.String(e.b.String()), nil
}

// jsonString writes s as a JSON string literal.
func jsonString(b *strings.Builder, s string, ascii bool) {
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			switch {
			case r < 0x20 || ascii && r >= 0x7f && r < 0x10000:
				fmt.Fprintf(b, `\u%04x`, r)
			case ascii && r >= 0x10000:
				hi, lo := utf16.EncodeRune(r)
				fmt.Fprintf(b, `\u%04x\u%04x`, hi, lo)
			default:
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
}

// jsonFloat is float.__repr__ with JSON's names for the non-finite values.
func (e *jsonEncoder) jsonFloat(f float64) (string, error) {
	var s string
	switch {
	case math.IsNaN(f):
		s = "NaN"
	case math.IsInf(f, 1):
		s = "Infinity"
	case math.IsInf(f, -1):
		s = "-Infinity"
	default:
		return floatRepr(f), nil
	}
	if !e.allowNaN {
		return "", py.ExceptionNewf(py.ValueError, "Out of range float values are not JSON compliant: %s", floatRepr(f))
	}
	return s, nil
}

// intText is int.__repr__ of an int, bool excepted.
func intText(o py.Object) (string, bool) {
	switch v := o.(type) {
	case py.Int:
		return strconv.FormatInt(int64(v), 10), true
	case *py.BigInt:
		return (*big.Int)(v).String(), true
	}
	return "", false
}

// identity is what the circular-reference check remembers of a container.
func identity(o py.Object) any {
	switch v := o.(type) {
	case *py.List, *pyobj.Dict, *Instance:
		return v
	}
	return objectID(o)
}

func (e *jsonEncoder) enter(o py.Object) (any, error) {
	if !e.checkCircular {
		return nil, nil
	}
	id := identity(o)
	if e.markers[id] {
		return nil, py.ExceptionNewf(py.ValueError, "Circular reference detected")
	}
	e.markers[id] = true
	return id, nil
}

func (e *jsonEncoder) leave(id any) {
	if id != nil {
		delete(e.markers, id)
	}
}

// newline starts a line at the given depth when indenting.
func (e *jsonEncoder) newline(depth int) {
	e.b.WriteByte('\n')
	for i := 0; i < depth; i++ {
		e.b.WriteString(*e.indent)
	}
}

func (e *jsonEncoder) encode(o py.Object, depth int) error {
	e.nest++
	defer func() { e.nest-- }()
	if e.nest > maxReprDepth {
		return py.ExceptionNewf(RecursionError, "maximum recursion depth exceeded while encoding a JSON object")
	}
	v := unwrap(o)
	switch x := v.(type) {
	case py.String:
		jsonString(&e.b, string(x), e.ensureASCII)
		return nil
	case py.NoneType:
		e.b.WriteString("null")
		return nil
	case py.Bool:
		if x {
			e.b.WriteString("true")
		} else {
			e.b.WriteString("false")
		}
		return nil
	case py.Float:
		s, err := e.jsonFloat(float64(x))
		if err != nil {
			return err
		}
		e.b.WriteString(s)
		return nil
	case py.Tuple:
		return e.array(o, x, depth)
	case *py.List:
		return e.array(o, x.Items, depth)
	case *pyobj.Dict:
		return e.object(o, x, depth)
	case py.StringDict:
		return e.object(o, pyobj.FromStringDict(x), depth)
	case *attrDict:
		return e.object(o, x.o.snapshot(), depth)
	}
	if s, ok := intText(v); ok {
		e.b.WriteString(s)
		return nil
	}
	id, err := e.enter(o)
	if err != nil {
		return err
	}
	if e.defaultFn == nil || e.defaultFn == py.None {
		return py.ExceptionNewf(py.TypeError, "Object of type %s is not JSON serializable", typeNameOf(o))
	}
	r, err := py.Call(e.defaultFn, py.Tuple{o}, nil)
	if err != nil {
		return err
	}
	if err := e.encode(r, depth); err != nil {
		return err
	}
	e.leave(id)
	return nil
}

func (e *jsonEncoder) array(o py.Object, items []py.Object, depth int) error {
	if len(items) == 0 {
		e.b.WriteString("[]")
		return nil
	}
	id, err := e.enter(o)
	if err != nil {
		return err
	}
	e.b.WriteByte('[')
	if e.indent != nil {
		e.newline(depth + 1)
	}
	for i, it := range items {
		if i > 0 {
			e.b.WriteString(e.itemSep)
			if e.indent != nil {
				e.newline(depth + 1)
			}
		}
		if err := e.encode(it, depth+1); err != nil {
			return err
		}
	}
	if e.indent != nil {
		e.newline(depth)
	}
	e.b.WriteByte(']')
	e.leave(id)
	return nil
}

// keyText converts a dict key to the string JSON writes; skip is true
// for a key skipkeys drops.
func (e *jsonEncoder) keyText(k py.Object) (string, bool, error) {
	v := unwrap(k)
	switch x := v.(type) {
	case py.String:
		return string(x), false, nil
	case py.Float:
		s, err := e.jsonFloat(float64(x))
		return s, false, err
	case py.Bool:
		if x {
			return "true", false, nil
		}
		return "false", false, nil
	case py.NoneType:
		return "null", false, nil
	}
	if s, ok := intText(v); ok {
		return s, false, nil
	}
	if e.skipKeys {
		return "", true, nil
	}
	return "", false, py.ExceptionNewf(py.TypeError, "keys must be str, int, float, bool or None, not %s", typeNameOf(k))
}

func (e *jsonEncoder) object(o py.Object, d *pyobj.Dict, depth int) error {
	if d.Len() == 0 {
		e.b.WriteString("{}")
		return nil
	}
	id, err := e.enter(o)
	if err != nil {
		return err
	}
	var pairs []py.Object
	if err := d.Items(func(k, v py.Object) error {
		pairs = append(pairs, py.Tuple{k, v})
		return nil
	}); err != nil {
		return err
	}
	if e.sortKeys {
		// As sorted(d.items()): equal keys compare their values.
		if err := sortObjects(pairs, nil, false); err != nil {
			return err
		}
	}
	e.b.WriteByte('{')
	if e.indent != nil {
		e.newline(depth + 1)
	}
	first := true
	for _, p := range pairs {
		k, val := p.(py.Tuple)[0], p.(py.Tuple)[1]
		text, skip, err := e.keyText(k)
		if err != nil {
			return err
		}
		if skip {
			continue
		}
		if !first {
			e.b.WriteString(e.itemSep)
			if e.indent != nil {
				e.newline(depth + 1)
			}
		}
		first = false
		jsonString(&e.b, text, e.ensureASCII)
		e.b.WriteString(e.keySep)
		if err := e.encode(val, depth+1); err != nil {
			return err
		}
	}
	if e.indent != nil {
		e.newline(depth)
	}
	e.b.WriteByte('}')
	e.leave(id)
	return nil
}

// jsonScanner decodes JSON text held as runes, so that positions count
// characters as Python does.
type jsonScanner struct {
	s                                                   []rune
	strict                                              bool
	objectHook, pairsHook, parseFloat, parseInt, parseC py.Object
	depth                                               int
}

func scanFail(msg string, pos int) error {
	e, err := py.ExceptionNew(jsonScanError, py.Tuple{py.String(msg), py.Int(pos)}, nil)
	if err != nil {
		return err
	}
	return e.(*py.Exception)
}

// _scan(s, idx, strict, object_hook, object_pairs_hook, parse_float,
// parse_int, parse_constant) -> (value, end)
func jsonScanFunc(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 8 {
		return nil, py.ExceptionNewf(py.TypeError, "_scan() takes 8 arguments")
	}
	s, ok := unwrap(args[0]).(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "first argument must be a string, not %s", typeNameOf(args[0]))
	}
	idx, err := py.MakeGoInt(args[1])
	if err != nil {
		return nil, err
	}
	strict, err := truth(args[2])
	if err != nil {
		return nil, err
	}
	sc := &jsonScanner{s: []rune(string(s)), strict: strict}
	opt := func(o py.Object) py.Object {
		if o == py.None {
			return nil
		}
		return o
	}
	sc.objectHook, sc.pairsHook = opt(args[3]), opt(args[4])
	sc.parseFloat, sc.parseInt, sc.parseC = opt(args[5]), opt(args[6]), opt(args[7])
	if idx < 0 || idx > len(sc.s) {
		return nil, scanFail("Expecting value", idx)
	}
	v, end, err := sc.value(idx)
	if err != nil {
		return nil, err
	}
	return py.Tuple{v, py.Int(end)}, nil
}

func (sc *jsonScanner) skipWS(i int) int {
	for i < len(sc.s) {
		switch sc.s[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

func (sc *jsonScanner) hasPrefix(i int, word string) bool {
	if i+len(word) > len(sc.s) {
		return false
	}
	return string(sc.s[i:i+len(word)]) == word
}

func (sc *jsonScanner) constant(name string, v float64) (py.Object, error) {
	if sc.parseC != nil {
		return py.Call(sc.parseC, py.Tuple{py.String(name)}, nil)
	}
	return py.Float(v), nil
}

func (sc *jsonScanner) value(i int) (py.Object, int, error) {
	if i >= len(sc.s) {
		return nil, 0, scanFail("Expecting value", i)
	}
	switch c := sc.s[i]; {
	case c == '"':
		str, end, err := sc.str(i + 1)
		return py.String(str), end, err
	case c == '{':
		sc.depth++
		defer func() { sc.depth-- }()
		if sc.depth > maxReprDepth {
			return nil, 0, py.ExceptionNewf(RecursionError, "maximum recursion depth exceeded while decoding a JSON object from a unicode string")
		}
		return sc.object(i + 1)
	case c == '[':
		sc.depth++
		defer func() { sc.depth-- }()
		if sc.depth > maxReprDepth {
			return nil, 0, py.ExceptionNewf(RecursionError, "maximum recursion depth exceeded while decoding a JSON array from a unicode string")
		}
		return sc.array(i + 1)
	case c == 'n' && sc.hasPrefix(i, "null"):
		return py.None, i + 4, nil
	case c == 't' && sc.hasPrefix(i, "true"):
		return py.True, i + 4, nil
	case c == 'f' && sc.hasPrefix(i, "false"):
		return py.False, i + 5, nil
	case c == 'N' && sc.hasPrefix(i, "NaN"):
		v, err := sc.constant("NaN", math.NaN())
		return v, i + 3, err
	case c == 'I' && sc.hasPrefix(i, "Infinity"):
		v, err := sc.constant("Infinity", math.Inf(1))
		return v, i + 8, err
	case c == '-' && sc.hasPrefix(i, "-Infinity"):
		v, err := sc.constant("-Infinity", math.Inf(-1))
		return v, i + 9, err
	case c == '-' || c >= '0' && c <= '9':
		return sc.number(i)
	}
	return nil, 0, scanFail("Expecting value", i)
}

func jsonDigit(r rune) bool { return r >= '0' && r <= '9' }

func (sc *jsonScanner) number(start int) (py.Object, int, error) {
	i := start
	if sc.s[i] == '-' {
		i++
	}
	switch {
	case i < len(sc.s) && sc.s[i] == '0':
		i++
	case i < len(sc.s) && jsonDigit(sc.s[i]):
		for i < len(sc.s) && jsonDigit(sc.s[i]) {
			i++
		}
	default:
		return nil, 0, scanFail("Expecting value", start)
	}
	isFloat := false
	if i+1 < len(sc.s) && sc.s[i] == '.' && jsonDigit(sc.s[i+1]) {
		isFloat = true
		i += 2
		for i < len(sc.s) && jsonDigit(sc.s[i]) {
			i++
		}
	}
	if i < len(sc.s) && (sc.s[i] == 'e' || sc.s[i] == 'E') {
		j := i + 1
		if j < len(sc.s) && (sc.s[j] == '+' || sc.s[j] == '-') {
			j++
		}
		if j < len(sc.s) && jsonDigit(sc.s[j]) {
			for j < len(sc.s) && jsonDigit(sc.s[j]) {
				j++
			}
			isFloat = true
			i = j
		}
	}
	text := string(sc.s[start:i])
	if isFloat {
		if sc.parseFloat != nil {
			v, err := py.Call(sc.parseFloat, py.Tuple{py.String(text)}, nil)
			return v, i, err
		}
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && !math.IsInf(f, 0) {
			return nil, 0, py.ExceptionNewf(py.ValueError, "could not convert string to float: '%s'", text)
		}
		return py.Float(f), i, nil
	}
	if sc.parseInt != nil {
		v, err := py.Call(sc.parseInt, py.Tuple{py.String(text)}, nil)
		return v, i, err
	}
	if n, err := strconv.ParseInt(text, 10, 64); err == nil {
		return py.Int(n), i, nil
	}
	if len(text) > 4300 {
		return nil, 0, py.ExceptionNewf(py.ValueError, "Exceeds the limit (4300 digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", len(strings.TrimPrefix(text, "-")))
	}
	b, _ := new(big.Int).SetString(text, 10)
	return fromBig(b), i, nil
}

func hex4(rs []rune) (rune, bool) {
	if len(rs) < 4 {
		return 0, false
	}
	var v rune
	for _, r := range rs[:4] {
		d, ok := unhex(byte(r))
		if !ok || r > 0x7f {
			return 0, false
		}
		v = v<<4 | rune(d)
	}
	return v, true
}

// str decodes a string whose opening quote is at begin-1.
func (sc *jsonScanner) str(begin int) (string, int, error) {
	var b strings.Builder
	i := begin
	for {
		if i >= len(sc.s) {
			return "", 0, scanFail("Unterminated string starting at", begin-1)
		}
		c := sc.s[i]
		switch {
		case c == '"':
			return b.String(), i + 1, nil
		case c == '\\':
			if i+1 >= len(sc.s) {
				return "", 0, scanFail("Unterminated string starting at", begin-1)
			}
			esc := sc.s[i+1]
			switch esc {
			case '"', '\\', '/':
				b.WriteRune(esc)
			case 'b':
				b.WriteByte('\b')
			case 'f':
				b.WriteByte('\f')
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 't':
				b.WriteByte('\t')
			case 'u':
				r, ok := hex4(sc.s[i+2:])
				if !ok {
					return "", 0, scanFail("Invalid \\uXXXX escape", i+1)
				}
				i += 4
				if utf16.IsSurrogate(r) && r < 0xdc00 && i+2 < len(sc.s) && sc.s[i+2] == '\\' && i+3 < len(sc.s) && sc.s[i+3] == 'u' {
					r2, ok := hex4(sc.s[i+4:])
					if !ok {
						return "", 0, scanFail("Invalid \\uXXXX escape", i+3)
					}
					if r2 >= 0xdc00 && r2 < 0xe000 {
						r = utf16.DecodeRune(r, r2)
						i += 6
					}
				}
				b.WriteRune(r)
			default:
				return "", 0, scanFail("Invalid \\escape", i)
			}
			i += 2
		case c < 0x20 && sc.strict:
			return "", 0, scanFail("Invalid control character at", i)
		default:
			b.WriteRune(c)
			i++
		}
	}
}

func (sc *jsonScanner) object(i int) (py.Object, int, error) {
	var pairs []py.Object
	d := pyobj.NewDict()
	i = sc.skipWS(i)
	if i < len(sc.s) && sc.s[i] == '}' {
		return sc.finishObject(d, pairs, i+1)
	}
	for {
		if i >= len(sc.s) || sc.s[i] != '"' {
			return nil, 0, scanFail("Expecting property name enclosed in double quotes", i)
		}
		key, end, err := sc.str(i + 1)
		if err != nil {
			return nil, 0, err
		}
		i = sc.skipWS(end)
		if i >= len(sc.s) || sc.s[i] != ':' {
			return nil, 0, scanFail("Expecting ':' delimiter", i)
		}
		i = sc.skipWS(i + 1)
		v, end, err := sc.value(i)
		if err != nil {
			return nil, 0, err
		}
		if sc.pairsHook != nil {
			pairs = append(pairs, py.Tuple{py.String(key), v})
		} else if err := d.SetItem(py.String(key), v); err != nil {
			return nil, 0, err
		}
		i = sc.skipWS(end)
		if i < len(sc.s) && sc.s[i] == '}' {
			return sc.finishObject(d, pairs, i+1)
		}
		if i >= len(sc.s) || sc.s[i] != ',' {
			return nil, 0, scanFail("Expecting ',' delimiter", i)
		}
		comma := i
		i = sc.skipWS(i + 1)
		if i < len(sc.s) && sc.s[i] == '}' {
			return nil, 0, scanFail("Illegal trailing comma before end of object", comma)
		}
	}
}

func (sc *jsonScanner) finishObject(d *pyobj.Dict, pairs []py.Object, end int) (py.Object, int, error) {
	if sc.pairsHook != nil {
		v, err := py.Call(sc.pairsHook, py.Tuple{py.NewListFromItems(pairs)}, nil)
		return v, end, err
	}
	if sc.objectHook != nil {
		v, err := py.Call(sc.objectHook, py.Tuple{d}, nil)
		return v, end, err
	}
	return d, end, nil
}

func (sc *jsonScanner) array(i int) (py.Object, int, error) {
	var items []py.Object
	i = sc.skipWS(i)
	if i < len(sc.s) && sc.s[i] == ']' {
		return py.NewListFromItems(items), i + 1, nil
	}
	for {
		v, end, err := sc.value(i)
		if err != nil {
			return nil, 0, err
		}
		items = append(items, v)
		i = sc.skipWS(end)
		if i < len(sc.s) && sc.s[i] == ']' {
			return py.NewListFromItems(items), i + 1, nil
		}
		if i >= len(sc.s) || sc.s[i] != ',' {
			return nil, 0, scanFail("Expecting ',' delimiter", i)
		}
		comma := i
		i = sc.skipWS(i + 1)
		if i < len(sc.s) && sc.s[i] == ']' {
			return nil, 0, scanFail("Illegal trailing comma before end of array", comma)
		}
	}
}
