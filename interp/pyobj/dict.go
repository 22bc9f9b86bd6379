package pyobj

import (
	"slices"
	"strings"

	"github.com/go-python/gpython/py"
)

// DictType is the type of Dict, Python's dict.
var DictType = py.NewTypeX("dict", `dict(mapping_or_pairs=(), /, **keywords)

A mapping from hashable keys to values, in the order the keys were first
set: from another mapping, from (key, value) pairs, then from keyword
arguments (dict(a=1) is {'a': 1}).`, dictNew, dictInit)

// Index slot markers of a Dict's hash index.
const (
	dictSlotEmpty = -1
	dictSlotDummy = -2
	dictMinIndex  = 8
	dictPerturb   = 5
)

// dictEntry is one key and value in insertion order; a deleted entry has
// a nil key until the next rebuild drops it.
type dictEntry struct {
	key   py.Object
	value py.Object
	hash  int64
}

// Dict is Python's dict: any hashable keys, iterated in insertion order.
// Entries live in a slice in insertion order; an open-addressing index of
// entry positions finds them by hash.
type Dict struct {
	entries []dictEntry
	head    int // entries before head are all deleted
	index   []int32
	used    int    // live entries
	fill    int    // index slots live or dummy
	version uint64 // bumped whenever a key is added or removed
	inRepr  bool
}

// NewDict returns an empty dict.
func NewDict() *Dict {
	return &Dict{}
}

// NewDictSized returns an empty dict with room for n entries.
func NewDictSized(n int) *Dict {
	d := &Dict{}
	if n > 0 {
		d.entries = make([]dictEntry, 0, n)
		d.index = newDictIndex(indexSizeFor(n))
	}
	return d
}

// FromStringDict returns a dict holding the entries of sd, in sorted key
// order (a StringDict has no order of its own).
func FromStringDict(sd py.StringDict) *Dict {
	d := NewDictSized(len(sd))
	for _, k := range sortedKeys(sd) {
		// str keys are always hashable: no error is possible.
		_ = d.setItemHash(py.String(k), sd[k], HashString(k))
	}
	return d
}

// Type returns DictType.
func (d *Dict) Type() *py.Type { return DictType }

// Len is the number of entries.
func (d *Dict) Len() int { return d.used }

// indexSizeFor is the index size that holds n entries at most 2/3 full.
func indexSizeFor(n int) int {
	size := dictMinIndex
	for size*2 < n*3+3 {
		size <<= 1
	}
	return size
}

func newDictIndex(size int) []int32 {
	idx := make([]int32, size)
	for i := range idx {
		idx[i] = dictSlotEmpty
	}
	return idx
}

// lookup finds key: it returns the index slot holding the key (or -1)
// and the entry position (or -1). A key comparison that changes the dict
// restarts the search.
func (d *Dict) lookup(key py.Object, hash int64) (slot, pos int, err error) {
restart:
	if d.index == nil {
		return -1, -1, nil
	}
	mask := uint64(len(d.index) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		ix := d.index[i]
		if ix == dictSlotEmpty {
			return -1, -1, nil
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.hash == hash {
				if identical(e.key, key) {
					return int(i), int(ix), nil
				}
				version, ek := d.version, e.key
				eq, err := Equal(ek, key)
				if err != nil {
					return -1, -1, err
				}
				if d.version != version {
					goto restart
				}
				if eq {
					return int(i), int(ix), nil
				}
			}
		}
		perturb >>= dictPerturb
		i = (i*5 + perturb + 1) & mask
	}
}

// freeSlot is the first empty index slot on hash's probe sequence.
func (d *Dict) freeSlot(hash int64) int {
	mask := uint64(len(d.index) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for d.index[i] != dictSlotEmpty {
		perturb >>= dictPerturb
		i = (i*5 + perturb + 1) & mask
	}
	return int(i)
}

// rebuild drops deleted entries and re-indexes the rest in an index with
// room for at least n more entries.
func (d *Dict) rebuild(extra int) {
	if d.used < len(d.entries) {
		live := make([]dictEntry, 0, d.used+extra)
		for _, e := range d.entries {
			if e.key != nil {
				live = append(live, e)
			}
		}
		d.entries = live
	}
	d.head = 0
	d.index = newDictIndex(indexSizeFor(d.used + extra))
	for i, e := range d.entries {
		d.index[d.freeSlot(e.hash)] = int32(i)
	}
	d.fill = d.used
}

// GetItem returns d[key], raising KeyError(key) if it is absent.
func (d *Dict) GetItem(key py.Object) (py.Object, error) {
	v, ok, err := d.Get(key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, keyError(key)
	}
	return v, nil
}

// keyError is KeyError with key as its argument.
func keyError(key py.Object) error {
	return &py.Exception{Base: py.KeyError, Args: py.Tuple{key}, Dict: py.StringDict{}}
}

// Get returns d[key] and whether it is present.
func (d *Dict) Get(key py.Object) (py.Object, bool, error) {
	h, err := Hash(key)
	if err != nil {
		return nil, false, err
	}
	return d.getHash(key, h)
}

func (d *Dict) getHash(key py.Object, h int64) (py.Object, bool, error) {
	_, pos, err := d.lookup(key, h)
	if err != nil || pos < 0 {
		return nil, false, err
	}
	return d.entries[pos].value, true, nil
}

// SetItem sets d[key] = value: a new key goes last, an existing key keeps
// its place.
func (d *Dict) SetItem(key, value py.Object) error {
	h, err := Hash(key)
	if err != nil {
		return err
	}
	return d.setItemHash(key, value, h)
}

func (d *Dict) setItemHash(key, value py.Object, h int64) error {
	_, pos, err := d.lookup(key, h)
	if err != nil {
		return err
	}
	if pos >= 0 {
		d.entries[pos].value = value
		return nil
	}
	if d.index == nil || (d.fill+1)*3 > len(d.index)*2 {
		d.rebuild(d.used + 1)
	}
	slot := d.freeSlot(h)
	d.index[slot] = int32(len(d.entries))
	d.entries = append(d.entries, dictEntry{key: key, value: value, hash: h})
	d.used++
	d.fill++
	d.version++
	return nil
}

// DelItem deletes d[key], raising KeyError(key) if it is absent.
func (d *Dict) DelItem(key py.Object) error {
	_, ok, err := d.pop(key)
	if err != nil {
		return err
	}
	if !ok {
		return keyError(key)
	}
	return nil
}

// pop removes key and returns its value and whether it was present.
func (d *Dict) pop(key py.Object) (py.Object, bool, error) {
	h, err := Hash(key)
	if err != nil {
		return nil, false, err
	}
	slot, pos, err := d.lookup(key, h)
	if err != nil || pos < 0 {
		return nil, false, err
	}
	v := d.entries[pos].value
	d.removeAt(slot, pos)
	return v, true, nil
}

// removeAt deletes the entry at pos, found at index slot slot.
func (d *Dict) removeAt(slot, pos int) {
	d.index[slot] = dictSlotDummy
	d.entries[pos] = dictEntry{}
	d.used--
	d.version++
	// Trailing deleted entries can go at once: no slot refers to them.
	n := len(d.entries)
	for n > 0 && d.entries[n-1].key == nil {
		n--
	}
	d.entries = d.entries[:n]
	for d.head < n && d.entries[d.head].key == nil {
		d.head++
	}
	if d.head >= n {
		d.entries = d.entries[:0]
		d.head = 0
	}
	// Mostly holes: compact, so that iteration stays proportional to
	// the number of entries.
	if n >= 32 && d.used*4 < n {
		d.rebuild(0)
	}
}

// Clear removes every entry.
func (d *Dict) Clear() {
	d.entries = nil
	d.head = 0
	d.index = nil
	d.used = 0
	d.fill = 0
	d.version++
}

// Keys returns the keys in order.
func (d *Dict) Keys() []py.Object {
	keys := make([]py.Object, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			keys = append(keys, e.key)
		}
	}
	return keys
}

// Values returns the values in order.
func (d *Dict) Values() []py.Object {
	vals := make([]py.Object, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			vals = append(vals, e.value)
		}
	}
	return vals
}

// Items calls fn with each key and value in order, stopping at the first
// error. fn must not add or remove keys: that raises RuntimeError.
func (d *Dict) Items(fn func(k, v py.Object) error) error {
	n, version := d.used, d.version
	for i := d.head; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key == nil {
			continue
		}
		if err := fn(e.key, e.value); err != nil {
			return err
		}
		if err := d.checkUnchanged(n, version); err != nil {
			return err
		}
	}
	return nil
}

// checkUnchanged raises the RuntimeError CPython raises when a dict's
// keys change under an iteration.
func (d *Dict) checkUnchanged(n int, version uint64) error {
	if d.used != n {
		return py.ExceptionNewf(py.RuntimeError, "dictionary changed size during iteration")
	}
	if d.version != version {
		return py.ExceptionNewf(py.RuntimeError, "dictionary keys changed during iteration")
	}
	return nil
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	c := NewDictSized(d.used)
	for _, e := range d.entries {
		if e.key != nil {
			// Keys were hashable once: no error is possible.
			_ = c.setItemHash(e.key, e.value, e.hash)
		}
	}
	return c
}

// PopItem removes and returns the last inserted entry.
func (d *Dict) PopItem() (k, v py.Object, err error) {
	if d.used == 0 {
		return nil, nil, py.ExceptionNewf(py.KeyError, "popitem(): dictionary is empty")
	}
	pos := len(d.entries) - 1
	e := d.entries[pos]
	slot, _, err := d.lookup(e.key, e.hash)
	if err != nil {
		return nil, nil, err
	}
	if slot < 0 || d.index[slot] != int32(pos) {
		slot = d.slotOf(pos, e.hash)
	}
	d.removeAt(slot, pos)
	return e.key, e.value, nil
}

// slotOf finds the index slot referring to entry pos by following its
// hash's probe sequence.
func (d *Dict) slotOf(pos int, hash int64) int {
	mask := uint64(len(d.index) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for d.index[i] != int32(pos) {
		perturb >>= dictPerturb
		i = (i*5 + perturb + 1) & mask
	}
	return int(i)
}

// Update adds the entries of other and then of kwargs, as dict.update
// does. other may be nil, a Dict, a py.StringDict, an object with keys()
// and __getitem__, or an iterable of key/value pairs.
func (d *Dict) Update(other py.Object, kwargs py.StringDict) error {
	if other != nil {
		if err := d.updateFrom(other); err != nil {
			return err
		}
	}
	for _, k := range kwargsOrder(kwargs) {
		if err := d.setItemHash(py.String(k), kwargs[k], HashString(k)); err != nil {
			return err
		}
	}
	return nil
}

func (d *Dict) updateFrom(other py.Object) error {
	switch o := other.(type) {
	case *Dict:
		return d.mergeDict(o)
	case py.StringDict:
		for _, k := range sortedKeys(o) {
			if err := d.setItemHash(py.String(k), o[k], HashString(k)); err != nil {
				return err
			}
		}
		return nil
	}
	if hasAttr(other, "keys") {
		return d.mergeMapping(other)
	}
	return d.mergePairs(other)
}

// mergeDict copies the entries of o, which may be d itself.
func (d *Dict) mergeDict(o *Dict) error {
	if o == d {
		return nil
	}
	for _, e := range o.entries[:len(o.entries):len(o.entries)] {
		if e.key == nil {
			continue
		}
		if err := d.setItemHash(e.key, e.value, e.hash); err != nil {
			return err
		}
	}
	return nil
}

// hasAttr reports whether o has the attribute name.
func hasAttr(o py.Object, name string) bool {
	_, err := py.GetAttrString(o, name)
	return err == nil
}

// mergeMapping copies o[k] for each k in o.keys().
func (d *Dict) mergeMapping(o py.Object) error {
	keysFn, err := py.GetAttrString(o, "keys")
	if err != nil {
		return err
	}
	keys, err := py.Call(keysFn, nil, nil)
	if err != nil {
		return err
	}
	return iterate(keys, func(k py.Object) error {
		v, err := py.GetItem(o, k)
		if err != nil {
			return err
		}
		return d.SetItem(k, v)
	})
}

// mergePairs adds each two-item element of the iterable o.
func (d *Dict) mergePairs(o py.Object) error {
	n := 0
	return iterate(o, func(item py.Object) error {
		pair, err := pairOf(item, n)
		if err != nil {
			return err
		}
		n++
		return d.SetItem(pair[0], pair[1])
	})
}

// pairOf unpacks the n-th element of a dict update sequence.
func pairOf(item py.Object, n int) ([]py.Object, error) {
	var elems []py.Object
	switch x := item.(type) {
	case py.Tuple:
		elems = x
	case *py.List:
		elems = x.Items
	default:
		if _, err := py.Iter(item); err != nil {
			return nil, py.ExceptionNewf(py.TypeError, "cannot convert dictionary update sequence element #%d to a sequence", n)
		}
		err := iterate(item, func(e py.Object) error {
			elems = append(elems, e)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	if len(elems) != 2 {
		return nil, py.ExceptionNewf(py.ValueError, "dictionary update sequence element #%d has length %d; 2 is required", n, len(elems))
	}
	return elems, nil
}

// iterate calls fn on each item of the iterable o, stopping at the first
// error.
func iterate(o py.Object, fn func(py.Object) error) error {
	switch x := o.(type) {
	case py.Tuple:
		for _, item := range x {
			if err := fn(item); err != nil {
				return err
			}
		}
		return nil
	case *py.List:
		for i := 0; i < len(x.Items); i++ {
			if err := fn(x.Items[i]); err != nil {
				return err
			}
		}
		return nil
	case py.Bytes:
		for _, b := range x {
			if err := fn(py.Int(b)); err != nil {
				return err
			}
		}
		return nil
	}
	it, err := py.Iter(o)
	if err != nil {
		return err
	}
	for {
		item, err := py.Next(it)
		if err != nil {
			if py.IsException(py.StopIteration, err) {
				return nil
			}
			return err
		}
		if err := fn(item); err != nil {
			return err
		}
	}
}

// sortedKeys returns the keys of sd in sorted order.
func sortedKeys(sd py.StringDict) []string {
	keys := make([]string, 0, len(sd))
	for k := range sd {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// repr builds {k: v, ...}; a dict met again while its own repr is
// being built shows as {...}.
func (d *Dict) repr() (py.Object, error) {
	if d.inRepr {
		return py.String("{...}"), nil
	}
	if d.used == 0 {
		return py.String("{}"), nil
	}
	d.inRepr = true
	defer func() { d.inRepr = false }()
	var b strings.Builder
	b.WriteByte('{')
	first := true
	err := d.Items(func(k, v py.Object) error {
		if !first {
			b.WriteString(", ")
		}
		first = false
		return writeReprPair(&b, k, v)
	})
	if err != nil {
		return nil, err
	}
	b.WriteByte('}')
	return py.String(b.String()), nil
}

// writeReprPair writes "repr(k): repr(v)".
func writeReprPair(b *strings.Builder, k, v py.Object) error {
	ks, err := Repr(k)
	if err != nil {
		return err
	}
	vs, err := Repr(v)
	if err != nil {
		return err
	}
	b.WriteString(ks)
	b.WriteString(": ")
	b.WriteString(vs)
	return nil
}

// equalTo compares d with another mapping by content, ignoring order.
func (d *Dict) equalTo(o *Dict) (bool, error) {
	if d == o {
		return true, nil
	}
	if d.used != o.used {
		return false, nil
	}
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key == nil {
			continue
		}
		ov, ok, err := o.getHash(e.key, e.hash)
		if err != nil || !ok {
			return false, err
		}
		eq, err := Equal(e.value, ov)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// asDict returns o as a *Dict when it is a dict, converting a
// py.StringDict.
func asDict(o py.Object) (*Dict, bool) {
	switch x := o.(type) {
	case *Dict:
		return x, true
	case py.StringDict:
		return FromStringDict(x), true
	}
	return nil, false
}

// Argument checking with CPython's messages.

// checkNoArgs rejects any argument to the method tname.name.
func checkNoArgs(tname, name string, args py.Tuple, kwargs py.StringDict) error {
	if len(kwargs) != 0 {
		return py.ExceptionNewf(py.TypeError, "%s.%s() takes no keyword arguments", tname, name)
	}
	if len(args) != 0 {
		return py.ExceptionNewf(py.TypeError, "%s.%s() takes no arguments (%d given)", tname, name, len(args))
	}
	return nil
}

// checkArgRange checks a positional-only method takes between lo and hi
// arguments.
func checkArgRange(tname, name string, args py.Tuple, kwargs py.StringDict, lo, hi int) error {
	if len(kwargs) != 0 {
		return py.ExceptionNewf(py.TypeError, "%s.%s() takes no keyword arguments", tname, name)
	}
	if len(args) < lo {
		return py.ExceptionNewf(py.TypeError, "%s expected at least %d %s, got %d", name, lo, plural(lo, "argument"), len(args))
	}
	if len(args) > hi {
		return py.ExceptionNewf(py.TypeError, "%s expected at most %d %s, got %d", name, hi, plural(hi, "argument"), len(args))
	}
	return nil
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// dictSelf finds the dict a method applies to: the bound self, or the
// first argument when the method is called from the type.
// Unwrap is the value of the built-in type an instance of a subclass
// holds (dict.items(a_defaultdict) reads the dict inside); the
// interpreter sets it, and without one a value is itself.
var Unwrap = func(o py.Object) py.Object { return o }

func dictSelf(name string, self py.Object, args py.Tuple) (*Dict, py.Tuple, error) {
	if d, ok := self.(*Dict); ok {
		return d, args, nil
	}
	if len(args) == 0 {
		return nil, nil, py.ExceptionNewf(py.TypeError, "unbound method dict.%s() needs an argument", name)
	}
	if d, ok := Unwrap(args[0]).(*Dict); ok {
		return d, args[1:], nil
	}
	return nil, nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for 'dict' objects doesn't apply to a '%s' object", name, args[0].Type().Name)
}

// dictMethodFn is the body of a dict method once self and its arguments
// are checked.
type dictMethodFn func(d *Dict, args py.Tuple) (py.Object, error)

// dictMethod makes a dict method taking between lo and hi positional
// arguments (hi < 0: no arguments at all).
func dictMethod(name string, lo, hi int, doc string, fn dictMethodFn) *Method {
	return newMethod(name, doc, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		d, args, err := dictSelf(name, self, args)
		if err != nil {
			return nil, err
		}
		if hi < 0 {
			err = checkNoArgs("dict", name, args, kwargs)
		} else {
			err = checkArgRange("dict", name, args, kwargs, lo, hi)
		}
		if err != nil {
			return nil, err
		}
		return fn(d, args)
	})
}

// optArg is args[i], or def when there are fewer arguments.
func optArg(args py.Tuple, i int, def py.Object) py.Object {
	if i < len(args) {
		return args[i]
	}
	return def
}

func init() {
	m := DictType.Dict
	m["get"] = dictMethod("get", 1, 2, "get(key, default=None, /)\n\nd[key], or default when the key is absent.", dictGet)
	m["setdefault"] = dictMethod("setdefault", 1, 2, "setdefault(key, default=None, /)\n\nd[key], first set to default when the key is absent.", dictSetDefault)
	m["pop"] = dictMethod("pop", 1, 2, "pop(key, default=<unset>, /)\n\nTakes the key out and returns its value; default, or KeyError, when it\nis absent.", dictPop)
	m["popitem"] = dictMethod("popitem", 0, -1, "popitem()\n\nTakes out the last key set and returns (key, value); KeyError when\nempty.", dictPopItem)
	m["keys"] = dictMethod("keys", 0, -1, "keys()\n\nA live, set-like view of the keys.", func(d *Dict, _ py.Tuple) (py.Object, error) {
		return newDictView(d, viewKeys), nil
	})
	m["values"] = dictMethod("values", 0, -1, "values()\n\nA live view of the values.", func(d *Dict, _ py.Tuple) (py.Object, error) {
		return newDictView(d, viewValues), nil
	})
	m["items"] = dictMethod("items", 0, -1, "items()\n\nA live, set-like view of the (key, value) pairs.", func(d *Dict, _ py.Tuple) (py.Object, error) {
		return newDictView(d, viewItems), nil
	})
	m["copy"] = dictMethod("copy", 0, -1, "copy()\n\nA new dict of the same keys and values (not copied themselves).", func(d *Dict, _ py.Tuple) (py.Object, error) {
		return d.Copy(), nil
	})
	m["clear"] = dictMethod("clear", 0, -1, "clear()\n\nEmpties the dict.", func(d *Dict, _ py.Tuple) (py.Object, error) {
		d.Clear()
		return py.None, nil
	})
	m["__reversed__"] = dictMethod("__reversed__", 0, -1, "__reversed__()\n\nIterates over the keys, last set first.", func(d *Dict, _ py.Tuple) (py.Object, error) {
		return d.M__reversed__()
	})
	m["update"] = py.MustNewMethod("update", dictUpdateMethod, 0, "update(mapping_or_pairs=(), /, **keywords)\n\nSets the keys of a mapping or of (key, value) pairs, then the keyword\narguments.")
	m["fromkeys"] = py.MustNewMethod("fromkeys", dictFromKeys, py.METH_CLASS, "fromkeys(iterable, value=None, /)\n\nA new dict whose keys are the items of iterable, each set to value.")
}

func dictGet(d *Dict, args py.Tuple) (py.Object, error) {
	v, ok, err := d.Get(args[0])
	if err != nil {
		return nil, err
	}
	if !ok {
		return optArg(args, 1, py.None), nil
	}
	return v, nil
}

func dictSetDefault(d *Dict, args py.Tuple) (py.Object, error) {
	h, err := Hash(args[0])
	if err != nil {
		return nil, err
	}
	v, ok, err := d.getHash(args[0], h)
	if err != nil || ok {
		return v, err
	}
	def := optArg(args, 1, py.None)
	if err := d.setItemHash(args[0], def, h); err != nil {
		return nil, err
	}
	return def, nil
}

func dictPop(d *Dict, args py.Tuple) (py.Object, error) {
	v, ok, err := d.pop(args[0])
	if err != nil {
		return nil, err
	}
	if !ok {
		if len(args) > 1 {
			return args[1], nil
		}
		return nil, keyError(args[0])
	}
	return v, nil
}

func dictPopItem(d *Dict, _ py.Tuple) (py.Object, error) {
	k, v, err := d.PopItem()
	if err != nil {
		return nil, err
	}
	return py.Tuple{k, v}, nil
}

func dictUpdateMethod(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	d, args, err := dictSelf("update", self, args)
	if err != nil {
		return nil, err
	}
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "update expected at most 1 argument, got %d", len(args))
	}
	if err := d.Update(optArg(args, 0, nil), kwargs); err != nil {
		return nil, err
	}
	return py.None, nil
}

// dictFromKeys is dict.fromkeys(iterable, value=None). It works called on
// the type or on an instance alike: self is ignored.
func dictFromKeys(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := checkArgRange("dict", "fromkeys", args, kwargs, 1, 2); err != nil {
		return nil, err
	}
	value := optArg(args, 1, py.None)
	d := NewDict()
	if src, ok := args[0].(*Dict); ok {
		d = NewDictSized(src.used)
	}
	err := iterate(args[0], func(k py.Object) error {
		return d.SetItem(k, value)
	})
	if err != nil {
		return nil, err
	}
	return d, nil
}

// dictNew is dict.__new__: an empty dict, filled by dictInit.
func dictNew(_ *py.Type, _ py.Tuple, _ py.StringDict) (py.Object, error) {
	return NewDict(), nil
}

// dictInit is dict.__init__(self, [mapping_or_iterable], **kwargs).
func dictInit(self py.Object, args py.Tuple, kwargs py.StringDict) error {
	d, ok := self.(*Dict)
	if !ok {
		return py.ExceptionNewf(py.TypeError, "descriptor '__init__' requires a 'dict' object but received a '%s'", self.Type().Name)
	}
	if len(args) > 1 {
		return py.ExceptionNewf(py.TypeError, "dict expected at most 1 argument, got %d", len(args))
	}
	return d.Update(optArg(args, 0, nil), kwargs)
}

// Python-visible behaviour through gpython's interfaces.

// M__getitem__ is d[key].
func (d *Dict) M__getitem__(key py.Object) (py.Object, error) { return d.GetItem(key) }

// M__setitem__ is d[key] = value.
func (d *Dict) M__setitem__(key, value py.Object) (py.Object, error) {
	return py.None, d.SetItem(key, value)
}

// M__delitem__ is del d[key].
func (d *Dict) M__delitem__(key py.Object) (py.Object, error) {
	return py.None, d.DelItem(key)
}

// M__contains__ is key in d.
func (d *Dict) M__contains__(key py.Object) (py.Object, error) {
	_, ok, err := d.Get(key)
	if err != nil {
		return nil, err
	}
	return py.NewBool(ok), nil
}

// M__len__ is len(d).
func (d *Dict) M__len__() (py.Object, error) { return py.Int(d.used), nil }

// M__bool__ is bool(d).
func (d *Dict) M__bool__() (py.Object, error) { return py.NewBool(d.used > 0), nil }

// M__iter__ iterates over the keys.
func (d *Dict) M__iter__() (py.Object, error) { return newDictIter(d, viewKeys, false), nil }

// M__reversed__ iterates over the keys, last first.
func (d *Dict) M__reversed__() (py.Object, error) { return newDictIter(d, viewKeys, true), nil }

// M__repr__ is repr(d).
func (d *Dict) M__repr__() (py.Object, error) { return d.repr() }

// M__str__ is str(d).
func (d *Dict) M__str__() (py.Object, error) { return d.repr() }

// M__hash__ raises: dicts are unhashable.
func (d *Dict) M__hash__() (py.Object, error) { return nil, unhashable(d) }

// M__eq__ compares by content with another dict.
func (d *Dict) M__eq__(other py.Object) (py.Object, error) {
	o, ok := asDict(other)
	if !ok {
		return py.NotImplemented, nil
	}
	eq, err := d.equalTo(o)
	if err != nil {
		return nil, err
	}
	return py.NewBool(eq), nil
}

// M__ne__ is the negation of M__eq__.
func (d *Dict) M__ne__(other py.Object) (py.Object, error) {
	res, err := d.M__eq__(other)
	if err != nil || res == py.NotImplemented {
		return res, err
	}
	return py.NewBool(res == py.False), nil
}

// M__or__ is d | other: a new dict with other's entries merged in.
func (d *Dict) M__or__(other py.Object) (py.Object, error) {
	o, ok := asDict(other)
	if !ok {
		return py.NotImplemented, nil
	}
	res := d.Copy()
	if err := res.mergeDict(o); err != nil {
		return nil, err
	}
	return res, nil
}

// M__ror__ is other | d for a gpython StringDict other.
func (d *Dict) M__ror__(other py.Object) (py.Object, error) {
	o, ok := asDict(other)
	if !ok {
		return py.NotImplemented, nil
	}
	return o.M__or__(d)
}

// M__ior__ is d |= other: other may be anything dict.update accepts.
func (d *Dict) M__ior__(other py.Object) (py.Object, error) {
	if err := d.Update(other, nil); err != nil {
		return nil, err
	}
	return d, nil
}

var (
	_ py.I__getitem__  = (*Dict)(nil)
	_ py.I__setitem__  = (*Dict)(nil)
	_ py.I__delitem__  = (*Dict)(nil)
	_ py.I__contains__ = (*Dict)(nil)
	_ py.I__len__      = (*Dict)(nil)
	_ py.I__iter__     = (*Dict)(nil)
	_ py.I__reversed__ = (*Dict)(nil)
	_ py.I__eq__       = (*Dict)(nil)
	_ py.I__ne__       = (*Dict)(nil)
	_ py.I__or__       = (*Dict)(nil)
	_ py.I__ror__      = (*Dict)(nil)
	_ py.I__ior__      = (*Dict)(nil)
	_ py.I__hash__     = (*Dict)(nil)
)

// KwargsOrder, when set, gives the order a call wrote its keyword
// arguments in (gpython hands them over as a Go map, which has none), or
// nil when it does not know; dict(b=1, a=2) then keeps b before a.
var KwargsOrder func(py.StringDict) []string

func kwargsOrder(kwargs py.StringDict) []string {
	if KwargsOrder != nil && len(kwargs) > 1 {
		if order := KwargsOrder(kwargs); len(order) == len(kwargs) {
			return order
		}
	}
	return sortedKeys(kwargs)
}
