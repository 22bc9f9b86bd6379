package interp

import (
	"crypto/rand"
	"crypto/sha512"
	_ "embed" // the Python part of the random module
	"encoding/binary"
	"math/big"

	"github.com/go-python/gpython/py"
)

// The random module: the Mersenne Twister (MT19937) generator in Go,
// seeded from an int exactly as CPython seeds it, so that a script seeded
// with random.seed(n) sees CPython's sequence; the distributions are
// Python (interp/stdlib/random.py) built on random() and getrandbits().

//go:embed stdlib/random.py
var randomSource string

func init() {
	registerStdlib("random", "Random variable generators.", setupRandom, randomSource)
}

const mtN, mtM = 624, 397

// mtState is one generator's state.
type mtState struct {
	mt  [mtN]uint32
	mti int
}

var mtStateType = py.NewType("_mt_state", "State of a Mersenne Twister generator.")

func (s *mtState) Type() *py.Type { return mtStateType }

func (s *mtState) initGenrand(seed uint32) {
	s.mt[0] = seed
	for i := 1; i < mtN; i++ {
		s.mt[i] = 1812433253*(s.mt[i-1]^(s.mt[i-1]>>30)) + uint32(i)
	}
	s.mti = mtN
}

func (s *mtState) initByArray(key []uint32) {
	s.initGenrand(19650218)
	i, j := 1, 0
	k := max(mtN, len(key))
	for ; k > 0; k-- {
		s.mt[i] = (s.mt[i] ^ ((s.mt[i-1] ^ (s.mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			s.mt[0] = s.mt[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		s.mt[i] = (s.mt[i] ^ ((s.mt[i-1] ^ (s.mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			s.mt[0] = s.mt[mtN-1]
			i = 1
		}
	}
	s.mt[0] = 0x80000000
}

func (s *mtState) next() uint32 {
	const upper, lower, matrixA = 0x80000000, 0x7fffffff, 0x9908b0df
	if s.mti >= mtN {
		var kk int
		for kk = 0; kk < mtN-mtM; kk++ {
			y := (s.mt[kk] & upper) | (s.mt[kk+1] & lower)
			s.mt[kk] = s.mt[kk+mtM] ^ (y >> 1) ^ (y&1)*matrixA
		}
		for ; kk < mtN-1; kk++ {
			y := (s.mt[kk] & upper) | (s.mt[kk+1] & lower)
			s.mt[kk] = s.mt[kk+(mtM-mtN)] ^ (y >> 1) ^ (y&1)*matrixA
		}
		y := (s.mt[mtN-1] & upper) | (s.mt[0] & lower)
		s.mt[mtN-1] = s.mt[mtM-1] ^ (y >> 1) ^ (y&1)*matrixA
		s.mti = 0
	}
	y := s.mt[s.mti]
	s.mti++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// random is a float in [0, 1) with 53 random bits.
func (s *mtState) random() float64 {
	a, b := s.next()>>5, s.next()>>6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// seedInt seeds from the absolute value of n, as 32-bit words from the
// least significant.
func (s *mtState) seedInt(n *big.Int) {
	n = new(big.Int).Abs(n)
	words := n.Bits()
	var key []uint32
	for _, w := range words {
		key = append(key, uint32(w))
		if bitsPerWord := 32 << (^uint(0) >> 63); bitsPerWord == 64 {
			key = append(key, uint32(uint64(w)>>32))
		}
	}
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	s.initByArray(key)
}

func (s *mtState) getrandbits(k int) py.Object {
	if k <= 32 {
		if k == 0 {
			return py.Int(0)
		}
		return py.Int(s.next() >> (32 - k))
	}
	words := (k-1)/32 + 1
	buf := make([]byte, words*4)
	for i := 0; i < words; i, k = i+1, k-32 {
		r := s.next()
		if k < 32 {
			r >>= 32 - k
		}
		binary.BigEndian.PutUint32(buf[(words-1-i)*4:], r)
	}
	return fromBig(new(big.Int).SetBytes(buf))
}

func mtArg(o py.Object) (*mtState, error) {
	s, ok := o.(*mtState)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "expected a generator state, not %s", o.Type().Name)
	}
	return s, nil
}

func setupRandom(c *Context, m *py.Module) error {
	g := m.Globals
	g["_mt_new"] = py.MustNewMethod("_mt_new", func(py.Object, py.Tuple) (py.Object, error) {
		s := &mtState{}
		s.initGenrand(19650218)
		return s, nil
	}, 0, "")
	g["_mt_seed"] = py.MustNewMethod("_mt_seed", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "_mt_seed takes 2 arguments")
		}
		s, err := mtArg(args[0])
		if err != nil {
			return nil, err
		}
		if args[1] == py.None {
			var b [mtN * 4]byte
			if _, err := rand.Read(b[:]); err != nil {
				return nil, py.ExceptionNewf(py.OSError, "%v", err)
			}
			key := make([]uint32, mtN)
			for i := range key {
				key[i] = binary.LittleEndian.Uint32(b[i*4:])
			}
			s.initByArray(key)
			return py.None, nil
		}
		n, err := indexBig(args[1])
		if err != nil {
			return nil, err
		}
		s.seedInt(n)
		return py.None, nil
	}, 0, "")
	g["_mt_random"] = py.MustNewMethod("_mt_random", func(_ py.Object, arg py.Object) (py.Object, error) {
		s, err := mtArg(arg)
		if err != nil {
			return nil, err
		}
		return py.Float(s.random()), nil
	}, 0, "")
	g["_mt_getrandbits"] = py.MustNewMethod("_mt_getrandbits", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "getrandbits() takes exactly one argument (%d given)", len(args)-1)
		}
		s, err := mtArg(args[0])
		if err != nil {
			return nil, err
		}
		k, err := indexBig(args[1])
		if err != nil {
			return nil, err
		}
		if k.Sign() < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "number of bits must be non-negative")
		}
		if !k.IsInt64() || k.Int64() > 1<<30 {
			return nil, py.ExceptionNewf(py.OverflowError, "getrandbits() bit count too large")
		}
		return s.getrandbits(int(k.Int64())), nil
	}, 0, "")
	g["_mt_getstate"] = py.MustNewMethod("_mt_getstate", func(_ py.Object, arg py.Object) (py.Object, error) {
		s, err := mtArg(arg)
		if err != nil {
			return nil, err
		}
		t := make(py.Tuple, mtN+1)
		for i, w := range s.mt {
			t[i] = py.Int(w)
		}
		t[mtN] = py.Int(s.mti)
		return t, nil
	}, 0, "")
	g["_mt_setstate"] = py.MustNewMethod("_mt_setstate", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "_mt_setstate takes 2 arguments")
		}
		s, err := mtArg(args[0])
		if err != nil {
			return nil, err
		}
		t, ok := args[1].(py.Tuple)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "state vector must be a tuple")
		}
		if len(t) != mtN+1 {
			return nil, py.ExceptionNewf(py.ValueError, "state vector is the wrong size")
		}
		var mt [mtN]uint32
		for i := 0; i < mtN; i++ {
			b, err := indexBig(t[i])
			if err != nil {
				return nil, err
			}
			if b.Sign() < 0 || b.BitLen() > 32 {
				return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C unsigned long")
			}
			mt[i] = uint32(b.Uint64())
		}
		idx, err := indexBig(t[mtN])
		if err != nil {
			return nil, err
		}
		if idx.Sign() < 0 || idx.Cmp(big.NewInt(mtN)) > 0 {
			return nil, py.ExceptionNewf(py.ValueError, "invalid state")
		}
		s.mt, s.mti = mt, int(idx.Int64())
		return py.None, nil
	}, 0, "")
	g["_index"] = py.MustNewMethod("_index", func(_ py.Object, arg py.Object) (py.Object, error) {
		b, err := indexBig(arg)
		if err != nil {
			return nil, err
		}
		return fromBig(b), nil
	}, 0, "")
	g["_isint"] = py.MustNewMethod("_isint", func(_ py.Object, arg py.Object) (py.Object, error) {
		_, ok := toBig(arg)
		return py.NewBool(ok || isInt(arg)), nil
	}, 0, "")
	g["_sha512"] = py.MustNewMethod("_sha512", func(_ py.Object, arg py.Object) (py.Object, error) {
		b, ok := arg.(py.Bytes)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "expected bytes")
		}
		sum := sha512.Sum512(b)
		return py.Bytes(sum[:]), nil
	}, 0, "")
	g["_urandom"] = py.MustNewMethod("_urandom", func(_ py.Object, arg py.Object) (py.Object, error) {
		n, ok := arg.(py.Int)
		if !ok || n < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "negative argument not allowed")
		}
		b := make([]byte, n)
		if _, err := rand.Read(b); err != nil {
			return nil, py.ExceptionNewf(py.OSError, "%v", err)
		}
		return py.Bytes(b), nil
	}, 0, "")
	return nil
}
