package interp

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	_ "embed"
	"encoding"
	"encoding/hex"
	"hash"
	"strings"

	"github.com/go-python/gpython/py"
)

// The hashlib module: message digests computed in Go. Hashing is a pure
// computation and raises no audit event; file_digest reads through the
// file object it is given, which audited its own opening.

//go:embed stdlib/hashlib.py
var hashlibSource string

func init() {
	registerStdlib("hashlib", "Message digests (MD5, SHA-1, SHA-2, SHA-3, SHAKE) behind one interface.", setupHashlib, hashlibSource)
	hashType.Dict["__module__"] = py.String("_hashlib")
	hashType.ObjectType = py.TypeType
	for name, fn := range map[string]func(h *hashObject) py.Object{
		"name":        func(h *hashObject) py.Object { return py.String(h.algo.name) },
		"digest_size": func(h *hashObject) py.Object { return py.Int(h.algo.size) },
		"block_size":  func(h *hashObject) py.Object { return py.Int(h.algo.block) },
	} {
		hashType.Dict[name] = typeAttribute(func(self py.Object) (py.Object, error) {
			h, ok := self.(*hashObject)
			if !ok {
				return nil, attributeError(self, name)
			}
			return fn(h), nil
		})
	}
	hashType.Dict["update"] = py.MustNewMethod("update", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "update() takes exactly one argument (%d given)", len(args))
		}
		data, err := hashData(args[0])
		if err != nil {
			return nil, err
		}
		self.(*hashObject).write(data)
		return py.None, nil
	}, 0, "Feed more bytes into the hash.")
	hashType.Dict["digest"] = py.MustNewMethod("digest", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		sum, err := self.(*hashObject).sum("digest", args, kwargs)
		if err != nil {
			return nil, err
		}
		return py.Bytes(sum), nil
	}, 0, "The digest so far, as bytes.")
	hashType.Dict["hexdigest"] = py.MustNewMethod("hexdigest", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		sum, err := self.(*hashObject).sum("hexdigest", args, kwargs)
		if err != nil {
			return nil, err
		}
		return py.String(hex.EncodeToString(sum)), nil
	}, 0, "The digest so far, as a str of hex digits.")
	hashType.Dict["copy"] = py.MustNewMethod("copy", func(self py.Object) (py.Object, error) {
		return self.(*hashObject).copy()
	}, 0, "An independent hash object with the same state, to be fed separately.")
}

// hashAlgo is one algorithm hashlib offers.
type hashAlgo struct {
	name        string
	size, block int
	xof         bool // SHAKE: the length of the digest is chosen when reading it
	newHash     func() hash.Hash
}

var hashAlgos = map[string]*hashAlgo{}

func init() {
	for _, a := range []*hashAlgo{
		{name: "md5", size: 16, block: 64, newHash: md5.New},
		{name: "sha1", size: 20, block: 64, newHash: sha1.New},
		{name: "sha224", size: 28, block: 64, newHash: sha256.New224},
		{name: "sha256", size: 32, block: 64, newHash: sha256.New},
		{name: "sha384", size: 48, block: 128, newHash: sha512.New384},
		{name: "sha512", size: 64, block: 128, newHash: sha512.New},
		{name: "sha512_224", size: 28, block: 128, newHash: sha512.New512_224},
		{name: "sha512_256", size: 32, block: 128, newHash: sha512.New512_256},
		{name: "sha3_224", size: 28, block: 144, newHash: func() hash.Hash { return sha3.New224() }},
		{name: "sha3_256", size: 32, block: 136, newHash: func() hash.Hash { return sha3.New256() }},
		{name: "sha3_384", size: 48, block: 104, newHash: func() hash.Hash { return sha3.New384() }},
		{name: "sha3_512", size: 64, block: 72, newHash: func() hash.Hash { return sha3.New512() }},
		{name: "shake_128", size: 0, block: 168, xof: true, newHash: func() hash.Hash { return shakeHash{sha3.NewSHAKE128()} }},
		{name: "shake_256", size: 0, block: 136, xof: true, newHash: func() hash.Hash { return shakeHash{sha3.NewSHAKE256()} }},
	} {
		hashAlgos[a.name] = a
	}
}

// shakeHash lets a SHAKE function be held as a hash.Hash.
type shakeHash struct{ *sha3.SHAKE }

func (s shakeHash) Sum(b []byte) []byte { return b }
func (s shakeHash) Size() int           { return 0 }

// hashObject is a running hash: _hashlib.HASH.
type hashObject struct {
	algo *hashAlgo
	h    hash.Hash
}

var hashType = py.NewType("HASH", "A running message digest: feed it bytes with update(), read it with digest().")

func (h *hashObject) Type() *py.Type { return hashType }

func (h *hashObject) M__repr__() (py.Object, error) {
	return py.String("<" + h.algo.name + " _hashlib.HASH object @ " + hexAddr(h) + ">"), nil
}

func hexAddr(o py.Object) string {
	return "0x" + strings.TrimLeft(hex.EncodeToString([]byte{
		byte(objectID(o) >> 40), byte(objectID(o) >> 32), byte(objectID(o) >> 24),
		byte(objectID(o) >> 16), byte(objectID(o) >> 8), byte(objectID(o)),
	}), "0")
}

func (h *hashObject) write(data []byte) { h.h.Write(data) }

// clone returns an independent copy of the running state.
func (h *hashObject) clone() (hash.Hash, error) {
	n := h.algo.newHash()
	var state []byte
	var err error
	switch v := h.h.(type) {
	case shakeHash:
		state, err = v.SHAKE.MarshalBinary()
		if err == nil {
			err = n.(shakeHash).SHAKE.UnmarshalBinary(state)
		}
		return n, err
	case encoding.BinaryMarshaler:
		state, err = v.MarshalBinary()
	}
	if err == nil {
		err = n.(encoding.BinaryUnmarshaler).UnmarshalBinary(state)
	}
	if err != nil {
		return nil, py.ExceptionNewf(py.ValueError, "%v", err)
	}
	return n, nil
}

func (h *hashObject) copy() (py.Object, error) {
	n, err := h.clone()
	if err != nil {
		return nil, err
	}
	return &hashObject{algo: h.algo, h: n}, nil
}

// sum is the digest so far; SHAKE takes the length as argument.
func (h *hashObject) sum(method string, args py.Tuple, kwargs py.StringDict) ([]byte, error) {
	if !h.algo.xof {
		if len(args) > 0 || len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "HASH.%s() takes no arguments (%d given)", method, len(args)+len(kwargs))
		}
		return h.h.Sum(nil), nil
	}
	a, err := argSpec{name: method, params: []string{"length"}, required: 1}.bind(args, kwargs)
	if err != nil {
		return nil, err
	}
	n, err := py.MakeGoInt(a[0])
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "negative digest length")
	}
	if n >= 1<<29 {
		return nil, py.ExceptionNewf(py.ValueError, "digest length is too large")
	}
	c, err := h.clone()
	if err != nil {
		return nil, err
	}
	out := make([]byte, n)
	c.(shakeHash).Read(out)
	return out, nil
}

// hashData is the data hashed from o: a bytes-like object.
func hashData(o py.Object) ([]byte, error) {
	if b, ok := asBytes(o); ok {
		return b, nil
	}
	switch unwrap(o).(type) {
	case py.String:
		return nil, py.ExceptionNewf(py.TypeError, "Strings must be encoded before hashing")
	}
	return nil, py.ExceptionNewf(py.TypeError, "object supporting the buffer API required")
}

// newHash starts a hash of algo over the optional initial data.
func newHash(algo *hashAlgo, data py.Object) (py.Object, error) {
	h := &hashObject{algo: algo, h: algo.newHash()}
	if data != nil && data != py.None {
		b, err := hashData(data)
		if err != nil {
			return nil, err
		}
		h.write(b)
	}
	return h, nil
}

func setupHashlib(c *Context, m *py.Module) error {
	g := m.Globals
	for name, algo := range hashAlgos {
		algo := algo
		g[name] = goFunc(argSpec{name: "openssl_" + name, params: []string{"string", "usedforsecurity"}, required: 0, kwOnly: 1}, "A new "+name+" hash object, fed the bytes of string first when given.", func(a []py.Object) (py.Object, error) {
			return newHash(algo, a[0])
		})
	}
	g["new"] = goFunc(argSpec{name: "new", params: []string{"name", "data", "usedforsecurity", "string"}, required: 1, kwOnly: 2}, "A hash object for the algorithm called name, optionally fed data first.", func(a []py.Object) (py.Object, error) {
		name, ok := unwrap(a[0]).(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "new() argument 'name' must be str, not %s", typeNameOf(a[0]))
		}
		algo, ok := hashAlgos[strings.ToLower(string(name))]
		if !ok {
			return nil, py.ExceptionNewf(py.ValueError, "unsupported hash type %s", string(name))
		}
		data := a[1]
		if a[3] != nil {
			if data != nil {
				return nil, py.ExceptionNewf(py.TypeError, "'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.")
			}
			data = a[3]
		}
		return newHash(algo, data)
	})
	g["HASH"] = hashType
	return nil
}
