// Package pyobj holds Python object types spython uses in place of
// gpython's own: an insertion-ordered dict and a set and frozenset whose
// iteration order is CPython's, all keyed by any hashable value, and the
// hash function they share.
package pyobj

import (
	"encoding/binary"
	"math"
	"math/big"
	"math/bits"
	"reflect"

	"github.com/go-python/gpython/py"
)

func init() {
	if err := py.TypeMakeReady(); err != nil {
		panic(err)
	}
}

// HashModulus is the prime 2**61-1 that CPython's numeric hash reduces
// every number modulo, so that equal numbers of any type hash alike.
const HashModulus = 1<<61 - 1

const (
	// HashInf is the hash of float('inf'); float('-inf') hashes as its
	// negation.
	HashInf = 314159
	// HashNone is the hash of None in CPython 3.12 and later.
	HashNone = 0xFCA86420
	// hashImag is the weight of a complex number's imaginary part in its
	// hash.
	hashImag = 1000003
)

// Hash returns CPython's hash of o. Numbers hash as in CPython (an int,
// its equal float and its equal bool share a hash); str and bytes use a
// fixed-seed hash of their content; tuples and frozensets combine their
// elements' hashes as CPython does; objects implementing py.I__hash__
// hash by it; other objects hash by identity. Mutable containers raise
// TypeError.
func Hash(o py.Object) (int64, error) {
	switch x := o.(type) {
	case py.String:
		return HashString(string(x)), nil
	case py.Int:
		return HashInt64(int64(x)), nil
	case py.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case py.Float:
		return HashFloat(float64(x)), nil
	case *py.BigInt:
		return hashBigInt((*big.Int)(x)), nil
	case py.Complex:
		return hashComplex(complex128(x)), nil
	case py.Bytes:
		return hashBytes(x, bytesSeed), nil
	case py.Tuple:
		return hashTuple(x)
	case py.NoneType:
		return HashNone, nil
	case *py.List, py.StringDict:
		return 0, unhashable(o)
	case py.I__hash__:
		return hashByMethod(x)
	case *py.Type:
		return hashInstance(x)
	}
	return HashIdentity(o), nil
}

// unhashable is the TypeError CPython raises on hashing o.
func unhashable(o py.Object) error {
	return py.ExceptionNewf(py.TypeError, "unhashable type: '%s'", o.Type().Name)
}

// hashByMethod calls o.__hash__ and checks it returned an int.
func hashByMethod(o py.I__hash__) (int64, error) {
	res, err := o.M__hash__()
	if err != nil {
		return 0, err
	}
	return hashResult(res)
}

// hashResult turns what a __hash__ method returned into a hash, reducing
// big ints as CPython does.
func hashResult(res py.Object) (int64, error) {
	switch r := res.(type) {
	case py.Int:
		if r == -1 {
			return -2, nil
		}
		return int64(r), nil
	case py.Bool:
		if r {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		return hashBigInt((*big.Int)(r)), nil
	}
	return 0, py.ExceptionNewf(py.TypeError, "__hash__ method should return an integer")
}

// hashInstance hashes an instance of a class defined in Python as gpython
// represents it: by its class's __hash__ when it has one, else by
// identity. A class whose __hash__ is None makes its instances
// unhashable.
func hashInstance(t *py.Type) (int64, error) {
	cls := t.Type()
	if cls == nil || cls == py.TypeType || t.Name != "" {
		return HashIdentity(t), nil
	}
	fn := cls.Lookup("__hash__")
	if fn == nil {
		return HashIdentity(t), nil
	}
	if fn == py.None {
		return 0, unhashable(t)
	}
	res, err := py.Call(fn, py.Tuple{t}, nil)
	if err != nil {
		return 0, err
	}
	return hashResult(res)
}

// HashInt64 is CPython's hash of the int v.
func HashInt64(v int64) int64 {
	if v > -HashModulus && v < HashModulus {
		if v == -1 {
			return -2
		}
		return v
	}
	neg := v < 0
	mag := uint64(v)
	if neg {
		mag = -mag
	}
	return signedHash(mag%HashModulus, neg)
}

// signedHash applies sign to a reduced magnitude, avoiding -1 which
// CPython reserves for errors.
func signedHash(mag uint64, neg bool) int64 {
	h := int64(mag)
	if neg {
		h = -h
	}
	if h == -1 {
		return -2
	}
	return h
}

var bigModulus = big.NewInt(HashModulus)

// hashBigInt is CPython's hash of an arbitrary-precision int.
func hashBigInt(b *big.Int) int64 {
	if b.IsInt64() {
		return HashInt64(b.Int64())
	}
	var r big.Int
	r.Abs(b)
	r.Mod(&r, bigModulus)
	return signedHash(r.Uint64(), b.Sign() < 0)
}

// HashFloat is CPython's hash of the float f: a float that is a whole
// number hashes as the equal int, and every finite float hashes as the
// rational number it is, modulo 2**61-1. NaN hashes as 0 (spython floats
// have no identity to hash by).
func HashFloat(f float64) int64 {
	switch {
	case math.IsNaN(f):
		return 0
	case math.IsInf(f, 1):
		return HashInf
	case math.IsInf(f, -1):
		return -HashInf
	case f == 0:
		return 0
	}
	neg := f < 0
	frac, exp := math.Frexp(math.Abs(f))
	// f == mant * 2**exp exactly, mant < 2**53 < the modulus.
	mant := uint64(math.Ldexp(frac, 53))
	exp -= 53
	// 2**61 == 1 modulo 2**61-1, so multiplying by 2**exp is a rotation
	// of the 61-bit residue by exp modulo 61.
	rot := ((exp % 61) + 61) % 61
	return signedHash(rotate61(mant, uint(rot)), neg)
}

// rotate61 rotates the 61-bit value x left by r bits (0 <= r < 61).
func rotate61(x uint64, r uint) uint64 {
	if r == 0 {
		return x
	}
	return ((x << r) & HashModulus) | (x >> (61 - r))
}

// hashComplex combines the hashes of the real and imaginary parts as
// CPython does.
func hashComplex(c complex128) int64 {
	re := uint64(HashFloat(real(c)))
	im := uint64(HashFloat(imag(c)))
	h := int64(re + hashImag*im)
	if h == -1 {
		return -2
	}
	return h
}

// Seeds of the content hashes of str and bytes: fixed, so that spython's
// set order for strings is the same from run to run.
const (
	strSeed   = 0x2d358dccaa6c78a5
	bytesSeed = 0x8bb84b93962eacc9
)

// HashString hashes a str by its content.
func HashString(s string) int64 {
	return hashBytes([]byte(s), strSeed)
}

const (
	mixMul1 = 0xbf58476d1ce4e5b9
	mixMul2 = 0x94d049bb133111eb
	mixMul3 = 0x9e3779b97f4a7c15
)

// finalMix scrambles the bits of h so that every input bit affects every
// output bit.
func finalMix(h uint64) uint64 {
	h ^= h >> 30
	h *= mixMul1
	h ^= h >> 27
	h *= mixMul2
	h ^= h >> 31
	return h
}

// hashBytes is a 64-bit content hash taking eight bytes a step.
func hashBytes(b []byte, seed uint64) int64 {
	h := seed ^ (uint64(len(b)) * mixMul3)
	for len(b) >= 8 {
		w := binary.LittleEndian.Uint64(b)
		h = bits.RotateLeft64(h^(w*mixMul1), 29) * mixMul2
		b = b[8:]
	}
	var tail uint64
	for i, c := range b {
		tail |= uint64(c) << (8 * i)
	}
	h = bits.RotateLeft64(h^(tail*mixMul1), 29) * mixMul2
	r := int64(finalMix(h))
	if r == -1 {
		return -2
	}
	return r
}

// Constants of the tuple hash, an xxHash-style accumulator as CPython 3.8
// and later use.
const (
	tuplePrime1   = 11400714785074694791
	tuplePrime2   = 14029467366897019727
	tuplePrime5   = 2870177450012600261
	tupleLenMix   = 3527539
	tupleMinusOne = 1546275796
)

// hashTuple combines the hashes of the tuple's items in order.
func hashTuple(t py.Tuple) (int64, error) {
	acc := uint64(tuplePrime5)
	for _, item := range t {
		h, err := Hash(item)
		if err != nil {
			return 0, err
		}
		acc += uint64(h) * tuplePrime2
		acc = bits.RotateLeft64(acc, 31)
		acc *= tuplePrime1
	}
	acc += uint64(len(t)) ^ (tuplePrime5 ^ tupleLenMix)
	if acc == math.MaxUint64 {
		return tupleMinusOne, nil
	}
	return int64(acc), nil
}

// HashIdentity hashes o by its identity: its address for reference
// values, its type for values without one.
func HashIdentity(o py.Object) int64 {
	v := reflect.ValueOf(o)
	switch v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan, reflect.UnsafePointer:
		// Addresses are aligned: drop the always-zero low bits.
		h := int64(bits.RotateLeft64(uint64(v.Pointer()), -4))
		if h == -1 {
			return -2
		}
		return h
	}
	return HashString(v.Type().String())
}

// identical reports whether a and b are the same object, without ever
// comparing values Go cannot compare.
func identical(a, b py.Object) bool {
	switch x := a.(type) {
	case py.String:
		y, ok := b.(py.String)
		return ok && x == y
	case py.Int:
		y, ok := b.(py.Int)
		return ok && x == y
	}
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	if va.Type() != vb.Type() {
		return false
	}
	switch va.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Func, reflect.Chan, reflect.UnsafePointer:
		return va.Pointer() == vb.Pointer()
	case reflect.Slice:
		return va.Pointer() == vb.Pointer() && va.Len() == vb.Len()
	}
	return va.Type().Comparable() && va.Comparable() && va.Equal(vb)
}

// Equal reports whether a == b as a dict or set compares keys: the same
// object is always equal to itself, otherwise == decides by its truth
// value. Objects neither of which defines equality are equal only to
// themselves.
func Equal(a, b py.Object) (bool, error) {
	if identical(a, b) {
		return true, nil
	}
	if x, ok := a.(py.String); ok {
		if y, ok := b.(py.String); ok {
			return x == y, nil
		}
	}
	_, aeq := a.(py.I__eq__)
	_, beq := b.(py.I__eq__)
	if !aeq && !beq {
		return false, nil
	}
	res, err := py.Eq(a, b)
	if err != nil {
		return false, err
	}
	return truth(res)
}

// truth is the truth value of o as Python's bool() sees it.
func truth(o py.Object) (bool, error) {
	if b, ok := o.(py.Bool); ok {
		return bool(b), nil
	}
	res, err := py.MakeBool(o)
	if err != nil {
		return false, err
	}
	return res == py.True, nil
}

// Repr is repr() of the keys and values a dict, set or view prints. A
// program whose interpreter writes some values differently from
// gpython's repr (spython does, for tuples and floats) sets it once,
// before any script runs.
var Repr = py.ReprAsString
