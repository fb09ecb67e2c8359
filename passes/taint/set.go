package taint

import "slices"

// set is a small set of origins keyed by origin.key; the first origin to
// arrive with a key keeps its trace, so traces are the first path found in
// the deterministic instruction order.
type set []*origin

// maxSet bounds a set: beyond it, parameter origins lose their paths
// (widen), which keeps sets small in big functions that read many fields
// of their parameters.
const maxSet = 32

func (s set) has(key originKey) bool {
	for _, o := range s {
		if o.key == key {
			return true
		}
	}
	return false
}

// add returns s ∪ {o} and whether it grew. A parameter origin narrowed to
// a path is already covered by the same origin for the whole parameter.
// s is never modified in place: sets are shared between values.
func (s set) add(o *origin) (set, bool) {
	if o == nil || s.has(o.key) {
		return s, false
	}
	if o.isParam() && o.path != "" {
		// Covered by the whole parameter, or by the whole part seen
		// through a type step.
		k := o.key
		k.path = ""
		if s.has(k) {
			return s, false
		}
		if k.path = o.path.upToType(); k.path != "" && k.path != o.path && s.has(k) {
			return s, false
		}
	}
	out := append(s[:len(s):len(s)], o)
	if len(out) > maxSet {
		out = out.widen()
	}
	return out, true
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
func (s set) at(suffix Path) set {
	if suffix == "" || !slices.ContainsFunc(s, (*origin).isParam) {
		return s
	}
	return s.mapped(func(o *origin) *origin { return o.at(suffix) })
}

// sources returns the source origins of s.
func (s set) sources() set {
	if !slices.ContainsFunc(s, (*origin).isParam) {
		return s
	}
	return s.mapped(func(o *origin) *origin {
		if o.isParam() {
			return nil
		}
		return o
	})
}

// mapped applies f to every origin, dropping nils.
func (s set) mapped(f func(*origin) *origin) set {
	var out set
	for _, o := range s {
		out, _ = out.add(f(o))
	}
	return out
}

// with extends every origin of s by a step.
func (s set) with(step Step) set {
	return s.mapped(func(o *origin) *origin { return o.with(step) })
}
