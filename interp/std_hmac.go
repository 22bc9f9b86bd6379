package interp

import (
	"crypto/subtle"
	"encoding/hex"
	"hash"
	"strings"

	"github.com/go-python/gpython/py"
)

// The hmac module: keyed digests (RFC 2104) over hashlib's algorithms,
// and compare_digest, which takes the same time wherever two values
// differ. No audit events.

func init() {
	registerStdlib("hmac", hmacDoc, setupHmac, "")
}

const hmacDoc = `Keyed message digests (HMAC, RFC 2104) over the hashlib algorithms.

new(key, msg=None, digestmod) starts one; digest(key, msg, digest) computes
one at once; compare_digest(a, b) compares two without leaking where they
differ through its running time.`

// hmacObject is a running HMAC: the inner hash, fed the padded key and the
// message, and the outer one, fed the padded key, which hashes the inner
// digest at the end.
type hmacObject struct {
	algo         *hashAlgo
	inner, outer hash.Hash
}

var hmacType = py.NewType("HMAC", "A running keyed digest: feed it bytes with update(), read it with digest().")

func (m *hmacObject) Type() *py.Type { return hmacType }

// newHmac starts an HMAC of algo with key.
func newHmac(algo *hashAlgo, key []byte) *hmacObject {
	if len(key) > algo.block {
		h := algo.newHash()
		h.Write(key)
		key = h.Sum(nil)
	}
	m := &hmacObject{algo: algo, inner: algo.newHash(), outer: algo.newHash()}
	m.inner.Write(keyPad(key, algo.block, 0x36))
	m.outer.Write(keyPad(key, algo.block, 0x5c))
	return m
}

// keyPad is the key, zero-filled to a block, each byte xored with b.
func keyPad(key []byte, block int, b byte) []byte {
	pad := make([]byte, block)
	for i := range pad {
		pad[i] = b
		if i < len(key) {
			pad[i] ^= key[i]
		}
	}
	return pad
}

// clone is an independent copy of m's state.
func (m *hmacObject) clone() (*hmacObject, error) {
	inner, err := (&hashObject{algo: m.algo, h: m.inner}).clone()
	if err != nil {
		return nil, err
	}
	outer, err := (&hashObject{algo: m.algo, h: m.outer}).clone()
	if err != nil {
		return nil, err
	}
	return &hmacObject{algo: m.algo, inner: inner, outer: outer}, nil
}

// sum is the digest of what was fed so far; the object can go on.
func (m *hmacObject) sum() ([]byte, error) {
	c, err := m.clone()
	if err != nil {
		return nil, err
	}
	c.outer.Write(c.inner.Sum(nil))
	return c.outer.Sum(nil), nil
}

// digestAlgo finds the algorithm digestmod names: a name, a hashlib
// constructor, or a module with new().
func digestAlgo(digestmod py.Object) (*hashAlgo, error) {
	if digestmod == nil || digestmod == py.None {
		return nil, py.ExceptionNewf(py.TypeError, "Missing required argument 'digestmod'.")
	}
	if name, ok := unwrap(digestmod).(py.String); ok {
		if algo, ok := hashAlgos[strings.ToLower(string(name))]; ok && !algo.xof {
			return algo, nil
		}
		return nil, py.ExceptionNewf(py.ValueError, "unsupported hash type %s", string(name))
	}
	maker := digestmod
	if mod, ok := digestmod.(*py.Module); ok {
		fn, ok := mod.Globals["new"]
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "digestmod module has no new()")
		}
		maker = fn
	}
	h, err := pyCall(maker, nil, nil)
	if err != nil {
		return nil, err
	}
	if ho, ok := h.(*hashObject); ok && !ho.algo.xof {
		return ho.algo, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "digestmod must make a hashlib hash object, not %s", h.Type().Name)
}

// startHmac is an HMAC of the algorithm digestmod names, keyed with key.
func startHmac(key, digestmod py.Object) (*hmacObject, error) {
	k, err := hmacBytes("key", key)
	if err != nil {
		return nil, err
	}
	algo, err := digestAlgo(digestmod)
	if err != nil {
		return nil, err
	}
	return newHmac(algo, k), nil
}

func setupHmac(_ *Context, m *py.Module) error {
	g := m.Globals
	g["new"] = goFunc(argSpec{name: "new", params: []string{"key", "msg", "digestmod"}, required: 1}, "new(key, msg=None, digestmod)\n\nAn HMAC object keyed with key, fed msg when given.", func(a []py.Object) (py.Object, error) {
		h, err := startHmac(a[0], a[2])
		if err != nil {
			return nil, err
		}
		if a[1] != nil && a[1] != py.None {
			msg, err := hashData(a[1])
			if err != nil {
				return nil, err
			}
			h.inner.Write(msg)
		}
		return h, nil
	})
	g["digest"] = goFunc(argSpec{name: "digest", params: []string{"key", "msg", "digest"}, required: 3}, "digest(key, msg, digest)\n\nThe HMAC of msg keyed with key, at once.", func(a []py.Object) (py.Object, error) {
		h, err := startHmac(a[0], a[2])
		if err != nil {
			return nil, err
		}
		msg, err := hashData(a[1])
		if err != nil {
			return nil, err
		}
		h.inner.Write(msg)
		sum, err := h.sum()
		return py.Bytes(sum), err
	})
	g["compare_digest"] = goFunc(argSpec{name: "compare_digest", params: []string{"a", "b"}, posOnly: 2, required: 2}, "compare_digest(a, b, /)\n\nWhether a == b, for two bytes-like objects or two ASCII strs, in a\ntime that does not depend on where they differ.", func(a []py.Object) (py.Object, error) {
		x, y, err := comparable(a[0], a[1])
		if err != nil {
			return nil, err
		}
		return py.NewBool(subtle.ConstantTimeCompare(x, y) == 1), nil
	})
	g["HMAC"] = hmacType
	g["digest_size"] = py.None
	return nil
}

// hmacBytes is a bytes-like key or message.
func hmacBytes(what string, o py.Object) ([]byte, error) {
	if b, ok := asBytes(o); ok {
		return b, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "%s: expected bytes or bytearray, but got '%s'", what, o.Type().Name)
}

// comparable are the two arguments of compare_digest: both bytes-like, or
// both str of ASCII characters.
func comparable(a, b py.Object) ([]byte, []byte, error) {
	if x, ok := unwrap(a).(py.String); ok {
		y, ok := unwrap(b).(py.String)
		if !ok {
			return nil, nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not 'str'")
		}
		for _, s := range []py.String{x, y} {
			for i := 0; i < len(s); i++ {
				if s[i] >= 0x80 {
					return nil, nil, py.ExceptionNewf(py.TypeError, "comparing strings with non-ASCII characters is not supported")
				}
			}
		}
		return []byte(x), []byte(y), nil
	}
	x, ok1 := asBytes(a)
	y, ok2 := asBytes(b)
	if !ok1 || !ok2 {
		return nil, nil, py.ExceptionNewf(py.TypeError, "unsupported operand types(s) or combination of types: '%s' and '%s'", a.Type().Name, b.Type().Name)
	}
	return x, y, nil
}

func init() {
	d := hmacType.Dict
	d["update"] = py.MustNewMethod("update", func(self py.Object, args py.Tuple) (py.Object, error) {
		var msg py.Object
		if err := py.UnpackTuple(args, nil, "update", 1, 1, &msg); err != nil {
			return nil, err
		}
		b, err := hashData(msg)
		if err != nil {
			return nil, err
		}
		self.(*hmacObject).inner.Write(b)
		return py.None, nil
	}, 0, "Feeds msg to the digest.")
	d["digest"] = py.MustNewMethod("digest", func(self py.Object) (py.Object, error) {
		sum, err := self.(*hmacObject).sum()
		return py.Bytes(sum), err
	}, 0, "The digest of what was fed so far, as bytes.")
	d["hexdigest"] = py.MustNewMethod("hexdigest", func(self py.Object) (py.Object, error) {
		sum, err := self.(*hmacObject).sum()
		return py.String(hex.EncodeToString(sum)), err
	}, 0, "The digest of what was fed so far, as a str of hex digits.")
	d["copy"] = py.MustNewMethod("copy", func(self py.Object) (py.Object, error) {
		return self.(*hmacObject).clone()
	}, 0, "An independent HMAC with the same state, to be fed separately.")
	for name, get := range map[string]func(m *hmacObject) py.Object{
		"name":        func(m *hmacObject) py.Object { return py.String("hmac-" + m.algo.name) },
		"digest_size": func(m *hmacObject) py.Object { return py.Int(m.algo.size) },
		"block_size":  func(m *hmacObject) py.Object { return py.Int(m.algo.block) },
	} {
		d[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return get(self.(*hmacObject)), nil }}
	}
}
