package interp

import (
	"sync"
	"weak"

	"github.com/go-python/gpython/py"
)

// gpython's types do not know their subclasses. Every class that type()
// creates is recorded with its bases, weakly, so that a class nobody
// uses any more can still be collected; cls.__subclasses__() lists the
// living ones in the order they were made, and cls.mro() is the MRO as a
// list.

var subclasses = struct {
	sync.Mutex
	of map[*py.Type][]weak.Pointer[py.Type]
}{of: map[*py.Type][]weak.Pointer[py.Type]{}}

// recordSubclass adds cls to the subclasses of each of its bases.
func recordSubclass(cls *py.Type) {
	subclasses.Lock()
	defer subclasses.Unlock()
	for _, b := range cls.Bases {
		if base, ok := b.(*py.Type); ok {
			subclasses.of[base] = append(subclasses.of[base], weak.Make(cls))
		}
	}
}

// subclassesOf lists the living direct subclasses of t and forgets the
// collected ones.
func subclassesOf(t *py.Type) []py.Object {
	subclasses.Lock()
	defer subclasses.Unlock()
	var out []py.Object
	kept := subclasses.of[t][:0]
	for _, w := range subclasses.of[t] {
		if c := w.Value(); c != nil {
			out = append(out, c)
			kept = append(kept, w)
		}
	}
	if len(kept) == 0 {
		delete(subclasses.of, t)
	} else {
		subclasses.of[t] = kept
	}
	return out
}

// addTypeMethods gives classes __call__ and __subclasses__.
func addTypeMethods() {
	// type.__call__: New then Init, as calling a class does without a
	// metaclass __call__; what super().__call__() reaches from one.
	py.TypeType.Dict["__call__"] = py.MustNewMethod("__call__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		t, ok := self.(*py.Type)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '__call__' requires a 'type' object but received a '%s'", self.Type().Name)
		}
		return t.M__call__(args, kwargs)
	}, 0, "Makes an instance of the class: its __new__, then its __init__.")
	py.TypeType.Dict["__subclasses__"] = py.MustNewMethod("__subclasses__", func(self py.Object, args py.Tuple) (py.Object, error) {
		t, ok := self.(*py.Type)
		if !ok || len(args) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "__subclasses__() takes no arguments")
		}
		return py.NewListFromItems(subclassesOf(t)), nil
	}, 0, "Return the list of immediate subclasses.")
}

// classMro is cls.mro(). It is not in type's dict, where gpython's class
// creation would find it and call it without its class.
func classMro(cls *py.Type) py.Object {
	return py.MustNewMethod("mro", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "mro() takes no arguments")
		}
		return py.NewListFromItems(classMroTuple(cls)), nil
	}, 0, "Return the method resolution order of the class.")
}
