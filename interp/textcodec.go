package interp

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
	"golang.org/x/text/encoding/charmap"
)

// The text encodings str.encode, bytes.decode and text files know, looked
// up by name as CPython's codecs registry does, and the error handlers
// they share. The single-byte tables come from golang.org/x/text, with the
// few bytes where CPython's tables differ patched.

// codecKind is how a codec turns characters into bytes.
type codecKind int

const (
	kindUTF8 codecKind = iota
	kindASCII
	kindLatin1
	kindCharmap
	kindUTF16
	kindUTF32
	kindUnicodeEscape
	kindRawUnicodeEscape
)

// textCodec is one text encoding.
type textCodec struct {
	name    string // CPython's name for it, as codecs.lookup gives it
	errName string // the codec its UnicodeErrors name
	kind    codecKind
	bom     bool // a byte order mark starts the text (utf-8-sig, utf-16, utf-32)
	big     bool // big-endian (utf-16-be, utf-32-be)
	table   *charmap.Charmap
	c1      bool          // bytes 0x80-0x9f are the C1 controls (ISO 8859)
	fix     map[byte]rune // bytes CPython maps otherwise; U+FFFD: none
}

// noChar is what a decoder gives for bytes that make no character (a
// byte order mark, an escaped newline).
const noChar rune = -1

// codecs finds a codec by its normalised name; built on first use, so that
// start-up does not pay for the tables.
var codecs = sync.OnceValue(func() map[string]*textCodec {
	m := map[string]*textCodec{}
	for _, a := range codecAliases() {
		for _, name := range strings.Fields(a.aliases) {
			m[name] = a.codec
		}
	}
	return m
})

// utf8TextCodec is UTF-8, the default encoding, which files and the
// standard streams take without building the table of codecs.
var utf8TextCodec = &textCodec{name: "utf-8", errName: "utf-8", kind: kindUTF8}

// utf8Codec is the codec of UTF-8.
func utf8Codec() *textCodec { return utf8TextCodec }

// codecAlias is a codec and the names that find it, normalised as
// normaliseEncoding does.
type codecAlias struct {
	codec   *textCodec
	aliases string
}

// codecAliases lists every codec with its names.
func codecAliases() []codecAlias {
	return []codecAlias{
		{utf8TextCodec, "utf_8 utf8 u8 utf utf8_ucs2 utf8_ucs4 cp65001"},
		{&textCodec{name: "utf-8-sig", errName: "utf-8", kind: kindUTF8, bom: true}, "utf_8_sig"},
		{&textCodec{name: "ascii", errName: "ascii", kind: kindASCII}, "ascii 646 ansi_x3.4_1968 ansi_x3_4_1968 ansi_x3.4_1986 cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii"},
		{&textCodec{name: "iso8859-1", errName: "latin-1", kind: kindLatin1}, "latin_1 latin1 latin l1 iso8859_1 iso_8859_1 iso_8859_1_1987 iso8859 8859 cp819 ibm819 csisolatin1 iso_ir_100"},
		{&textCodec{name: "utf-16", errName: "utf-16", kind: kindUTF16, bom: true}, "utf_16 utf16 u16"},
		{&textCodec{name: "utf-16-le", errName: "utf-16-le", kind: kindUTF16}, "utf_16_le utf_16le unicodelittleunmarked"},
		{&textCodec{name: "utf-16-be", errName: "utf-16-be", kind: kindUTF16, big: true}, "utf_16_be utf_16be unicodebigunmarked"},
		{&textCodec{name: "utf-32", errName: "utf-32", kind: kindUTF32, bom: true}, "utf_32 utf32 u32"},
		{&textCodec{name: "utf-32-le", errName: "utf-32-le", kind: kindUTF32}, "utf_32_le utf_32le"},
		{&textCodec{name: "utf-32-be", errName: "utf-32-be", kind: kindUTF32, big: true}, "utf_32_be utf_32be"},
		{&textCodec{name: "unicode-escape", errName: "unicodeescape", kind: kindUnicodeEscape}, "unicode_escape"},
		{&textCodec{name: "raw-unicode-escape", errName: "rawunicodeescape", kind: kindRawUnicodeEscape}, "raw_unicode_escape"},
		{charmapCodec("iso8859-2", charmap.ISO8859_2), "iso8859_2 iso_8859_2 iso_8859_2_1987 iso_ir_101 l2 latin2 csisolatin2"},
		{charmapCodec("iso8859-3", charmap.ISO8859_3), "iso8859_3 iso_8859_3 iso_8859_3_1988 iso_ir_109 l3 latin3 csisolatin3"},
		{charmapCodec("iso8859-4", charmap.ISO8859_4), "iso8859_4 iso_8859_4 iso_8859_4_1988 iso_ir_110 l4 latin4 csisolatin4"},
		{charmapCodec("iso8859-5", charmap.ISO8859_5), "iso8859_5 iso_8859_5 iso_8859_5_1988 iso_ir_144 cyrillic csisolatincyrillic"},
		{charmapCodec("iso8859-6", charmap.ISO8859_6), "iso8859_6 iso_8859_6 iso_8859_6_1987 iso_ir_127 arabic asmo_708 ecma_114 csisolatinarabic"},
		{charmapCodec("iso8859-7", charmap.ISO8859_7), "iso8859_7 iso_8859_7 iso_8859_7_1987 iso_ir_126 greek greek8 ecma_118 elot_928 csisolatingreek"},
		{charmapCodec("iso8859-8", charmap.ISO8859_8), "iso8859_8 iso_8859_8 iso_8859_8_1988 iso_ir_138 hebrew csisolatinhebrew"},
		{charmapCodec("iso8859-9", charmap.ISO8859_9), "iso8859_9 iso_8859_9 iso_8859_9_1989 iso_ir_148 l5 latin5 csisolatin5"},
		{charmapCodec("iso8859-10", charmap.ISO8859_10), "iso8859_10 iso_8859_10 iso_8859_10_1992 iso_ir_157 l6 latin6 csisolatin6"},
		{charmapCodec("iso8859-11", charmap.Windows874, 0x80, 0x80, 0x85, 0x85, 0x91, 0x91, 0x92, 0x92, 0x93, 0x93, 0x94, 0x94, 0x95, 0x95, 0x96, 0x96, 0x97, 0x97), "iso8859_11 iso_8859_11 iso_8859_11_2001 thai"},
		{charmapCodec("iso8859-13", charmap.ISO8859_13), "iso8859_13 iso_8859_13 l7 latin7"},
		{charmapCodec("iso8859-14", charmap.ISO8859_14), "iso8859_14 iso_8859_14 iso_8859_14_1998 iso_celtic iso_ir_199 l8 latin8"},
		{charmapCodec("iso8859-15", charmap.ISO8859_15), "iso8859_15 iso_8859_15 l9 latin9"},
		{charmapCodec("iso8859-16", charmap.ISO8859_16), "iso8859_16 iso_8859_16 iso_8859_16_2001 iso_ir_226 l10 latin10"},
		{charmapCodec("cp437", charmap.CodePage437), "cp437 437 ibm437 cspc8codepage437"},
		{charmapCodec("cp850", charmap.CodePage850), "cp850 850 ibm850 cspc850multilingual"},
		{charmapCodec("cp852", charmap.CodePage852), "cp852 852 ibm852 cspcp852"},
		{charmapCodec("cp855", charmap.CodePage855), "cp855 855 ibm855 csibm855"},
		{charmapCodec("cp858", charmap.CodePage858), "cp858 858 ibm858 csibm858"},
		{charmapCodec("cp860", charmap.CodePage860), "cp860 860 ibm860 csibm860"},
		{charmapCodec("cp862", charmap.CodePage862), "cp862 862 ibm862 cspc862latinhebrew"},
		{charmapCodec("cp863", charmap.CodePage863), "cp863 863 ibm863 csibm863"},
		{charmapCodec("cp865", charmap.CodePage865), "cp865 865 ibm865 csibm865"},
		{charmapCodec("cp866", charmap.CodePage866), "cp866 866 ibm866 csibm866"},
		{charmapCodec("cp874", charmap.Windows874), "cp874"},
		{charmapCodec("cp1250", charmap.Windows1250), "cp1250 windows_1250"},
		{charmapCodec("cp1251", charmap.Windows1251), "cp1251 windows_1251"},
		{charmapCodec("cp1252", charmap.Windows1252), "cp1252 windows_1252"},
		{charmapCodec("cp1253", charmap.Windows1253), "cp1253 windows_1253"},
		{charmapCodec("cp1254", charmap.Windows1254), "cp1254 windows_1254"},
		{charmapCodec("cp1255", charmap.Windows1255, 0xca, 0xfffd), "cp1255 windows_1255"},
		{charmapCodec("cp1256", charmap.Windows1256), "cp1256 windows_1256"},
		{charmapCodec("cp1257", charmap.Windows1257), "cp1257 windows_1257"},
		{charmapCodec("cp1258", charmap.Windows1258), "cp1258 windows_1258"},
		{charmapCodec("koi8-r", charmap.KOI8R), "koi8_r cskoi8r"},
		{charmapCodec("koi8-u", charmap.KOI8U, 0xae, 0x255d, 0xbe, 0x256c), "koi8_u"},
		{charmapCodec("mac-roman", charmap.Macintosh), "mac_roman macroman macintosh"},
		{charmapCodec("mac-cyrillic", charmap.MacintoshCyrillic), "mac_cyrillic maccyrillic"},
	}
}

// charmapCodec is a single-byte codec over an x/text table; fix lists
// pairs of a byte and the character CPython maps it to instead.
func charmapCodec(name string, table *charmap.Charmap, fix ...rune) *textCodec {
	c := &textCodec{name: name, errName: "charmap", kind: kindCharmap, table: table, c1: strings.HasPrefix(name, "iso8859-")}
	if len(fix) > 0 {
		c.fix = map[byte]rune{}
		for i := 0; i < len(fix); i += 2 {
			c.fix[byte(fix[i])] = fix[i+1]
		}
	}
	return c
}

// normaliseEncoding is an encoding name as the registry looks it up:
// lower case, each run of punctuation or spaces (but dots) one '_'.
func normaliseEncoding(name string) string {
	var b strings.Builder
	pending := false
	for _, r := range strings.ToLower(name) {
		if r == '.' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if pending && b.Len() > 0 {
				b.WriteByte('_')
			}
			pending = false
			b.WriteRune(r)
			continue
		}
		pending = true
	}
	return b.String()
}

// lookupCodec finds the codec of an encoding name, or raises LookupError.
func lookupCodec(name string) (*textCodec, error) {
	n := normaliseEncoding(name)
	if n == "utf_8" || n == "utf8" {
		return utf8TextCodec, nil // the common case, without the table
	}
	if c, ok := codecs()[n]; ok {
		return c, nil
	}
	return nil, py.ExceptionNewf(py.LookupError, "unknown encoding: %s", name)
}

// unicodeDecodeError is UnicodeDecodeError(encoding, object, start, end,
// reason), whose str() CPython's way says which bytes were bad.
func unicodeDecodeError(codec string, object []byte, start, end int, reason string) error {
	return &py.Exception{Base: py.UnicodeDecodeError, Args: py.Tuple{py.String(codec), py.Bytes(append([]byte(nil), object...)), py.Int(start), py.Int(end), py.String(reason)}, Dict: py.NewStringDict()}
}

// unicodeEncodeError is UnicodeEncodeError(encoding, object, start, end,
// reason), positions counted in characters.
func unicodeEncodeError(codec string, object string, start, end int, reason string) error {
	return &py.Exception{Base: py.UnicodeEncodeError, Args: py.Tuple{py.String(codec), py.String(object), py.Int(start), py.Int(end), py.String(reason)}, Dict: py.NewStringDict()}
}

// unicodeErrorStr is str() of a UnicodeDecodeError or UnicodeEncodeError
// made of its five arguments; ok is false when they are not those.
func unicodeErrorStr(e *py.Exception) (string, bool) {
	args, _ := e.Args.(py.Tuple)
	if len(args) != 5 {
		return "", false
	}
	get := func(i int, name string) py.Object {
		if v, ok := e.Dict[name]; ok {
			return v
		}
		return args[i]
	}
	codec, ok1 := get(0, "encoding").(py.String)
	start, ok2 := get(2, "start").(py.Int)
	end, ok3 := get(3, "end").(py.Int)
	reason, ok4 := get(4, "reason").(py.String)
	if !ok1 || !ok2 || !ok3 || !ok4 {
		return "", false
	}
	switch obj := get(1, "object").(type) {
	case py.Bytes:
		if end == start+1 && start >= 0 && int(start) < len(obj) {
			return fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", codec, obj[start], start, reason), true
		}
		return fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", codec, start, end-1, reason), true
	case py.String:
		runes := []rune(string(obj))
		if end == start+1 && start >= 0 && int(start) < len(runes) {
			return fmt.Sprintf("'%s' codec can't encode character %s in position %d: %s", codec, escapeChar(runes[start]), start, reason), true
		}
		return fmt.Sprintf("'%s' codec can't encode characters in position %d-%d: %s", codec, start, end-1, reason), true
	}
	return "", false
}

// unicodeErrorFields are the attributes of a UnicodeError's arguments.
var unicodeErrorFields = map[string]int{"encoding": 0, "object": 1, "start": 2, "end": 3, "reason": 4}

// unicodeErrorAttr is an attribute of a UnicodeError made of five
// arguments: encoding, object, start, end and reason.
func unicodeErrorAttr(e *py.Exception, name string) (py.Object, bool) {
	args, _ := e.Args.(py.Tuple)
	if len(args) != 5 {
		return nil, false
	}
	if k, ok := unicodeErrorFields[name]; ok {
		return args[k], true
	}
	return nil, false
}

// escapeChar is how CPython names a character it cannot encode.
func escapeChar(r rune) string {
	switch {
	case r < 0x100:
		return fmt.Sprintf("'\\x%02x'", r)
	case r < 0x10000:
		return fmt.Sprintf("'\\u%04x'", r)
	}
	return fmt.Sprintf("'\\U%08x'", r)
}

// checkErrorHandler refuses an error handler name no codec knows.
func checkErrorHandler(errs string) error {
	switch errs {
	case "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass":
		return nil
	}
	return py.ExceptionNewf(py.LookupError, "unknown error handler name '%s'", errs)
}

// textDecoder turns bytes into characters with one codec, keeping what a
// stream needs between reads (the byte order found, a pending backslash).
type textDecoder struct {
	c       *textCodec
	errName string
	big     bool
	started bool // the byte order mark, if any, is behind
	literal bool // raw-unicode-escape: the next backslash stands for itself
}

func newTextDecoder(c *textCodec) *textDecoder {
	return &textDecoder{c: c, errName: c.errName, big: c.big}
}

// next decodes the character at the start of b (not empty): r, or noChar
// when the bytes make none, and n, the bytes it took. When reason is not
// "", b[:n] is invalid for that reason. n is 0 when b ends too soon to
// tell and final is false: more bytes may follow.
func (d *textDecoder) next(b []byte, final bool) (r rune, n int, reason string) {
	if !d.started && d.c.bom {
		if n, ok := d.byteOrderMark(b, final); !ok {
			return 0, 0, ""
		} else if n > 0 {
			d.started = true
			return noChar, n, ""
		}
	}
	d.started = true
	switch d.c.kind {
	case kindUTF8:
		n, reason, complete := utf8Next(b)
		if !complete && !final {
			return 0, 0, ""
		}
		if reason != "" {
			return 0, n, reason
		}
		r, _ := utf8.DecodeRune(b)
		return r, n, ""
	case kindASCII:
		if b[0] >= 0x80 {
			return 0, 1, "ordinal not in range(128)"
		}
		return rune(b[0]), 1, ""
	case kindLatin1:
		return rune(b[0]), 1, ""
	case kindCharmap:
		r := d.c.decodeByte(b[0])
		if r == utf8.RuneError {
			return 0, 1, "character maps to <undefined>"
		}
		return r, 1, ""
	case kindUTF16:
		return d.utf16Next(b, final)
	case kindUTF32:
		return d.utf32Next(b, final)
	case kindUnicodeEscape:
		return unicodeEscapeNext(b, final)
	}
	return d.rawEscapeNext(b, final)
}

// byteOrderMarks are the marks each codec with one may start with:
// little-endian first.
var byteOrderMarks = map[codecKind][][]byte{
	kindUTF8:  {{0xef, 0xbb, 0xbf}},
	kindUTF16: {{0xff, 0xfe}, {0xfe, 0xff}},
	kindUTF32: {{0xff, 0xfe, 0, 0}, {0, 0, 0xfe, 0xff}},
}

// byteOrderMark reads the byte order mark at the start of the text: its
// length (0 when there is none); ok is false when b is too short to tell.
func (d *textDecoder) byteOrderMark(b []byte, final bool) (n int, ok bool) {
	for i, m := range byteOrderMarks[d.c.kind] {
		if len(b) < len(m) && string(b) == string(m[:len(b)]) && !final {
			return 0, false
		}
		if strings.HasPrefix(string(b), string(m)) {
			d.big = i == 1
			d.errName = d.c.name + "-le"
			if d.big {
				d.errName = d.c.name + "-be"
			}
			return len(m), true
		}
	}
	if d.c.kind != kindUTF8 {
		d.errName = d.c.name + "-le"
	}
	return 0, true
}

// decodeByte is the character of byte b in a single-byte codec, U+FFFD
// when it has none.
func (c *textCodec) decodeByte(b byte) rune {
	if r, ok := c.fix[b]; ok {
		return r
	}
	r := c.table.DecodeByte(b)
	if r == utf8.RuneError && c.c1 && b >= 0x80 && b < 0xa0 {
		return rune(b)
	}
	return r
}

// unit16 is the UTF-16 code unit at the start of b.
func (d *textDecoder) unit16(b []byte) rune {
	if d.big {
		return rune(b[0])<<8 | rune(b[1])
	}
	return rune(b[1])<<8 | rune(b[0])
}

func (d *textDecoder) utf16Next(b []byte, final bool) (rune, int, string) {
	if len(b) < 2 {
		if !final {
			return 0, 0, ""
		}
		return 0, len(b), "truncated data"
	}
	u := d.unit16(b)
	switch {
	case u < 0xd800 || u > 0xdfff:
		return u, 2, ""
	case u >= 0xdc00:
		return 0, 2, "illegal encoding"
	case len(b) < 4:
		if !final {
			return 0, 0, ""
		}
		return 0, len(b), "unexpected end of data"
	}
	lo := d.unit16(b[2:])
	if lo < 0xdc00 || lo > 0xdfff {
		return 0, 2, "illegal UTF-16 surrogate"
	}
	return 0x10000 + (u-0xd800)<<10 + (lo - 0xdc00), 4, ""
}

func (d *textDecoder) utf32Next(b []byte, final bool) (rune, int, string) {
	if len(b) < 4 {
		if !final {
			return 0, 0, ""
		}
		return 0, len(b), "truncated data"
	}
	var u uint32
	if d.big {
		u = uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
	} else {
		u = uint32(b[3])<<24 | uint32(b[2])<<16 | uint32(b[1])<<8 | uint32(b[0])
	}
	switch {
	case u >= 0x110000:
		return 0, 4, "code point not in range(0x110000)"
	case u >= 0xd800 && u < 0xe000:
		return 0, 4, "code point in surrogate code point range(0xd800, 0xe000)"
	}
	return rune(u), 4, ""
}

// hexEscape reads the digits of a \x, \u or \U escape at b[2:]: the
// character, the bytes taken, and whether all size digits were there.
// more is set when b ends before size digits and more may follow.
func hexEscape(b []byte, size int, final bool) (r rune, n int, ok, more bool) {
	n = 2
	for n < 2+size && n < len(b) {
		v, isHex := unhex(b[n])
		if !isHex {
			return 0, n, false, false
		}
		r = r<<4 | rune(v)
		n++
	}
	if n < 2+size {
		return 0, n, false, !final
	}
	return r, n, true, false
}

// simpleEscapes are the characters of the one-letter escapes.
var simpleEscapes = map[byte]rune{'a': 7, 'b': 8, 'f': 12, 'n': 10, 'r': 13, 't': 9, 'v': 11}

// escapeSize is the number of hex digits of the escapes \x, \u and \U.
var escapeSize = map[byte]int{'x': 2, 'u': 4, 'U': 8}

// unicodeEscapeNext decodes the unicode-escape codec's next character:
// a byte as Latin-1, or a backslash escape as a Python literal has them.
func unicodeEscapeNext(b []byte, final bool) (rune, int, string) {
	if b[0] != '\\' {
		return rune(b[0]), 1, ""
	}
	if len(b) < 2 {
		if !final {
			return 0, 0, ""
		}
		return 0, 1, "\\ at end of string"
	}
	switch c := b[1]; c {
	case '\n':
		return noChar, 2, ""
	case '\\', '\'', '"':
		return rune(c), 2, ""
	case 'a', 'b', 'f', 'n', 'r', 't', 'v':
		return simpleEscapes[c], 2, ""
	case 'x', 'u', 'U':
		r, n, ok, more := hexEscape(b, escapeSize[c], final)
		switch {
		case more:
			return 0, 0, ""
		case !ok:
			return 0, n, map[byte]string{'x': "truncated \\xXX escape", 'u': "truncated \\uXXXX escape", 'U': "truncated \\UXXXXXXXX escape"}[c]
		case r > 0x10ffff:
			return 0, n, "illegal Unicode character"
		}
		return r, n, ""
	case 'N':
		if len(b) < 3 || b[2] != '{' {
			if len(b) < 3 && !final {
				return 0, 0, ""
			}
			return 0, min(len(b), 3), "malformed \\N character escape"
		}
		end := strings.IndexByte(string(b[3:]), '}')
		switch {
		case end < 0 && !final:
			return 0, 0, ""
		case end <= 0:
			return 0, len(b), "malformed \\N character escape"
		}
		return 0, 3 + end + 1, "unknown Unicode character name"
	}
	if b[1] >= '0' && b[1] <= '7' {
		var r rune
		n := 1
		for n < 4 && n < len(b) && b[n] >= '0' && b[n] <= '7' {
			r = r<<3 | rune(b[n]-'0')
			n++
		}
		if n < 4 && n == len(b) && !final {
			return 0, 0, ""
		}
		return r, n, ""
	}
	return '\\', 1, ""
}

// rawEscapeNext decodes the raw-unicode-escape codec's next character: a
// byte as Latin-1, or a \u or \U escape after an odd run of backslashes.
func (d *textDecoder) rawEscapeNext(b []byte, final bool) (rune, int, string) {
	if b[0] != '\\' {
		return rune(b[0]), 1, ""
	}
	if d.literal {
		d.literal = false
		return '\\', 1, ""
	}
	if len(b) < 2 {
		if !final {
			return 0, 0, ""
		}
		return '\\', 1, ""
	}
	switch c := b[1]; c {
	case '\\':
		d.literal = true
		return '\\', 1, ""
	case 'u', 'U':
		r, n, ok, more := hexEscape(b, escapeSize[c], final)
		switch {
		case more:
			return 0, 0, ""
		case !ok:
			return 0, n, map[byte]string{'u': "truncated \\uXXXX escape", 'U': "truncated \\UXXXXXXXX escape"}[c]
		case r > 0x10ffff:
			return 0, n, "\\Uxxxxxxxx out of range"
		}
		return r, n, ""
	}
	return '\\', 1, ""
}

// decodeHandled appends to out what the error handler errs makes of the
// invalid bytes bad; err is the error to raise when it raises.
func decodeHandled(out []rune, bad []byte, errs string, strictErr func() error) ([]rune, error) {
	switch errs {
	case "strict", "surrogateescape", "surrogatepass":
		// Characters cannot hold the lone surrogates these two make.
		return out, strictErr()
	case "ignore":
		return out, nil
	case "replace":
		return append(out, utf8.RuneError), nil
	case "backslashreplace":
		for _, c := range bad {
			out = append(out, []rune(fmt.Sprintf("\\x%02x", c))...)
		}
		return out, nil
	case "xmlcharrefreplace":
		return out, py.ExceptionNewf(py.TypeError, "don't know how to handle UnicodeDecodeError in error callback")
	}
	return out, checkErrorHandler(errs)
}

// decodeText decodes all of b with codec c and the error handler errs.
func decodeText(b []byte, c *textCodec, errs string) (string, error) {
	d := newTextDecoder(c)
	out := make([]rune, 0, len(b))
	for i := 0; i < len(b); {
		r, n, reason := d.next(b[i:], true)
		switch {
		case reason != "":
			var err error
			start := i
			out, err = decodeHandled(out, b[i:i+n], errs, func() error {
				return unicodeDecodeError(d.errName, b, start, start+n, reason)
			})
			if err != nil {
				return "", err
			}
		case r != noChar:
			out = append(out, r)
		}
		i += n
	}
	return string(out), nil
}

// encodeReason is why a codec cannot encode a character.
func (c *textCodec) encodeReason() string {
	switch c.kind {
	case kindASCII:
		return "ordinal not in range(128)"
	case kindLatin1:
		return "ordinal not in range(256)"
	case kindCharmap:
		return "character maps to <undefined>"
	}
	return "surrogates not allowed"
}

// byteOrderMark is what the codec writes before the text.
func (c *textCodec) byteOrderMark() []byte {
	if !c.bom {
		return nil
	}
	return byteOrderMarks[c.kind][0]
}

// appendRune appends r as c writes it; ok is false when c cannot.
func (c *textCodec) appendRune(dst []byte, r rune) (out []byte, ok bool) {
	switch c.kind {
	case kindUTF8:
		return utf8.AppendRune(dst, r), true
	case kindASCII, kindLatin1:
		if r >= 0x80 && c.kind == kindASCII || r >= 0x100 {
			return dst, false
		}
		return append(dst, byte(r)), true
	case kindCharmap:
		return c.appendCharmap(dst, r)
	case kindUTF16:
		if r >= 0x10000 {
			r -= 0x10000
			dst = c.appendUnit16(dst, 0xd800+r>>10)
			return c.appendUnit16(dst, 0xdc00+r&0x3ff), true
		}
		return c.appendUnit16(dst, r), true
	case kindUTF32:
		if c.big {
			return append(dst, byte(r>>24), byte(r>>16), byte(r>>8), byte(r)), true
		}
		return append(dst, byte(r), byte(r>>8), byte(r>>16), byte(r>>24)), true
	case kindRawUnicodeEscape:
		if r < 0x100 {
			return append(dst, byte(r)), true
		}
	case kindUnicodeEscape:
		switch {
		case r == '\\':
			return append(dst, `\\`...), true
		case r == '\t':
			return append(dst, `\t`...), true
		case r == '\n':
			return append(dst, `\n`...), true
		case r == '\r':
			return append(dst, `\r`...), true
		case r < 0x20 || r >= 0x7f && r < 0x100:
			return fmt.Appendf(dst, "\\x%02x", r), true
		case r < 0x80:
			return append(dst, byte(r)), true
		}
	}
	if r < 0x10000 {
		return fmt.Appendf(dst, "\\u%04x", r), true
	}
	return fmt.Appendf(dst, "\\U%08x", r), true
}

func (c *textCodec) appendUnit16(dst []byte, u rune) []byte {
	if c.big {
		return append(dst, byte(u>>8), byte(u))
	}
	return append(dst, byte(u), byte(u>>8))
}

// appendCharmap appends the byte a single-byte codec has for r.
func (c *textCodec) appendCharmap(dst []byte, r rune) ([]byte, bool) {
	for b, fr := range c.fix {
		if fr == r && r != utf8.RuneError {
			return append(dst, b), true
		}
	}
	if c.c1 && r >= 0x80 && r < 0xa0 {
		return append(dst, byte(r)), true
	}
	b, ok := c.table.EncodeRune(r)
	if _, fixed := c.fix[b]; !ok || fixed {
		return dst, false
	}
	return append(dst, b), true
}

// encodeText encodes s with codec c and the error handler errs; bom says
// whether a byte order mark goes first, for the codecs that write one.
func encodeText(s string, c *textCodec, errs string, bom bool) ([]byte, error) {
	out := make([]byte, 0, len(s))
	if bom {
		out = append(out, c.byteOrderMark()...)
	}
	if c.kind == kindUTF8 {
		// Every character is valid UTF-8: strings hold no lone surrogate.
		return append(out, s...), nil
	}
	runes := []rune(s)
	for i := 0; i < len(runes); i++ {
		var ok bool
		if out, ok = c.appendRune(out, runes[i]); ok {
			continue
		}
		j := i + 1
		for j < len(runes) {
			if _, ok := c.appendRune(nil, runes[j]); ok {
				break
			}
			j++
		}
		var repl string
		switch errs {
		case "strict", "surrogateescape", "surrogatepass":
			// No character is a lone surrogate, which is all these two
			// handlers take.
			return nil, unicodeEncodeError(c.errName, s, i, j, c.encodeReason())
		case "ignore":
		case "replace":
			repl = strings.Repeat("?", j-i)
		case "backslashreplace":
			repl = asciiEscapeRunes(runes[i:j])
		case "xmlcharrefreplace":
			for _, r := range runes[i:j] {
				repl += fmt.Sprintf("&#%d;", r)
			}
		default:
			return nil, checkErrorHandler(errs)
		}
		for _, r := range repl {
			out, _ = c.appendRune(out, r)
		}
		i = j - 1
	}
	return out, nil
}

// asciiEscapeRunes writes each character as \xNN, \uNNNN or \UNNNNNNNN.
func asciiEscapeRunes(runes []rune) string {
	var b strings.Builder
	for _, r := range runes {
		switch {
		case r < 0x100:
			fmt.Fprintf(&b, "\\x%02x", r)
		case r < 0x10000:
			fmt.Fprintf(&b, "\\u%04x", r)
		default:
			fmt.Fprintf(&b, "\\U%08x", r)
		}
	}
	return b.String()
}

// newUnicodeError checks the five arguments UnicodeDecodeError and
// UnicodeEncodeError are made of: encoding, object, start, end, reason.
func newUnicodeError(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 5 {
		return nil, py.ExceptionNewf(py.TypeError, "function takes exactly 5 arguments (%d given)", len(args))
	}
	args = append(py.Tuple(nil), args...)
	for _, i := range []int{0, 4} {
		if _, ok := args[i].(py.String); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "argument %d must be str, not %s", i+1, args[i].Type().Name)
		}
	}
	if t.IsSubtype(py.UnicodeDecodeError) {
		b, err := bytesLike(args[1])
		if err != nil {
			return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", args[1].Type().Name)
		}
		args[1] = py.Bytes(b)
	} else if _, ok := args[1].(py.String); !ok {
		return nil, py.ExceptionNewf(py.TypeError, "argument 2 must be str, not %s", args[1].Type().Name)
	}
	for _, i := range []int{2, 3} {
		n, err := toIndex(args[i])
		if err != nil {
			return nil, err
		}
		args[i] = py.Int(n)
	}
	return py.ExceptionNew(t, args, kwargs)
}

func init() {
	py.UnicodeDecodeError.New = newUnicodeError
	py.UnicodeEncodeError.New = newUnicodeError
}
