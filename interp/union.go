package interp

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// Union types (PEP 604): int | None, str | list[str]. Annotations are
// evaluated when a function is defined, so `def f(x: int | None = None)`
// needs them, and isinstance and issubclass take them as they take a
// tuple of classes.

var unionType = py.NewType("UnionType", "The type of X | Y: a union of classes, as annotations write it (PEP 604).")

type union struct {
	args py.Tuple // classes, None's type, generic aliases; no duplicates
}

func (u *union) Type() *py.Type { return unionType }

// unionable reports whether o can be a member of a union made with |.
func unionable(o py.Object) bool {
	switch o.(type) {
	case *py.Type, py.NoneType, *genericAlias, *union:
		return true
	}
	return false
}

// unionOr is | for values that have no | of their own: a union when both
// operands are classes, None, generic aliases or unions.
func unionOr(fn func(a, b py.Object) (py.Object, error)) func(a, b py.Object) (py.Object, error) {
	return func(a, b py.Object) (py.Object, error) {
		res, err := fn(a, b)
		if err != nil && unionable(a) && unionable(b) {
			return newUnion(a, b)
		}
		return res, err
	}
}

// newUnion flattens the members of a and b, drops repeats and returns
// the only member when one is left.
func newUnion(a, b py.Object) (py.Object, error) {
	var args py.Tuple
	add := func(o py.Object) error {
		if o == py.None {
			o = py.NoneTypeType
		}
		for _, have := range args {
			same, err := equal(have, o)
			if err != nil || same {
				return err
			}
		}
		args = append(args, o)
		return nil
	}
	for _, o := range []py.Object{a, b} {
		members := py.Tuple{o}
		if u, ok := o.(*union); ok {
			members = u.args
		}
		for _, m := range members {
			if err := add(m); err != nil {
				return nil, err
			}
		}
	}
	if len(args) == 1 {
		return args[0], nil
	}
	return &union{args: args}, nil
}

func (u *union) M__repr__() (py.Object, error) {
	parts := make([]string, len(u.args))
	for i, a := range u.args {
		if a == py.NoneTypeType {
			parts[i] = "None"
			continue
		}
		parts[i] = typeText(a)
	}
	return py.String(strings.Join(parts, " | ")), nil
}

func (u *union) M__or__(other py.Object) (py.Object, error) {
	if !unionable(other) {
		return py.NotImplemented, nil
	}
	return newUnion(u, other)
}

func (u *union) M__ror__(other py.Object) (py.Object, error) {
	if !unionable(other) {
		return py.NotImplemented, nil
	}
	return newUnion(other, u)
}

// M__eq__: two unions are equal when they have the same members, in any
// order.
func (u *union) M__eq__(other py.Object) (py.Object, error) {
	o, ok := other.(*union)
	if !ok {
		return py.NotImplemented, nil
	}
	if len(o.args) != len(u.args) {
		return py.False, nil
	}
	for _, a := range u.args {
		found := false
		for _, b := range o.args {
			same, err := equal(a, b)
			if err != nil {
				return nil, err
			}
			if same {
				found = true
				break
			}
		}
		if !found {
			return py.False, nil
		}
	}
	return py.True, nil
}

func (u *union) M__ne__(other py.Object) (py.Object, error) {
	eq, err := u.M__eq__(other)
	if err != nil || eq == py.NotImplemented {
		return eq, err
	}
	return py.NewBool(eq == py.False), nil
}

// M__hash__ does not depend on the order of the members, as equality
// does not.
func (u *union) M__hash__() (py.Object, error) {
	var h int64
	for _, a := range u.args {
		x, err := hashOf(a)
		if err != nil {
			return nil, err
		}
		h ^= x*1000003 + 0x345678
	}
	if h == -1 {
		h = -2
	}
	return py.Int(h), nil
}

func init() {
	unionType.Dict["__args__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return append(py.Tuple(nil), self.(*union).args...), nil
	}}
	unionType.Dict["__module__"] = py.String("types")
}
