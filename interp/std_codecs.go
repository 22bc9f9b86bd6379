package interp

import (
	_ "embed"
	"encoding/base64"
	"fmt"
	"hash/crc32"
	"math/big"
	"strings"

	"github.com/go-python/gpython/py"
)

// The binascii and base64 modules: conversions between binary data and
// ASCII encodings. Both are pure computations and raise no audit event.

// binasciiError is binascii.Error, a ValueError.
var binasciiError = moduleException(py.ValueError, "binascii", "Error")

// moduleException makes an exception class of a module written in Go.
func moduleException(base *py.Type, module, name string) *py.Type {
	t := newExceptionType(base, name, "")
	t.Dict["__module__"] = py.String(module)
	t.ObjectType = py.TypeType
	return t
}

// binasciiIncomplete is binascii.Incomplete.
var binasciiIncomplete = moduleException(py.ExceptionType, "binascii", "Incomplete")

func init() {
	registerStdlib("binascii", "Hex and base64 text forms of binary data, and CRC checksums.", setupBinascii, "")
	registerStdlib("base64", "Base16, Base32, Base64 (RFC 3548) data encodings", setupBase64, "")
	registerStdlib("codecs", "The registry of text encodings by name.", setupCodecs, codecsSource)
}

//go:embed stdlib/codecs.py
var codecsSource string

// setupCodecs gives the codecs module the lookup of an encoding's
// canonical name.
func setupCodecs(_ *Context, m *py.Module) error {
	m.Globals["_canonical"] = py.MustNewMethod("_canonical", func(_ py.Object, arg py.Object) (py.Object, error) {
		name, ok := arg.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "lookup() argument must be str, not %s", arg.Type().Name)
		}
		c, err := lookupCodec(string(name))
		if err != nil {
			return nil, err
		}
		return py.String(c.name), nil
	}, 0, "_canonical(encoding) -> the encoding's canonical name")
	return nil
}

// argSpec describes the parameters of a function written in Go: names
// in order, how many of them are positional-only, how many are
// required, and which are keyword-only (from kwOnly on).
type argSpec struct {
	name     string
	params   []string
	posOnly  int
	required int
	kwOnly   int // index of the first keyword-only parameter; 0 means none
}

// bind matches args and kwargs to the parameters, with CPython's
// messages; a missing optional parameter is nil.
func (s argSpec) bind(args py.Tuple, kwargs py.StringDict) ([]py.Object, error) {
	out := make([]py.Object, len(s.params))
	maxPos := len(s.params)
	if s.kwOnly > 0 {
		maxPos = s.kwOnly
	}
	if len(args) > maxPos {
		if maxPos == s.required {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes exactly %d positional argument%s (%d given)", s.name, maxPos, plural(maxPos), len(args))
		}
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes at most %d positional argument%s (%d given)", s.name, maxPos, plural(maxPos), len(args))
	}
	copy(out, args)
	for k, v := range kwargs {
		found := false
		for i, p := range s.params {
			if p == k && i >= s.posOnly {
				if out[i] != nil {
					return nil, py.ExceptionNewf(py.TypeError, "argument for %s() given by name ('%s') and position (%d)", s.name, k, i+1)
				}
				out[i] = v
				found = true
			}
		}
		if !found {
			return nil, py.ExceptionNewf(py.TypeError, "%s() got an unexpected keyword argument '%s'%s", s.name, k, suggestName(k, s.params[s.posOnly:]))
		}
	}
	for i := 0; i < s.required; i++ {
		if out[i] == nil {
			return nil, py.ExceptionNewf(py.TypeError, "%s() missing required argument '%s' (pos %d)", s.name, s.params[i], i+1)
		}
	}
	return out, nil
}

// goFunc makes a module function from spec and fn.
func goFunc(s argSpec, doc string, fn func(a []py.Object) (py.Object, error)) *py.Method {
	return py.MustNewMethod(s.name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := s.bind(args, kwargs)
		if err != nil {
			return nil, err
		}
		return fn(a)
	}, 0, doc)
}

// typeNameOf is the name of o's class as messages show it.
func typeNameOf(o py.Object) string { return o.Type().Name }

// asciiData accepts bytes or an ASCII str, as binascii's a2b functions do.
func asciiData(o py.Object) ([]byte, error) {
	if s, ok := unwrap(o).(py.String); ok {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return nil, py.ExceptionNewf(py.ValueError, "string argument should contain only ASCII characters")
			}
		}
		return []byte(string(s)), nil
	}
	if b, ok := asBytes(o); ok {
		return b, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "argument should be bytes, buffer or ASCII string, not '%s'", typeNameOf(o))
}

// decodeData is base64's view of its input: bytes or an ASCII str.
func decodeData(o py.Object) ([]byte, error) {
	switch v := unwrap(o).(type) {
	case py.String:
		for i := 0; i < len(v); i++ {
			if v[i] >= 0x80 {
				return nil, py.ExceptionNewf(py.ValueError, "string argument should contain only ASCII characters")
			}
		}
		return []byte(string(v)), nil
	case py.Bytes:
		return []byte(v), nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "argument should be a bytes-like object or ASCII string, not '%s'", typeNameOf(o))
}

func binErr(format string, args ...any) error {
	return py.ExceptionNewf(binasciiError, format, args...)
}

// argTruth is the truth of an optional argument, false when absent.
func argTruth(o py.Object) (bool, error) {
	if o == nil {
		return false, nil
	}
	return truth(o)
}

const hexDigits = "0123456789abcdef"

// hexlify is b2a_hex with an optional separator every perSep bytes,
// counted from the right when perSep is positive.
func hexlify(data []byte, sep string, perSep int) []byte {
	if sep == "" || len(data) == 0 {
		out := make([]byte, 0, 2*len(data))
		for _, b := range data {
			out = append(out, hexDigits[b>>4], hexDigits[b&15])
		}
		return out
	}
	n := perSep
	if n < 0 {
		n = -n
	}
	var out []byte
	for i, b := range data {
		if i > 0 {
			var boundary bool
			if perSep > 0 {
				boundary = (len(data)-i)%n == 0
			} else {
				boundary = i%n == 0
			}
			if boundary {
				out = append(out, sep...)
			}
		}
		out = append(out, hexDigits[b>>4], hexDigits[b&15])
	}
	return out
}

func hexFunc(name string) *py.Method {
	return goFunc(argSpec{name: name, params: []string{"data", "sep", "bytes_per_sep"}, required: 1}, "data as bytes of hex digits, two per byte; sep, if given, goes between groups of bytes_per_sep bytes.", func(a []py.Object) (py.Object, error) {
		data, err := bytesLike(a[0])
		if err != nil {
			return nil, err
		}
		sep := ""
		if a[1] != nil {
			switch s := unwrap(a[1]).(type) {
			case py.String:
				sep = string(s)
			case py.Bytes:
				sep = string(s)
			default:
				return nil, py.ExceptionNewf(py.TypeError, "sep must be str or bytes.")
			}
			if len(sep) != 1 {
				return nil, py.ExceptionNewf(py.ValueError, "sep must be length 1.")
			}
		}
		per := 1
		if a[2] != nil {
			n, err := py.MakeGoInt(a[2])
			if err != nil {
				return nil, err
			}
			per = n
		}
		if per == 0 {
			sep = ""
		}
		return py.Bytes(hexlify(data, sep, per)), nil
	})
}

func unhexlify(data []byte) ([]byte, error) {
	if len(data)%2 != 0 {
		return nil, binErr("Odd-length string")
	}
	out := make([]byte, len(data)/2)
	for i := range out {
		hi, ok1 := unhex(data[2*i])
		lo, ok2 := unhex(data[2*i+1])
		if !ok1 || !ok2 {
			return nil, binErr("Non-hexadecimal digit found")
		}
		out[i] = hi<<4 | lo
	}
	return out, nil
}

func unhexFunc(name string) *py.Method {
	return goFunc(argSpec{name: name, params: []string{"hexstr"}, posOnly: 1, required: 1}, "The bytes a string of hex digits (two per byte) stands for.", func(a []py.Object) (py.Object, error) {
		data, err := asciiData(a[0])
		if err != nil {
			return nil, err
		}
		out, err := unhexlify(data)
		if err != nil {
			return nil, err
		}
		return py.Bytes(out), nil
	})
}

const b64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

var b64Value = func() [256]int8 {
	var t [256]int8
	for i := range t {
		t[i] = -1
	}
	for i := 0; i < len(b64Alphabet); i++ {
		t[b64Alphabet[i]] = int8(i)
	}
	return t
}()

// a2bBase64 decodes base64 as binascii.a2b_base64 does: outside strict
// mode, characters outside the alphabet are skipped and decoding stops
// at the padding that completes a group.
func a2bBase64(data []byte, strict bool) ([]byte, error) {
	var out []byte
	quad, pads, left := 0, 0, 0
	padStarted := false
	for i, c := range data {
		if c == '=' {
			padStarted = true
			if strict && i == 0 {
				return nil, binErr("Leading padding not allowed")
			}
			if quad >= 2 {
				pads++
				if quad+pads >= 4 {
					if strict && i+1 < len(data) {
						return nil, binErr("Excess data after padding")
					}
					return out, nil
				}
			}
			continue
		}
		v := b64Value[c]
		if v < 0 {
			if strict {
				return nil, binErr("Only base64 data is allowed")
			}
			continue
		}
		if strict && padStarted {
			return nil, binErr("Discontinuous padding not allowed")
		}
		pads = 0
		switch quad {
		case 0:
			left = int(v)
			quad = 1
		case 1:
			out = append(out, byte(left<<2|int(v)>>4))
			left = int(v) & 0x0f
			quad = 2
		case 2:
			out = append(out, byte(left<<4|int(v)>>2))
			left = int(v) & 0x03
			quad = 3
		case 3:
			out = append(out, byte(left<<6|int(v)))
			quad = 0
		}
	}
	switch quad {
	case 0:
		return out, nil
	case 1:
		return nil, binErr("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4", len(out)/3*4+1)
	}
	return nil, binErr("Incorrect padding")
}

func b2aBase64(data []byte, newline bool) []byte {
	out := []byte(base64.StdEncoding.EncodeToString(data))
	if newline {
		out = append(out, '\n')
	}
	return out
}

func setupBinascii(c *Context, m *py.Module) error {
	g := m.Globals
	g["Error"] = binasciiError
	g["Incomplete"] = binasciiIncomplete
	g["hexlify"] = hexFunc("hexlify")
	g["b2a_hex"] = hexFunc("b2a_hex")
	g["unhexlify"] = unhexFunc("unhexlify")
	g["a2b_hex"] = unhexFunc("a2b_hex")
	g["b2a_base64"] = goFunc(argSpec{name: "b2a_base64", params: []string{"data", "newline"}, posOnly: 1, required: 1, kwOnly: 1}, "Base64-code line of data.", func(a []py.Object) (py.Object, error) {
		data, err := bytesLike(a[0])
		if err != nil {
			return nil, err
		}
		nl := true
		if a[1] != nil {
			if nl, err = argTruth(a[1]); err != nil {
				return nil, err
			}
		}
		return py.Bytes(b2aBase64(data, nl)), nil
	})
	g["a2b_base64"] = goFunc(argSpec{name: "a2b_base64", params: []string{"data", "strict_mode"}, posOnly: 1, required: 1, kwOnly: 1}, "The bytes base64 text stands for; strict_mode rejects anything but well-formed input.", func(a []py.Object) (py.Object, error) {
		data, err := asciiData(a[0])
		if err != nil {
			return nil, err
		}
		strict, err := argTruth(a[1])
		if err != nil {
			return nil, err
		}
		out, err := a2bBase64(data, strict)
		if err != nil {
			return nil, err
		}
		return py.Bytes(out), nil
	})
	g["crc32"] = goFunc(argSpec{name: "crc32", params: []string{"data", "crc"}, posOnly: 2, required: 1}, "The CRC-32 of data, carrying on from crc (0 by default).", func(a []py.Object) (py.Object, error) {
		data, err := bytesLike(a[0])
		if err != nil {
			return nil, err
		}
		var crc uint32
		if a[1] != nil {
			b, err := indexBig(a[1])
			if err != nil {
				return nil, err
			}
			crc = uint32(new(big.Int).And(b, big.NewInt(0xffffffff)).Uint64())
		}
		return py.Int(crc32.Update(crc, crc32.IEEETable, data)), nil
	})
	g["crc_hqx"] = goFunc(argSpec{name: "crc_hqx", params: []string{"data", "crc"}, posOnly: 2, required: 2}, "The 16-bit CRC-CCITT of data, carrying on from crc.", func(a []py.Object) (py.Object, error) {
		data, err := bytesLike(a[0])
		if err != nil {
			return nil, err
		}
		start, err := py.MakeGoInt(a[1])
		if err != nil {
			return nil, err
		}
		crc := uint16(start)
		for _, b := range data {
			crc ^= uint16(b) << 8
			for i := 0; i < 8; i++ {
				if crc&0x8000 != 0 {
					crc = crc<<1 ^ 0x1021
				} else {
					crc <<= 1
				}
			}
		}
		return py.Int(crc), nil
	})
	return nil
}

// translate maps the bytes of from to to in data.
func translateBytes(data []byte, from, to string) []byte {
	out := make([]byte, len(data))
	for i, b := range data {
		out[i] = b
		if j := strings.IndexByte(from, b); j >= 0 {
			out[i] = to[j]
		}
	}
	return out
}

const (
	b32Std = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	b32Hex = "0123456789ABCDEFGHIJKLMNOPQRSTUV"
)

func b32encode(alphabet string, data []byte) []byte {
	var out []byte
	for i := 0; i < len(data); i += 5 {
		var chunk [5]byte
		n := copy(chunk[:], data[i:])
		var acc uint64
		for _, b := range chunk {
			acc = acc<<8 | uint64(b)
		}
		group := make([]byte, 8)
		for j := 7; j >= 0; j-- {
			group[j] = alphabet[acc&31]
			acc >>= 5
		}
		// Characters carrying no input bits become padding.
		keep := map[int]int{1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[n]
		for j := keep; j < 8; j++ {
			group[j] = '='
		}
		out = append(out, group...)
	}
	return out
}

func b32decode(alphabet string, data []byte, casefold bool, map01 []byte) ([]byte, error) {
	if len(data)%8 != 0 {
		return nil, binErr("Incorrect padding")
	}
	if map01 != nil {
		data = translateBytes(data, "01", "O"+string(map01))
	}
	if casefold {
		data = []byte(strings.ToUpper(string(data)))
	}
	total := len(data)
	body := strings.TrimRight(string(data), "=")
	pads := total - len(body)
	var out []byte
	var acc uint64
	for i := 0; i < len(body); i += 8 {
		end := min(i+8, len(body))
		acc = 0
		for _, c := range []byte(body[i:end]) {
			v := strings.IndexByte(alphabet, c)
			if v < 0 {
				return nil, binErr("Non-base32 digit found")
			}
			acc = acc<<5 | uint64(v)
		}
		acc <<= 5 * uint(8-(end-i))
		for j := 4; j >= 0; j-- {
			out = append(out, byte(acc>>(8*uint(j))))
		}
	}
	switch pads {
	case 0, 1, 3, 4, 6:
	default:
		return nil, binErr("Incorrect padding")
	}
	if pads > 0 && len(out) > 0 {
		keep := (43 - 5*pads) / 8
		out = out[:len(out)-5+keep]
	}
	return out, nil
}

func setupBase64(c *Context, m *py.Module) error {
	g := m.Globals
	encode := func(name string, fn func([]byte) []byte) *py.Method {
		return goFunc(argSpec{name: name, params: []string{"s"}, required: 1}, "", func(a []py.Object) (py.Object, error) {
			data, err := bytesLike(a[0])
			if err != nil {
				return nil, err
			}
			return py.Bytes(fn(data)), nil
		})
	}
	b64decode := func(data []byte, alt py.Object, validate bool) (py.Object, error) {
		if alt != nil && alt != py.None {
			altb, err := decodeData(alt)
			if err != nil {
				return nil, err
			}
			if len(altb) != 2 {
				return nil, py.ExceptionNewf(py.AssertionError, "%s", reprBytes(altb))
			}
			data = translateBytes(data, string(altb), "+/")
		}
		out, err := a2bBase64(data, validate)
		if err != nil {
			return nil, err
		}
		return py.Bytes(out), nil
	}
	g["b64encode"] = goFunc(argSpec{name: "b64encode", params: []string{"s", "altchars"}, required: 1}, "Encode the bytes-like object s using Base64.", func(a []py.Object) (py.Object, error) {
		data, err := bytesLike(a[0])
		if err != nil {
			return nil, err
		}
		out := b2aBase64(data, false)
		if a[1] != nil && a[1] != py.None {
			alt, err := bytesLike(a[1])
			if err != nil {
				return nil, err
			}
			if len(alt) != 2 {
				return nil, py.ExceptionNewf(py.AssertionError, "%s", reprBytes(alt))
			}
			out = translateBytes(out, "+/", string(alt))
		}
		return py.Bytes(out), nil
	})
	g["b64decode"] = goFunc(argSpec{name: "b64decode", params: []string{"s", "altchars", "validate"}, required: 1}, "Turn Base64 text (bytes or an ASCII str) back into the bytes it encodes.", func(a []py.Object) (py.Object, error) {
		data, err := decodeData(a[0])
		if err != nil {
			return nil, err
		}
		validate, err := argTruth(a[2])
		if err != nil {
			return nil, err
		}
		return b64decode(data, a[1], validate)
	})
	g["standard_b64encode"] = encode("standard_b64encode", func(b []byte) []byte { return b2aBase64(b, false) })
	g["standard_b64decode"] = goFunc(argSpec{name: "standard_b64decode", params: []string{"s"}, required: 1}, "", func(a []py.Object) (py.Object, error) {
		data, err := decodeData(a[0])
		if err != nil {
			return nil, err
		}
		return b64decode(data, nil, false)
	})
	g["urlsafe_b64encode"] = encode("urlsafe_b64encode", func(b []byte) []byte { return translateBytes(b2aBase64(b, false), "+/", "-_") })
	g["urlsafe_b64decode"] = goFunc(argSpec{name: "urlsafe_b64decode", params: []string{"s"}, required: 1}, "", func(a []py.Object) (py.Object, error) {
		data, err := decodeData(a[0])
		if err != nil {
			return nil, err
		}
		return b64decode(translateBytes(data, "-_", "+/"), nil, false)
	})
	g["b32encode"] = encode("b32encode", func(b []byte) []byte { return b32encode(b32Std, b) })
	g["b32hexencode"] = encode("b32hexencode", func(b []byte) []byte { return b32encode(b32Hex, b) })
	b32dec := func(name, alphabet string, withMap bool) *py.Method {
		params := []string{"s", "casefold"}
		if withMap {
			params = append(params, "map01")
		}
		return goFunc(argSpec{name: name, params: params, required: 1}, "", func(a []py.Object) (py.Object, error) {
			data, err := decodeData(a[0])
			if err != nil {
				return nil, err
			}
			fold, err := argTruth(a[1])
			if err != nil {
				return nil, err
			}
			var map01 []byte
			if withMap && a[2] != nil && a[2] != py.None {
				if map01, err = decodeData(a[2]); err != nil {
					return nil, err
				}
				if len(map01) != 1 {
					return nil, py.ExceptionNewf(py.AssertionError, "%s", reprBytes(map01))
				}
			}
			out, err := b32decode(alphabet, data, fold, map01)
			if err != nil {
				return nil, err
			}
			return py.Bytes(out), nil
		})
	}
	g["b32decode"] = b32dec("b32decode", b32Std, true)
	g["b32hexdecode"] = b32dec("b32hexdecode", b32Hex, false)
	g["b16encode"] = encode("b16encode", func(b []byte) []byte { return []byte(strings.ToUpper(string(hexlify(b, "", 1)))) })
	g["b16decode"] = goFunc(argSpec{name: "b16decode", params: []string{"s", "casefold"}, required: 1}, "", func(a []py.Object) (py.Object, error) {
		data, err := decodeData(a[0])
		if err != nil {
			return nil, err
		}
		fold, err := argTruth(a[1])
		if err != nil {
			return nil, err
		}
		if fold {
			data = []byte(strings.ToUpper(string(data)))
		}
		for _, ch := range data {
			if !(ch >= '0' && ch <= '9' || ch >= 'A' && ch <= 'F') {
				return nil, binErr("Non-base16 digit found")
			}
		}
		out, err := unhexlify(data)
		if err != nil {
			return nil, err
		}
		return py.Bytes(out), nil
	})
	inputCheck := func(o py.Object) ([]byte, error) {
		if b, ok := unwrap(o).(py.Bytes); ok {
			return []byte(b), nil
		}
		return nil, py.ExceptionNewf(py.TypeError, "expected bytes-like object, not %s", typeNameOf(o))
	}
	g["encodebytes"] = goFunc(argSpec{name: "encodebytes", params: []string{"s"}, required: 1}, "", func(a []py.Object) (py.Object, error) {
		data, err := inputCheck(a[0])
		if err != nil {
			return nil, err
		}
		var out []byte
		for i := 0; i < len(data); i += 57 {
			out = append(out, b2aBase64(data[i:min(i+57, len(data))], true)...)
		}
		return py.Bytes(out), nil
	})
	g["decodebytes"] = goFunc(argSpec{name: "decodebytes", params: []string{"s"}, required: 1}, "", func(a []py.Object) (py.Object, error) {
		data, err := inputCheck(a[0])
		if err != nil {
			return nil, err
		}
		out, err := a2bBase64(data, false)
		if err != nil {
			return nil, err
		}
		return py.Bytes(out), nil
	})
	return nil
}

// reprBytes is repr of a bytes value.
func reprBytes(b []byte) string {
	s, err := reprOf(py.Bytes(b))
	if err != nil {
		return fmt.Sprintf("%q", b)
	}
	return s
}

// suggestName is CPython's "Did you mean" hint for a mistyped name: the
// closest candidate by an edit distance where a change of case costs
// less than any other edit.
func suggestName(name string, candidates []string) string {
	const moveCost, caseCost = 2, 1
	best, bestCost := "", -1
	for _, c := range candidates {
		if c == name {
			continue
		}
		maxCost := (len(name) + len(c) + 3) * moveCost / 6
		a, b := name, c
		prev := make([]int, len(b)+1)
		cur := make([]int, len(b)+1)
		for j := range prev {
			prev[j] = j * moveCost
		}
		for i := 1; i <= len(a); i++ {
			cur[0] = i * moveCost
			for j := 1; j <= len(b); j++ {
				sub := 0
				if a[i-1] != b[j-1] {
					sub = moveCost
					if strings.EqualFold(a[i-1:i], b[j-1:j]) {
						sub = caseCost
					}
				}
				cur[j] = min(prev[j-1]+sub, prev[j]+moveCost, cur[j-1]+moveCost)
			}
			prev, cur = cur, prev
		}
		d := prev[len(b)]
		if d <= maxCost && (bestCost < 0 || d < bestCost) {
			best, bestCost = c, d
		}
	}
	if best == "" {
		return ""
	}
	return ". Did you mean '" + best + "'?"
}
