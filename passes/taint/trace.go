package taint

import "go/token"

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
