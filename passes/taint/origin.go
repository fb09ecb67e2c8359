package taint

import (
	"go/types"

	"github.com/privetlint/privet/internal/category"
)

// origin is what a tainted value may carry: either data read from a
// source, or (while summarising a function) whatever the caller passes in
// parameter param.
type origin struct {
	param int // -1 for a source
	// source names the field or type the data was read from, e.g.
	// "Customer.Email". Empty for a parameter origin.
	source string
	// cats are the categories of a source origin, and the categories
	// already removed by sanitizers for a parameter origin.
	cats category.Set
	// path, for a parameter origin, is the part of the argument the value
	// came from, so that a callee reading one field of a struct does not
	// pick up what the caller stored in another.
	path  Path
	trace *trace
	key   originKey
	// valueType, for a source origin made by a value used as a whole, is
	// that value's type (see narrowWhole).
	valueType *wholeType
}

// wholeType is the type of a value used as a whole: key names it (see
// typeKey); t is the type itself, unknown (nil) when the origin comes
// from another package's facts.
type wholeType struct {
	t   types.Type
	key string
}

func newWholeType(t types.Type) *wholeType { return &wholeType{t, typeKey(t)} }

// originKey identifies an origin regardless of its trace: two origins
// with the same key are the same data.
type originKey struct {
	param  int
	path   Path
	source string
	cats   string
}

func newSource(source string, cats category.Set, step Step) *origin {
	o := &origin{param: -1, source: source, cats: cats, trace: (*trace)(nil).push(step)}
	o.rekey()
	return o
}

// newSourceTrace is a source origin whose path so far is steps (from a
// summary).
func newSourceTrace(source string, cats category.Set, steps []Step) *origin {
	o := &origin{param: -1, source: source, cats: cats}
	o.rekey()
	return o.withTrace(steps)
}

func newParam(i int) *origin {
	o := &origin{param: i}
	o.rekey()
	return o
}

func (o *origin) rekey() {
	o.key = originKey{param: o.param, path: o.path, source: o.source, cats: o.cats.String()}
}

func (o *origin) isParam() bool { return o.param >= 0 }

// at returns a parameter origin narrowed to a part of it; source origins
// are returned unchanged.
func (o *origin) at(suffix Path) *origin {
	if !o.isParam() || suffix == "" {
		return o
	}
	c := *o
	c.path = o.path.thenCapped(suffix)
	if c.path == o.path {
		return o
	}
	c.rekey()
	return &c
}

// whole returns a parameter origin for the whole parameter, or, when
// its path goes through a type step (see typeStep), for the whole part
// seen through it: widening keeps what says which implementation the
// data reaches.
func (o *origin) whole() *origin {
	if !o.isParam() || o.path == "" {
		return o
	}
	c := *o
	c.path = o.path.upToType()
	if c.path == o.path {
		return o
	}
	c.rekey()
	return &c
}

// with returns o extended by a step.
func (o *origin) with(s Step) *origin {
	if o.trace.len() >= maxTrace {
		return o
	}
	c := *o
	c.trace = o.trace.push(s)
	return &c
}

// withTrace returns o extended by several steps.
func (o *origin) withTrace(steps []Step) *origin {
	if len(steps) == 0 || o.trace.len() >= maxTrace {
		return o
	}
	c := *o
	for _, s := range steps {
		if c.trace.len() >= maxTrace {
			break
		}
		c.trace = c.trace.push(s)
	}
	return &c
}

// sanitized returns o with the categories in clean removed, or nil if
// nothing is left. For a parameter origin the removed categories are
// remembered, to be applied to whatever the caller passes. A cleaning
// may also keep categories marked with the sanitizer's name, for the
// policy to decide at the report (config.Cleaning; category.Clean).
func (o *origin) sanitized(clean category.Set) *origin {
	if clean.Empty() {
		return o
	}
	if o.isParam() {
		c := *o
		c.cats = o.cats.Then(clean)
		c.rekey()
		return &c
	}
	left := o.cats.Clean(clean)
	if left.Empty() {
		return nil
	}
	if left.Equal(o.cats) {
		return o
	}
	c := *o
	c.cats = left
	c.rekey()
	return &c
}
