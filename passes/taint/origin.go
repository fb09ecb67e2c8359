package taint

import (
	"go/token"
	"strconv"

	"github.com/privetlint/privet/internal/category"
)

// maxTrace bounds the steps kept per origin; longer paths keep their
// first steps, which are the ones that explain where the data came from.
const maxTrace = 16

// Step is one hop of a path: where the value was read, a call or store it
// went through, the sink argument it ended in.
type Step struct {
	// Pos is valid only inside the package being analysed.
	Pos token.Pos `json:"-"`
	// Where is "pkgpath/file.go:line:col", set for steps that come from
	// another package's facts, whose positions this package cannot see.
	Where string
	What  string
}

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
	// came from ("/f1" for field 1, "/[]" for an element, "/*" through a
	// pointer; "" for the whole), so that a callee reading one field of a
	// struct does not pick up what the caller stored in another.
	path  string
	trace *trace
	key   string
}

// trace is an immutable path of steps. Origins that extend a path share
// it: a step costs one node, not a copy of the path (big functions hold
// tens of thousands of origins).
type trace struct {
	prev *trace
	step Step
	n    int // steps in the path
}

func (t *trace) len() int {
	if t == nil {
		return 0
	}
	return t.n
}

func (t *trace) push(s Step) *trace { return &trace{prev: t, step: s, n: t.len() + 1} }

// steps lists the path, first step first.
func (t *trace) steps() []Step {
	out := make([]Step, t.len())
	for n := t; n != nil; n = n.prev {
		out[n.n-1] = n.step
	}
	return out
}

// maxPathDepth bounds parameter paths; a longer path is cut, which only
// makes the read wider (paths match by prefix). Loops over linked data
// would otherwise grow paths forever.
const maxPathDepth = 4

func newSource(source string, cats category.Set, step Step) *origin {
	o := &origin{param: -1, source: source, cats: cats, trace: (*trace)(nil).push(step)}
	o.key = "s|" + source + "|" + cats.String()
	return o
}

func newParam(i int) *origin {
	o := &origin{param: i}
	o.rekey()
	return o
}

func (o *origin) rekey() {
	if o.isParam() {
		o.key = "p" + strconv.Itoa(o.param) + "|" + o.path + "|" + o.cats.String()
	} else {
		o.key = "s|" + o.source + "|" + o.cats.String()
	}
}

// at returns a parameter origin narrowed to a part of it (suffix such as
// "/f2"); source origins are returned unchanged.
func (o *origin) at(suffix string) *origin {
	if !o.isParam() || suffix == "" {
		return o
	}
	c := *o
	c.path = capPath(o.path + suffix)
	if c.path == o.path {
		return o
	}
	c.rekey()
	return &c
}

func capPath(p string) string {
	n := 0
	for i := 0; i < len(p); i++ {
		if p[i] == '/' {
			n++
			if n > maxPathDepth {
				return p[:i]
			}
		}
	}
	return p
}

func (o *origin) isParam() bool { return o.param >= 0 }

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
// remembered, to be applied to whatever the caller passes.
func (o *origin) sanitized(clean category.Set) *origin {
	if clean.Empty() {
		return o
	}
	if o.isParam() {
		c := *o
		c.cats = o.cats.Union(clean)
		c.rekey()
		return &c
	}
	left := o.cats.Minus(clean)
	if left.Empty() {
		return nil
	}
	if len(left) == len(o.cats) {
		return o
	}
	c := newSource(o.source, left, Step{})
	c.trace = o.trace
	return c
}

// newSourceTrace is a source origin whose path so far is steps (from a
// summary).
func newSourceTrace(source string, cats category.Set, steps []Step) *origin {
	o := newSource(source, cats, Step{})
	o.trace = nil
	return o.withTrace(steps)
}

// set is a small set of origins keyed by origin.key; the first origin to
// arrive with a key keeps its trace, so traces are the first path found in
// the deterministic instruction order.
type set []*origin

func (s set) has(key string) bool {
	for _, o := range s {
		if o.key == key {
			return true
		}
	}
	return false
}

// maxSet bounds a set: beyond it, parameter origins lose their paths
// (widen), which keeps sets small in big functions that read many fields
// of their parameters.
const maxSet = 32

// add returns s ∪ {o} and whether it grew. A parameter origin narrowed to
// a path is already covered by the same origin for the whole parameter.
// s is never modified in place: sets are shared between values.
func (s set) add(o *origin) (set, bool) {
	if o == nil || s.has(o.key) {
		return s, false
	}
	if o.isParam() && o.path != "" && s.has(o.whole().key) {
		return s, false
	}
	out := append(s[:len(s):len(s)], o)
	if len(out) > maxSet {
		out = out.widen()
	}
	return out, true
}

// whole returns a parameter origin for the whole parameter.
func (o *origin) whole() *origin {
	if !o.isParam() || o.path == "" {
		return o
	}
	c := *o
	c.path = ""
	c.rekey()
	return &c
}

// widen replaces parameter origins by their whole-parameter versions.
func (s set) widen() set {
	var out set
	for _, o := range s {
		w := o.whole()
		if !out.has(w.key) {
			out = append(out, w)
		}
	}
	return out
}

// union returns s ∪ t and whether it grew.
func (s set) union(t set) (set, bool) {
	grew := false
	for _, o := range t {
		var g bool
		s, g = s.add(o)
		grew = grew || g
	}
	return s, grew
}

// at narrows every parameter origin of s to a part (see origin.at).
func (s set) at(suffix string) set {
	if suffix == "" || len(s) == 0 {
		return s
	}
	return s.mapped(func(o *origin) *origin { return o.at(suffix) })
}

// mapped applies f to every origin, dropping nils.
func (s set) mapped(f func(*origin) *origin) set {
	var out set
	for _, o := range s {
		out, _ = out.add(f(o))
	}
	return out
}
