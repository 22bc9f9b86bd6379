package interp

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

// The heapq module: the heap primitives in Go, making the comparisons
// CPython makes, in the same order and with the same operands, so that a
// script printing its heap sees CPython's layout and a failed comparison
// CPython's message; nlargest, nsmallest and merge are written in Python
// on them (interp/stdlib/heapq.py). Items are compared with <, so a
// class's __lt__ is honoured. No audit events.

//go:embed stdlib/heapq.py
var heapqSource string

func init() {
	registerStdlib("heapq", "Binary min-heaps kept in plain lists, usable as priority queues.", setupHeapq, heapqSource)
}

// heapList is the list a heap function works on: a list or an instance of
// a subclass of list, else CPython's TypeError naming the function.
func heapList(fn string, o py.Object, oneArg bool) (*py.List, error) {
	switch x := o.(type) {
	case *py.List:
		return x, nil
	case *Instance:
		if l, ok := x.base.(*py.List); ok {
			return l, nil
		}
	}
	if oneArg {
		return nil, py.ExceptionNewf(py.TypeError, "%s() argument must be list, not %s", fn, o.Type().Name)
	}
	return nil, py.ExceptionNewf(py.TypeError, "%s() argument 1 must be list, not %s", fn, o.Type().Name)
}

func heapIndexError() error { return py.ExceptionNewf(py.IndexError, "index out of range") }

func heapChanged() error {
	return py.ExceptionNewf(py.RuntimeError, "list changed size during iteration")
}

// heapSiftdown moves heap[pos] up towards startpos while it is less than
// its parent (max: while its parent is less than it).
func heapSiftdown(heap *py.List, startpos, pos int, max bool) error {
	size := len(heap.Items)
	if pos >= size {
		return heapIndexError()
	}
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		newitem, parent := heap.Items[pos], heap.Items[parentpos]
		var lt bool
		var err error
		if max {
			lt, err = lessThan(parent, newitem)
		} else {
			lt, err = lessThan(newitem, parent)
		}
		if err != nil {
			return err
		}
		if size != len(heap.Items) {
			return heapChanged()
		}
		if !lt {
			break
		}
		arr := heap.Items
		arr[parentpos], arr[pos] = arr[pos], arr[parentpos]
		pos = parentpos
	}
	return nil
}

// heapSiftup moves the smaller child of each node up from pos to a leaf,
// then sifts the item that was at pos down into place.
func heapSiftup(heap *py.List, pos int, max bool) error {
	endpos := len(heap.Items)
	startpos := pos
	if pos >= endpos {
		return heapIndexError()
	}
	limit := endpos >> 1
	for pos < limit {
		childpos := 2*pos + 1
		if childpos+1 < endpos {
			a, b := heap.Items[childpos], heap.Items[childpos+1]
			if max {
				a, b = b, a
			}
			lt, err := lessThan(a, b)
			if err != nil {
				return err
			}
			if !lt {
				childpos++
			}
			if endpos != len(heap.Items) {
				return heapChanged()
			}
		}
		arr := heap.Items
		arr[childpos], arr[pos] = arr[pos], arr[childpos]
		pos = childpos
	}
	return heapSiftdown(heap, startpos, pos, max)
}

func heapPop(heap *py.List, max bool) (py.Object, error) {
	n := len(heap.Items)
	if n == 0 {
		return nil, heapIndexError()
	}
	last := heap.Items[n-1]
	heap.Items[n-1] = nil
	heap.Items = heap.Items[:n-1]
	if n == 1 {
		return last, nil
	}
	ret := heap.Items[0]
	heap.Items[0] = last
	if err := heapSiftup(heap, 0, max); err != nil {
		return nil, err
	}
	return ret, nil
}

func heapReplace(heap *py.List, item py.Object, max bool) (py.Object, error) {
	if len(heap.Items) == 0 {
		return nil, heapIndexError()
	}
	ret := heap.Items[0]
	heap.Items[0] = item
	if err := heapSiftup(heap, 0, max); err != nil {
		return nil, err
	}
	return ret, nil
}

// heapKeepTopBit is n with all but its highest set bit cleared.
func heapKeepTopBit(n int) int {
	i := 0
	for n > 1 {
		n >>= 1
		i++
	}
	return n << i
}

// heapify sifts up every node with a child, bottom-up; above 2500 items
// in CPython's cache-friendly order, which makes the same comparisons.
func heapify(heap *py.List, max bool) error {
	n := len(heap.Items)
	if n <= 2500 {
		for i := n>>1 - 1; i >= 0; i-- {
			if err := heapSiftup(heap, i, max); err != nil {
				return err
			}
		}
		return nil
	}
	m := n >> 1
	leftmost := heapKeepTopBit(m+1) - 1
	mhalf := m >> 1
	sift := func(i int) error {
		for j := i; ; j >>= 1 {
			if err := heapSiftup(heap, j, max); err != nil {
				return err
			}
			if j&1 == 0 {
				return nil
			}
		}
	}
	for i := leftmost - 1; i >= mhalf; i-- {
		if err := sift(i); err != nil {
			return err
		}
	}
	for i := m - 1; i >= leftmost; i-- {
		if err := sift(i); err != nil {
			return err
		}
	}
	return nil
}

func setupHeapq(_ *Context, m *py.Module) error {
	g := m.Globals
	one := func(name, doc string, fn func(heap *py.List) (py.Object, error)) {
		s := signature{name: name, owner: "_heapq", params: []string{"heap"}, min: 1, style: styleMethO}
		g[name] = py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := s.parse(args, kwargs)
			if err != nil {
				return nil, err
			}
			heap, err := heapList(name, a[0], true)
			if err != nil {
				return nil, err
			}
			return fn(heap)
		}, 0, doc)
	}
	two := func(name, doc string, fn func(heap *py.List, item py.Object) (py.Object, error)) {
		s := signature{name: name, owner: "_heapq", params: []string{"heap", "item"}, min: 2, style: styleVarargs}
		g[name] = py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(kwargs) > 0 {
				return nil, py.ExceptionNewf(py.TypeError, "_heapq.%s() takes no keyword arguments", name)
			}
			a, err := s.parse(args, kwargs)
			if err != nil {
				return nil, err
			}
			heap, err := heapList(name, a[0], false)
			if err != nil {
				return nil, err
			}
			return fn(heap, a[1])
		}, 0, doc)
	}
	two("heappush", "Add item to the list heap, keeping it a heap.", func(heap *py.List, item py.Object) (py.Object, error) {
		heap.Items = append(heap.Items, item)
		return py.None, heapSiftdown(heap, 0, len(heap.Items)-1, false)
	})
	one("heappop", "Remove and return the smallest item of the list heap, keeping it a heap.", func(heap *py.List) (py.Object, error) {
		return heapPop(heap, false)
	})
	two("heapreplace", "Remove and return the smallest item, putting item in its place.\n\n"+
		"The heap keeps its size. What comes back is the old smallest, which may\n"+
		"be larger than item; IndexError if the heap is empty.",
		func(heap *py.List, item py.Object) (py.Object, error) { return heapReplace(heap, item, false) })
	two("heappushpop", "Add item, then remove and return the smallest, in one step.\n\n"+
		"When item is no larger than the current smallest it comes straight\n"+
		"back and the heap is left as it was.",
		func(heap *py.List, item py.Object) (py.Object, error) {
			if len(heap.Items) == 0 {
				return item, nil
			}
			lt, err := lessThan(heap.Items[0], item)
			if err != nil {
				return nil, err
			}
			if !lt {
				return item, nil
			}
			return heapReplace(heap, item, false)
		})
	one("heapify", "Rearrange the list in place so that it is a heap (linear time).", func(heap *py.List) (py.Object, error) {
		return py.None, heapify(heap, false)
	})
	one("_max_heap_pop", "heappop for a max-heap: removes and returns the largest item.", func(heap *py.List) (py.Object, error) {
		return heapPop(heap, true)
	})
	two("_max_heap_replace", "heapreplace for a max-heap: pops the largest item, then pushes item.", func(heap *py.List, item py.Object) (py.Object, error) {
		return heapReplace(heap, item, true)
	})
	one("_max_heap_build", "heapify for a max-heap: the largest item ends up first.", func(heap *py.List) (py.Object, error) {
		return py.None, heapify(heap, true)
	})
	return nil
}
