package pyobj

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// SetType and FrozenSetType are the types of Set.
var (
	SetType = py.NewTypeX("set", `set(iterable=(), /)

A mutable collection of distinct hashable items, without order.`, setNew, setInit)
	FrozenSetType = py.NewTypeX("frozenset", `frozenset(iterable=(), /)

An immutable, hashable set.`, frozenSetNew, nil)
	SetIteratorType = py.NewType("set_iterator", "")
)

// Table geometry of a Set, as CPython's set behaves: the table starts
// with 8 slots, a probe looks at a run of up to 10 neighbouring slots
// before jumping by the perturbed recurrence, and the table grows once
// 3/5 of its slots are used or dummy.
const (
	setMinSize      = 8
	setLinearProbes = 9
	setPerturbShift = 5
	setBigUsed      = 50000
)

// setDummyKey marks a slot whose element was removed. It never leaves
// the table, so its Type is never asked for by Python code.
type setDummyKey struct{}

func (setDummyKey) Type() *py.Type { return py.NoneType{}.Type() }

var setDummy py.Object = &setDummyKey{}

// setSlot is one slot of a Set's table: empty (nil key), dummy, or an
// element with its hash.
type setSlot struct {
	key  py.Object
	hash int64
}

// Set is Python's set or frozenset (the frozen flag tells which). Its
// open-addressing table behaves as CPython's does, so that it iterates
// in the same order whenever the elements' hashes are the same.
type Set struct {
	table  []setSlot
	fill   int // slots live or dummy
	used   int // live slots
	finger int // where pop() looks first
	frozen bool
	hashed bool
	hash   int64
	inRepr bool
}

// NewSet returns an empty set.
func NewSet() *Set {
	return &Set{table: make([]setSlot, setMinSize)}
}

// NewFrozenSet returns an empty frozenset, to be filled with Add before
// it is shared.
func NewFrozenSet() *Set {
	s := NewSet()
	s.frozen = true
	return s
}

// newLike returns an empty set of the same kind as s.
func (s *Set) newLike() *Set {
	r := NewSet()
	r.frozen = s.frozen
	return r
}

// Type returns SetType or FrozenSetType.
func (s *Set) Type() *py.Type {
	if s.frozen {
		return FrozenSetType
	}
	return SetType
}

// Frozen reports whether s is a frozenset.
func (s *Set) Frozen() bool { return s.frozen }

// Len is the number of elements.
func (s *Set) Len() int { return s.used }

// Items returns the elements in iteration order.
func (s *Set) Items() []py.Object {
	items := make([]py.Object, 0, s.used)
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			items = append(items, e.key)
		}
	}
	return items
}

func (s *Set) mask() uint64 { return uint64(len(s.table) - 1) }

// nextProbe is where the search goes after the run of slots from i.
func nextProbe(i, perturb, mask uint64) (uint64, uint64) {
	perturb >>= setPerturbShift
	return (i*5 + 1 + perturb) & mask, perturb
}

// runLength is how many slots after i the linear run covers.
func runLength(i, mask uint64) uint64 {
	if i+setLinearProbes <= mask {
		return setLinearProbes
	}
	return 0
}

// keysEqual compares a table element with a key of the same hash. It
// reports restart when the comparison changed the table.
func (s *Set) keysEqual(slot int, key py.Object) (eq, restart bool, err error) {
	start := s.table[slot].key
	if identical(start, key) {
		return true, false, nil
	}
	table := s.table
	eq, err = Equal(start, key)
	if err != nil {
		return false, false, err
	}
	if eq {
		return true, false, nil
	}
	changed := len(table) != len(s.table) || &table[0] != &s.table[0] || s.table[slot].key != start
	return false, changed, nil
}

// find returns the slot holding key, or -1.
func (s *Set) find(key py.Object, hash int64) (int, error) {
restart:
	mask := s.mask()
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		for j := i; j <= i+runLength(i, mask); j++ {
			e := &s.table[j]
			if e.key == nil {
				return -1, nil
			}
			if e.hash == hash && e.key != setDummy {
				eq, again, err := s.keysEqual(int(j), key)
				if err != nil {
					return -1, err
				}
				if again {
					goto restart
				}
				if eq {
					return int(j), nil
				}
			}
		}
		i, perturb = nextProbe(i, perturb, mask)
	}
}

// addEntry adds key with its hash unless an equal element is there.
func (s *Set) addEntry(key py.Object, hash int64) error {
restart:
	mask := s.mask()
	perturb := uint64(hash)
	i := uint64(hash) & mask
	free := -1
	for {
		for j := i; j <= i+runLength(i, mask); j++ {
			e := &s.table[j]
			switch {
			case e.key == nil:
				s.placeNew(int(j), free, key, hash)
				return nil
			case e.key == setDummy:
				// The dummy met last on the probe sequence is reused.
				free = int(j)
			case e.hash == hash:
				eq, again, err := s.keysEqual(int(j), key)
				if err != nil {
					return err
				}
				if again {
					goto restart
				}
				if eq {
					return nil
				}
			}
		}
		i, perturb = nextProbe(i, perturb, mask)
	}
}

// placeNew stores a new element in the last dummy slot met (free) or
// else the empty slot, growing the table when it gets too full.
func (s *Set) placeNew(empty, free int, key py.Object, hash int64) {
	s.hashed = false
	if free >= 0 {
		s.table[free] = setSlot{key: key, hash: hash}
		s.used++
		return
	}
	s.table[empty] = setSlot{key: key, hash: hash}
	s.fill++
	s.used++
	if uint64(s.fill)*5 >= s.mask()*3 {
		s.resize(s.growTarget())
	}
}

// insertClean puts an element known to be absent into a table without
// dummies.
func (s *Set) insertClean(key py.Object, hash int64) {
	mask := s.mask()
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		for j := i; j <= i+runLength(i, mask); j++ {
			if s.table[j].key == nil {
				s.table[j] = setSlot{key: key, hash: hash}
				return
			}
		}
		i, perturb = nextProbe(i, perturb, mask)
	}
}

// resize rebuilds the table with more than minUsed slots, reinserting the
// elements in table order.
func (s *Set) resize(minUsed int) {
	size := setMinSize
	for size <= minUsed {
		size <<= 1
	}
	old := s.table
	s.table = make([]setSlot, size)
	for _, e := range old {
		if e.key != nil && e.key != setDummy {
			s.insertClean(e.key, e.hash)
		}
	}
	s.fill = s.used
}

// hashKey hashes an element to look up; a set looked up is taken as the
// frozenset of the same elements, as CPython does.
func hashKey(key py.Object) (py.Object, int64, error) {
	h, err := Hash(key)
	if err == nil {
		return key, h, nil
	}
	if ks, ok := key.(*Set); ok && !ks.frozen {
		fk := ks.frozenCopy()
		h, herr := Hash(fk)
		return fk, h, herr
	}
	return nil, 0, err
}

// frozenCopy returns a frozenset of the elements of s.
func (s *Set) frozenCopy() *Set {
	f := NewFrozenSet()
	// An empty set takes elements without comparing them: no error.
	_ = f.merge(s)
	return f
}

// Add adds o to the set.
func (s *Set) Add(o py.Object) error {
	h, err := Hash(o)
	if err != nil {
		return err
	}
	return s.addEntry(o, h)
}

// Contains reports whether o is in the set.
func (s *Set) Contains(o py.Object) (bool, error) {
	key, h, err := hashKey(o)
	if err != nil {
		return false, err
	}
	slot, err := s.find(key, h)
	return slot >= 0, err
}

// containsHash is Contains for a key whose hash is known.
func (s *Set) containsHash(key py.Object, h int64) (bool, error) {
	slot, err := s.find(key, h)
	return slot >= 0, err
}

// Discard removes o if present and reports whether it was.
func (s *Set) Discard(o py.Object) (bool, error) {
	key, h, err := hashKey(o)
	if err != nil {
		return false, err
	}
	return s.discardHash(key, h)
}

func (s *Set) discardHash(key py.Object, h int64) (bool, error) {
	slot, err := s.find(key, h)
	if err != nil || slot < 0 {
		return false, err
	}
	s.table[slot] = setSlot{key: setDummy, hash: -1}
	s.used--
	s.hashed = false
	return true, nil
}

// Pop removes and returns an element, scanning from where the last pop
// stopped.
func (s *Set) Pop() (py.Object, error) {
	if s.used == 0 {
		return nil, py.ExceptionNewf(py.KeyError, "pop from an empty set")
	}
	mask := int(s.mask())
	i := s.finger & mask
	for s.table[i].key == nil || s.table[i].key == setDummy {
		i++
		if i > mask {
			i = 0
		}
	}
	key := s.table[i].key
	s.table[i] = setSlot{key: setDummy, hash: -1}
	s.used--
	s.finger = i + 1
	return key, nil
}

// Clear removes every element.
func (s *Set) Clear() {
	s.table = make([]setSlot, setMinSize)
	s.fill = 0
	s.used = 0
	s.hashed = false
}

// merge adds the elements of the set o, placing them exactly as o has
// them when s is empty and as large as o.
func (s *Set) merge(o *Set) error {
	if o == s || o.used == 0 {
		return nil
	}
	if uint64(s.fill+o.used)*5 >= s.mask()*3 {
		s.resize((s.used + o.used) * 2)
	}
	s.hashed = false
	if s.fill != 0 {
		for _, e := range o.liveSlots() {
			if err := s.addEntry(e.key, e.hash); err != nil {
				return err
			}
		}
		return nil
	}
	if len(s.table) == len(o.table) && o.fill == o.used {
		copy(s.table, o.table)
	} else {
		for _, e := range o.table {
			if e.key != nil && e.key != setDummy {
				s.insertClean(e.key, e.hash)
			}
		}
	}
	s.fill, s.used = o.used, o.used
	return nil
}

// liveSlots returns a snapshot of the elements with their hashes in
// table order.
func (s *Set) liveSlots() []setSlot {
	live := make([]setSlot, 0, s.used)
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			live = append(live, e)
		}
	}
	return live
}

// Update adds the elements of the iterable o, as set.update does: a set,
// a frozenset or a dict is merged by the stored hashes of its elements.
func (s *Set) Update(o py.Object) error { return s.updateFrom(o) }

// FrozenSetConstant is the frozenset CPython's compiler makes of a set
// display whose items are all constants (as in `x in {1, 2, 3}` or
// `for x in {1, 2, 3}`): a frozenset of the items, rebuilt from its own
// iteration order when the compiler merges constants.
func FrozenSetConstant(items []py.Object) (*Set, error) {
	first := NewFrozenSet()
	for _, it := range items {
		if err := first.Add(it); err != nil {
			return nil, err
		}
	}
	f := NewFrozenSet()
	for _, e := range first.liveSlots() {
		if err := f.addEntry(e.key, e.hash); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// NewSetFromConstants builds the set display of constant items as
// CPython does: with more than two items, it merges the compiler's
// frozenset constant into an empty set, which can order the elements
// otherwise than adding them one by one; with two or fewer, it adds them
// in order.
func NewSetFromConstants(items []py.Object) (*Set, error) {
	s := NewSet()
	if len(items) <= 2 {
		for _, it := range items {
			if err := s.Add(it); err != nil {
				return nil, err
			}
		}
		return s, nil
	}
	f, err := FrozenSetConstant(items)
	if err != nil {
		return nil, err
	}
	return s, s.merge(f)
}

// updateFrom adds the elements of the iterable o, as set.update does.
func (s *Set) updateFrom(o py.Object) error {
	switch x := o.(type) {
	case *Set:
		return s.merge(x)
	case *Dict:
		if uint64(s.fill+x.used)*5 >= s.mask()*3 {
			s.resize((s.used + x.used) * 2)
		}
		for _, e := range x.entries[x.head:] {
			if e.key == nil {
				continue
			}
			if err := s.addEntry(e.key, e.hash); err != nil {
				return err
			}
		}
		return nil
	}
	return iterate(o, s.Add)
}

// copySet returns a new set of s's kind with the same elements.
func (s *Set) copySet() *Set {
	c := s.newLike()
	// An empty set takes elements without comparing them: no error.
	_ = c.merge(s)
	return c
}

// union is s | others...: a copy of s updated with each.
func (s *Set) union(others ...py.Object) (*Set, error) {
	r := s.copySet()
	for _, o := range others {
		if err := r.updateFrom(o); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// intersection is s & o: it walks the smaller set, keeping what the
// larger holds.
func (s *Set) intersection(o py.Object) (*Set, error) {
	if o == py.Object(s) {
		return s.copySet(), nil
	}
	r := s.newLike()
	if os, ok := o.(*Set); ok {
		big, small := s, os
		if os.used > s.used {
			big, small = os, s
		}
		for _, e := range small.liveSlots() {
			in, err := big.containsHash(e.key, e.hash)
			if err != nil {
				return nil, err
			}
			if in {
				if err := r.addEntry(e.key, e.hash); err != nil {
					return nil, err
				}
			}
		}
		return r, nil
	}
	err := iterate(o, func(x py.Object) error {
		h, err := Hash(x)
		if err != nil {
			return err
		}
		in, err := s.containsHash(x, h)
		if err != nil || !in {
			return err
		}
		return r.addEntry(x, h)
	})
	if err != nil {
		return nil, err
	}
	return r, nil
}

// intersectionMulti is s.intersection(*others).
func (s *Set) intersectionMulti(others py.Tuple) (*Set, error) {
	r := s
	if len(others) == 0 {
		return s.copySet(), nil
	}
	for _, o := range others {
		next, err := r.intersection(o)
		if err != nil {
			return nil, err
		}
		r = next
	}
	return r, nil
}

// intersectionUpdate keeps only the elements also in o.
func (s *Set) intersectionUpdate(o py.Object) error {
	r, err := s.intersection(o)
	if err != nil {
		return err
	}
	s.takeTable(r)
	return nil
}

// takeTable replaces s's contents with r's.
func (s *Set) takeTable(r *Set) {
	s.table, s.fill, s.used = r.table, r.fill, r.used
	s.hashed = false
}

// otherSize is the size of a set or dict, for choosing how to compute a
// difference.
func otherSize(o py.Object) (int, bool) {
	switch x := o.(type) {
	case *Set:
		return x.used, true
	case *Dict:
		return x.used, true
	}
	return 0, false
}

// difference is s - o.
func (s *Set) difference(o py.Object) (*Set, error) {
	n, ok := otherSize(o)
	if !ok || s.used>>2 > n {
		r := s.copySet()
		if err := r.differenceUpdate(o); err != nil {
			return nil, err
		}
		return r, nil
	}
	r := s.newLike()
	for _, e := range s.liveSlots() {
		in, err := containsKeyHash(o, e.key, e.hash)
		if err != nil {
			return nil, err
		}
		if !in {
			if err := r.addEntry(e.key, e.hash); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

// containsKeyHash looks key up in a set or dict by its known hash.
func containsKeyHash(o py.Object, key py.Object, h int64) (bool, error) {
	if os, ok := o.(*Set); ok {
		return os.containsHash(key, h)
	}
	_, ok, err := o.(*Dict).getHash(key, h)
	return ok, err
}

// differenceUpdate removes every element of o.
func (s *Set) differenceUpdate(o py.Object) error {
	if o == py.Object(s) {
		s.Clear()
		return nil
	}
	var err error
	if os, ok := o.(*Set); ok {
		for _, e := range os.liveSlots() {
			if _, err = s.discardHash(e.key, e.hash); err != nil {
				break
			}
		}
	} else {
		err = iterate(o, func(x py.Object) error {
			_, err := s.Discard(x)
			return err
		})
	}
	if err != nil {
		return err
	}
	// Once more than a quarter of the slots are dummies, rebuild.
	if uint64(s.fill-s.used) > s.mask()/4 {
		s.resize(s.growTarget())
	}
	return nil
}

// growTarget is the size a full table is rebuilt for.
func (s *Set) growTarget() int {
	if s.used > setBigUsed {
		return s.used * 2
	}
	return s.used * 4
}

// symmetricDifferenceUpdate toggles the membership of each element of o.
func (s *Set) symmetricDifferenceUpdate(o py.Object) error {
	if o == py.Object(s) {
		s.Clear()
		return nil
	}
	var slots []setSlot
	switch x := o.(type) {
	case *Dict:
		for _, e := range x.entries[x.head:] {
			if e.key != nil {
				slots = append(slots, setSlot{key: e.key, hash: e.hash})
			}
		}
	case *Set:
		slots = x.liveSlots()
	default:
		tmp := NewSet()
		if err := tmp.updateFrom(o); err != nil {
			return err
		}
		slots = tmp.liveSlots()
	}
	for _, e := range slots {
		found, err := s.discardHash(e.key, e.hash)
		if err != nil {
			return err
		}
		if !found {
			if err := s.addEntry(e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// symmetricDifference is s ^ o: a set of o's elements, of s's kind,
// updated with s.
func (s *Set) symmetricDifference(o py.Object) (*Set, error) {
	r := s.newLike()
	if err := r.updateFrom(o); err != nil {
		return nil, err
	}
	if err := r.symmetricDifferenceUpdate(s); err != nil {
		return nil, err
	}
	return r, nil
}

// asSetOperand returns o as a *Set if it is a set or frozenset, or else
// builds a set from the iterable.
func asSetOperand(o py.Object) (*Set, error) {
	if os, ok := o.(*Set); ok {
		return os, nil
	}
	return toSet(o)
}

// isSubset reports whether every element of s is in o (a set).
func (s *Set) isSubset(o *Set) (bool, error) {
	if s.used > o.used {
		return false, nil
	}
	for _, e := range s.liveSlots() {
		in, err := o.containsHash(e.key, e.hash)
		if err != nil || !in {
			return false, err
		}
	}
	return true, nil
}

// isDisjoint reports whether s and the iterable o share no element.
func (s *Set) isDisjoint(o py.Object) (bool, error) {
	if os, ok := o.(*Set); ok {
		small, big := s, os
		if os.used < s.used {
			small, big = os, s
		}
		for _, e := range small.liveSlots() {
			in, err := big.containsHash(e.key, e.hash)
			if err != nil || in {
				return false, err
			}
		}
		return true, nil
	}
	disjoint := true
	err := iterate(o, func(x py.Object) error {
		in, err := s.Contains(x)
		if in {
			disjoint = false
			return errStop
		}
		return err
	})
	if err != nil && err != errStop {
		return false, err
	}
	return disjoint, nil
}

// frozenHash is CPython's order-independent frozenset hash: the xor of
// each element's hash with its bits shuffled, then mixed with the size.
func (s *Set) frozenHash() int64 {
	if s.hashed {
		return s.hash
	}
	var h uint64
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			h ^= shuffleBits(uint64(e.hash))
		}
	}
	h ^= (uint64(s.used) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if h == ^uint64(0) {
		h = 590923713
	}
	s.hash, s.hashed = int64(h), true
	return s.hash
}

// shuffleBits spreads the bits of an element's hash so that nearby
// hashes do not cancel out under xor.
func shuffleBits(h uint64) uint64 {
	return ((h ^ 89869747) ^ (h << 16)) * 3644798167
}

// repr is {a, b}, set(), frozenset({a, b}) or frozenset().
func (s *Set) repr() (py.Object, error) {
	name := s.Type().Name
	if s.used == 0 {
		return py.String(name + "()"), nil
	}
	if s.inRepr {
		return py.String(name + "(...)"), nil
	}
	s.inRepr = true
	defer func() { s.inRepr = false }()
	var b strings.Builder
	if s.frozen {
		b.WriteString(name + "(")
	}
	b.WriteByte('{')
	for i, k := range s.Items() {
		if i > 0 {
			b.WriteString(", ")
		}
		ks, err := Repr(k)
		if err != nil {
			return nil, err
		}
		b.WriteString(ks)
	}
	b.WriteByte('}')
	if s.frozen {
		b.WriteByte(')')
	}
	return py.String(b.String()), nil
}

// SetIter iterates over a set in table order.
type SetIter struct {
	s    *Set
	pos  int
	size int // the set's size when iteration began
	left int
	done bool
}

// Type returns set_iterator.
func (it *SetIter) Type() *py.Type { return SetIteratorType }

// M__iter__ returns the iterator itself.
func (it *SetIter) M__iter__() (py.Object, error) { return it, nil }

// M__next__ yields the next element.
func (it *SetIter) M__next__() (py.Object, error) {
	if it.done {
		return nil, py.StopIteration
	}
	if it.s.used != it.size {
		it.done = true
		return nil, py.ExceptionNewf(py.RuntimeError, "Set changed size during iteration")
	}
	for it.pos < len(it.s.table) {
		e := it.s.table[it.pos]
		it.pos++
		if e.key != nil && e.key != setDummy {
			it.left--
			return e.key, nil
		}
	}
	it.done = true
	return nil, py.StopIteration
}

// M__length_hint__ is the number of elements left.
func (it *SetIter) M__length_hint__() (py.Object, error) {
	if it.done {
		return py.Int(0), nil
	}
	return py.Int(it.left), nil
}

// setSelf finds the set a method applies to: the bound self, or the
// first argument when the method is called from the type.
func setSelf(tname, name string, self py.Object, args py.Tuple) (*Set, py.Tuple, error) {
	if s, ok := self.(*Set); ok {
		return s, args, nil
	}
	if len(args) == 0 {
		return nil, nil, py.ExceptionNewf(py.TypeError, "unbound method %s.%s() needs an argument", tname, name)
	}
	if s, ok := Unwrap(args[0]).(*Set); ok && s.Type().Name == tname {
		return s, args[1:], nil
	}
	return nil, nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, tname, args[0].Type().Name)
}

// setArity is how many arguments a set method takes.
type setArity int

const (
	setNoArgs setArity = iota
	setOneArg
	setVarArgs
)

// setMethodFn is the body of a set method once self and its arguments
// are checked.
type setMethodFn func(s *Set, args py.Tuple) (py.Object, error)

// setMethod makes a method of the set type tname.
func setMethod(tname, name string, arity setArity, doc string, fn setMethodFn) *Method {
	return newMethod(name, doc, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		s, args, err := setSelf(tname, name, self, args)
		if err != nil {
			return nil, err
		}
		if err := checkSetArgs(tname, name, arity, args, kwargs); err != nil {
			return nil, err
		}
		return fn(s, args)
	})
}

// checkSetArgs checks a set method's arguments with CPython's messages.
func checkSetArgs(tname, name string, arity setArity, args py.Tuple, kwargs py.StringDict) error {
	if len(kwargs) != 0 {
		return py.ExceptionNewf(py.TypeError, "%s.%s() takes no keyword arguments", tname, name)
	}
	switch {
	case arity == setNoArgs && len(args) != 0:
		return py.ExceptionNewf(py.TypeError, "%s.%s() takes no arguments (%d given)", tname, name, len(args))
	case arity == setOneArg && len(args) != 1:
		return py.ExceptionNewf(py.TypeError, "%s.%s() takes exactly one argument (%d given)", tname, name, len(args))
	}
	return nil
}

// setMethodDef describes one set method.
type setMethodDef struct {
	name    string
	arity   setArity
	mutates bool
	doc     string
	fn      setMethodFn
}

var setMethodDefs = []setMethodDef{
	{"add", setOneArg, true, "Adds the item (nothing happens when it is there already).", func(s *Set, a py.Tuple) (py.Object, error) {
		return py.None, s.Add(a[0])
	}},
	{"remove", setOneArg, true, "Takes the item out; KeyError when it is not there.", setRemove},
	{"discard", setOneArg, true, "Takes the item out when it is there.", func(s *Set, a py.Tuple) (py.Object, error) {
		_, err := s.Discard(a[0])
		return py.None, err
	}},
	{"pop", setNoArgs, true, "Takes out and returns some item; KeyError when the set is empty.", func(s *Set, _ py.Tuple) (py.Object, error) {
		return s.Pop()
	}},
	{"clear", setNoArgs, true, "Empties the set.", func(s *Set, _ py.Tuple) (py.Object, error) {
		s.Clear()
		return py.None, nil
	}},
	{"copy", setNoArgs, false, "A new set of the same items (the items themselves are not copied).", func(s *Set, _ py.Tuple) (py.Object, error) {
		if s.frozen {
			return s, nil
		}
		return s.copySet(), nil
	}},
	{"update", setVarArgs, true, "Adds the items of every argument (set |= a | b).", func(s *Set, a py.Tuple) (py.Object, error) {
		for _, o := range a {
			if err := s.updateFrom(o); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	}},
	{"union", setVarArgs, false, "A new set of the items in the set or in any argument (a | b).", func(s *Set, a py.Tuple) (py.Object, error) {
		return s.union(a...)
	}},
	{"intersection", setVarArgs, false, "A new set of the items in the set and in every argument (a & b).", func(s *Set, a py.Tuple) (py.Object, error) {
		return s.intersectionMulti(a)
	}},
	{"intersection_update", setVarArgs, true, "Keeps only the items every argument has too (set &= a & b).", func(s *Set, a py.Tuple) (py.Object, error) {
		r, err := s.intersectionMulti(a)
		if err != nil {
			return nil, err
		}
		s.takeTable(r)
		return py.None, nil
	}},
	{"difference", setVarArgs, false, "A new set of the items no argument has (a - b).", setDifferenceMulti},
	{"difference_update", setVarArgs, true, "Takes out the items any argument has (set -= a | b).", func(s *Set, a py.Tuple) (py.Object, error) {
		for _, o := range a {
			if err := s.differenceUpdate(o); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	}},
	{"symmetric_difference", setOneArg, false, "A new set of the items in exactly one of the two (a ^ b).", func(s *Set, a py.Tuple) (py.Object, error) {
		return s.symmetricDifference(a[0])
	}},
	{"symmetric_difference_update", setOneArg, true, "Keeps the items in exactly one of the two (set ^= other).", func(s *Set, a py.Tuple) (py.Object, error) {
		return py.None, s.symmetricDifferenceUpdate(a[0])
	}},
	{"issubset", setOneArg, false, "Whether every item is also in other (set <= other).", setIsSubset},
	{"issuperset", setOneArg, false, "Whether every item of other is also in the set (set >= other).", setIsSuperset},
	{"isdisjoint", setOneArg, false, "Whether the two have no item in common.", func(s *Set, a py.Tuple) (py.Object, error) {
		ok, err := s.isDisjoint(a[0])
		if err != nil {
			return nil, err
		}
		return py.NewBool(ok), nil
	}},
	{"__contains__", setOneArg, false, "item in set.", func(s *Set, a py.Tuple) (py.Object, error) {
		return s.M__contains__(a[0])
	}},
}

func init() {
	for _, def := range setMethodDefs {
		SetType.Dict[def.name] = setMethod("set", def.name, def.arity, def.doc, def.fn)
		if !def.mutates {
			FrozenSetType.Dict[def.name] = setMethod("frozenset", def.name, def.arity, def.doc, def.fn)
		}
	}
}

func setRemove(s *Set, a py.Tuple) (py.Object, error) {
	found, err := s.Discard(a[0])
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, keyError(a[0])
	}
	return py.None, nil
}

func setDifferenceMulti(s *Set, a py.Tuple) (py.Object, error) {
	if len(a) == 0 {
		return s.copySet(), nil
	}
	r, err := s.difference(a[0])
	if err != nil {
		return nil, err
	}
	for _, o := range a[1:] {
		if err := r.differenceUpdate(o); err != nil {
			return nil, err
		}
	}
	return r, nil
}

func setIsSubset(s *Set, a py.Tuple) (py.Object, error) {
	o, err := asSetOperand(a[0])
	if err != nil {
		return nil, err
	}
	ok, err := s.isSubset(o)
	if err != nil {
		return nil, err
	}
	return py.NewBool(ok), nil
}

func setIsSuperset(s *Set, a py.Tuple) (py.Object, error) {
	if o, ok := a[0].(*Set); ok {
		sup, err := o.isSubset(s)
		if err != nil {
			return nil, err
		}
		return py.NewBool(sup), nil
	}
	all := true
	err := iterate(a[0], func(x py.Object) error {
		in, err := s.Contains(x)
		if err == nil && !in {
			all = false
			return errStop
		}
		return err
	})
	if err != nil && err != errStop {
		return nil, err
	}
	return py.NewBool(all), nil
}

// setNew is set.__new__: an empty set, filled by setInit.
func setNew(_ *py.Type, _ py.Tuple, _ py.StringDict) (py.Object, error) {
	return NewSet(), nil
}

// setInit is set.__init__(self, [iterable]).
func setInit(self py.Object, args py.Tuple, kwargs py.StringDict) error {
	s, ok := self.(*Set)
	if !ok || s.frozen {
		return py.ExceptionNewf(py.TypeError, "descriptor '__init__' requires a 'set' object but received a '%s'", self.Type().Name)
	}
	if len(kwargs) != 0 {
		return py.ExceptionNewf(py.TypeError, "set() takes no keyword arguments")
	}
	if len(args) > 1 {
		return py.ExceptionNewf(py.TypeError, "set expected at most 1 argument, got %d", len(args))
	}
	if s.fill > 0 {
		s.Clear()
	}
	if len(args) == 1 {
		return s.updateFrom(args[0])
	}
	return nil
}

// frozenSetNew is frozenset(iterable=()).
func frozenSetNew(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "frozenset() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "frozenset expected at most 1 argument, got %d", len(args))
	}
	s := NewFrozenSet()
	if len(args) == 0 {
		return s, nil
	}
	if o, ok := args[0].(*Set); ok && o.frozen {
		return o, nil
	}
	if err := s.updateFrom(args[0]); err != nil {
		return nil, err
	}
	return s, nil
}

// Python-visible behaviour through gpython's interfaces.

// M__len__ is len(s).
func (s *Set) M__len__() (py.Object, error) { return py.Int(s.used), nil }

// M__bool__ is bool(s).
func (s *Set) M__bool__() (py.Object, error) { return py.NewBool(s.used > 0), nil }

// M__iter__ iterates in table order.
func (s *Set) M__iter__() (py.Object, error) {
	return &SetIter{s: s, size: s.used, left: s.used}, nil
}

// M__contains__ is x in s.
func (s *Set) M__contains__(x py.Object) (py.Object, error) {
	ok, err := s.Contains(x)
	if err != nil {
		return nil, err
	}
	return py.NewBool(ok), nil
}

// M__repr__ is repr(s).
func (s *Set) M__repr__() (py.Object, error) { return s.repr() }

// M__str__ is str(s).
func (s *Set) M__str__() (py.Object, error) { return s.repr() }

// M__hash__ is the frozenset hash; a set is unhashable.
func (s *Set) M__hash__() (py.Object, error) {
	if !s.frozen {
		return nil, unhashable(s)
	}
	return py.Int(s.frozenHash()), nil
}

// setBinary applies a set operation when other is a set or frozenset.
func (s *Set) setBinary(other py.Object, op func(*Set) (*Set, error)) (py.Object, error) {
	o, ok := other.(*Set)
	if !ok {
		return py.NotImplemented, nil
	}
	return op(o)
}

// M__or__ is s | other.
func (s *Set) M__or__(other py.Object) (py.Object, error) {
	return s.setBinary(other, func(o *Set) (*Set, error) { return s.union(o) })
}

// M__and__ is s & other.
func (s *Set) M__and__(other py.Object) (py.Object, error) {
	return s.setBinary(other, func(o *Set) (*Set, error) { return s.intersection(o) })
}

// M__sub__ is s - other.
func (s *Set) M__sub__(other py.Object) (py.Object, error) {
	return s.setBinary(other, func(o *Set) (*Set, error) { return s.difference(o) })
}

// M__xor__ is s ^ other.
func (s *Set) M__xor__(other py.Object) (py.Object, error) {
	return s.setBinary(other, func(o *Set) (*Set, error) { return s.symmetricDifference(o) })
}

// setInPlace applies an in-place operation to a set; a frozenset
// computes a new one instead. With an operand that is not a set, the
// operand's reflected method (rop) has its chance, and failing that the
// error names the in-place operator as CPython's does.
func (s *Set) setInPlace(other py.Object, sym string, binary func(py.Object) (py.Object, error), update func(py.Object) error) (py.Object, error) {
	if _, ok := other.(*Set); !ok {
		return reflectedInPlace(s, other, sym)
	}
	if s.frozen {
		return binary(other)
	}
	if err := update(other); err != nil {
		return nil, err
	}
	return s, nil
}

// reflectedInPlace tries other's reflected method for the in-place
// operator sym applied to s.
func reflectedInPlace(s *Set, other py.Object, sym string) (py.Object, error) {
	var res py.Object = py.NotImplemented
	var err error
	switch sym {
	case "|=":
		if r, ok := other.(py.I__ror__); ok {
			res, err = r.M__ror__(s)
		}
	case "&=":
		if r, ok := other.(py.I__rand__); ok {
			res, err = r.M__rand__(s)
		}
	case "-=":
		if r, ok := other.(py.I__rsub__); ok {
			res, err = r.M__rsub__(s)
		}
	case "^=":
		if r, ok := other.(py.I__rxor__); ok {
			res, err = r.M__rxor__(s)
		}
	}
	if err != nil || res != py.NotImplemented {
		return res, err
	}
	return nil, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym, s.Type().Name, other.Type().Name)
}

// M__ior__ is s |= other.
func (s *Set) M__ior__(other py.Object) (py.Object, error) {
	return s.setInPlace(other, "|=", s.M__or__, s.updateFrom)
}

// M__iand__ is s &= other.
func (s *Set) M__iand__(other py.Object) (py.Object, error) {
	return s.setInPlace(other, "&=", s.M__and__, s.intersectionUpdate)
}

// M__isub__ is s -= other.
func (s *Set) M__isub__(other py.Object) (py.Object, error) {
	return s.setInPlace(other, "-=", s.M__sub__, s.differenceUpdate)
}

// M__ixor__ is s ^= other.
func (s *Set) M__ixor__(other py.Object) (py.Object, error) {
	return s.setInPlace(other, "^=", s.M__xor__, s.symmetricDifferenceUpdate)
}

// setCompare compares s with another set or frozenset by content.
func (s *Set) setCompare(other py.Object, op string) (py.Object, error) {
	o, ok := other.(*Set)
	if !ok {
		return py.NotImplemented, nil
	}
	var res bool
	var err error
	switch op {
	case "==", "!=":
		res = s.used == o.used
		if res && s.frozen && o.frozen && s.frozenHash() != o.frozenHash() {
			res = false
		}
		if res {
			res, err = s.isSubset(o)
		}
		if op == "!=" {
			res = !res
		}
	case "<=":
		res, err = s.isSubset(o)
	case "<":
		res = s.used < o.used
		if res {
			res, err = s.isSubset(o)
		}
	case ">=":
		res, err = o.isSubset(s)
	case ">":
		res = o.used < s.used
		if res {
			res, err = o.isSubset(s)
		}
	}
	if err != nil {
		return nil, err
	}
	return py.NewBool(res), nil
}

// M__eq__ compares by content.
func (s *Set) M__eq__(other py.Object) (py.Object, error) { return s.setCompare(other, "==") }

// M__ne__ is the negation of M__eq__.
func (s *Set) M__ne__(other py.Object) (py.Object, error) { return s.setCompare(other, "!=") }

// M__le__ is the subset test.
func (s *Set) M__le__(other py.Object) (py.Object, error) { return s.setCompare(other, "<=") }

// M__lt__ is the proper subset test.
func (s *Set) M__lt__(other py.Object) (py.Object, error) { return s.setCompare(other, "<") }

// M__ge__ is the superset test.
func (s *Set) M__ge__(other py.Object) (py.Object, error) { return s.setCompare(other, ">=") }

// M__gt__ is the proper superset test.
func (s *Set) M__gt__(other py.Object) (py.Object, error) { return s.setCompare(other, ">") }

var (
	_ py.I__len__      = (*Set)(nil)
	_ py.I__iter__     = (*Set)(nil)
	_ py.I__contains__ = (*Set)(nil)
	_ py.I__hash__     = (*Set)(nil)
	_ py.I__or__       = (*Set)(nil)
	_ py.I__ior__      = (*Set)(nil)
	_ py.I__eq__       = (*Set)(nil)
	_ py.I__le__       = (*Set)(nil)
	_ py.I__next__     = (*SetIter)(nil)
)
