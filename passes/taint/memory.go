package taint

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// The memory model. A function's memory is a set of abstract cells, each
// a root value (an allocation, a parameter, a global, an opaque pointer)
// and a Path below it. A pointer-like value refers to the cells locs
// finds by walking back through field and element addresses,
// conversions, phis and aliasing calls. Reads see every cell whose path
// overlaps; writes only add (taint never shrinks), which is what makes
// the fixpoint end.

// loc is an abstract memory cell.
type loc struct {
	root ssa.Value
	path Path
}

// locs returns the memory cells a pointer-like value may refer to.
func (st *fnState) locs(v ssa.Value) []loc {
	if l, ok := st.locMemo[v]; ok {
		return l
	}
	st.locMemo[v] = []loc{{v, ""}} // breaks cycles through phis
	var out []loc
	extend := func(base ssa.Value, suffix Path) {
		for _, l := range st.locs(base) {
			out = append(out, loc{l.root, l.path.thenCapped(suffix)})
		}
	}
	switch v := v.(type) {
	case *ssa.FieldAddr:
		extend(v.X, fieldStep(v.Field))
	case *ssa.IndexAddr:
		extend(v.X, elemStep)
	case *ssa.UnOp:
		if v.Op == token.MUL && isRef(v.Type()) {
			extend(v.X, derefStep)
		}
	case *ssa.ChangeType:
		extend(v.X, "")
	case *ssa.MakeInterface:
		if isRef(v.X.Type()) {
			extend(v.X, "")
		}
	case *ssa.ChangeInterface:
		extend(v.X, "")
	case *ssa.TypeAssert:
		extend(v.X, "")
	case *ssa.Slice:
		extend(v.X, "")
	case *ssa.SliceToArrayPointer:
		extend(v.X, "")
	case *ssa.Convert:
		if isRef(v.X.Type()) {
			extend(v.X, "")
		}
	case *ssa.Extract:
		if ta, ok := v.Tuple.(*ssa.TypeAssert); ok && v.Index == 0 {
			extend(ta.X, "")
		} else if base, ok := st.aliases[v.Tuple]; ok && v.Index == 0 {
			extend(base, "")
		}
	case *ssa.Phi:
		for _, e := range v.Edges {
			if _, isConst := e.(*ssa.Const); !isConst {
				extend(e, "")
			}
		}
	case *ssa.Call:
		if base, ok := st.aliases[v]; ok {
			extend(base, "")
		}
	}
	if len(out) == 0 {
		out = []loc{{v, ""}}
	}
	out = dedupeLocs(out)
	st.locMemo[v] = out
	return out
}

func dedupeLocs(ls []loc) []loc {
	out := ls[:0]
	for i, l := range ls {
		if !slices.Contains(ls[:i], l) {
			out = append(out, l)
		}
	}
	return out
}

// alias records that the result v of a call points into base.
func (st *fnState) alias(v, base ssa.Value) {
	if _, ok := st.aliases[v]; !ok {
		st.aliases[v] = base
		delete(st.locMemo, v)
	}
}

// read returns the taint of every cell overlapping l. l's path may have
// type steps (see typeStep): cells are matched without them, and what
// came from a parameter keeps them.
func (st *fnState) read(l loc) set {
	var t set
	cells := st.visibleCells(l.root)
	mem := l.path.memory()
	for _, p := range sortedPaths(cells) {
		if !p.overlaps(mem) {
			continue
		}
		c := cells[p]
		if rest, ok := l.path.belowMemory(p); ok {
			// A part of a value stored whole: what came from a
			// parameter is that part of it (a value receiver, which
			// SSA spills to a local before reading its fields), and
			// a value used as a whole is seen through the type
			// steps of the rest.
			c = st.typedWhole(c.at(rest), rest)
		}
		t, _ = t.union(c)
	}
	return t
}

// visibleCells returns the cells below root that a read at this point
// sees (see order.visible).
func (st *fnState) visibleCells(root ssa.Value) map[Path]set {
	cells := st.cells(root, false)
	if len(cells) == 0 {
		return nil
	}
	if seen := st.order.visible(root); seen != nil {
		return seen
	}
	return cells
}

// readEnclosing is read without the cells below l: the taint of the
// value stored at l itself (or in an enclosing cell). A pointer to a
// struct loaded from memory holds that; what lies below it is read
// through the pointer's own cells (locs), field by field.
func (st *fnState) readEnclosing(l loc) set {
	var t set
	cells := st.visibleCells(l.root)
	for _, p := range sortedPaths(cells) {
		rest, ok := l.path.belowMemory(p)
		if !ok {
			continue
		}
		t, _ = t.union(st.typedWhole(cells[p].at(rest), rest))
	}
	return t
}

// readBelow returns the taint of the cells at suffix below what v refers to.
func (st *fnState) readBelow(v ssa.Value, suffix Path) set {
	var t set
	for _, l := range st.locs(v) {
		t, _ = t.union(st.read(loc{l.root, l.path.thenCapped(suffix)}))
	}
	return t
}

func sortedPaths(m map[Path]set) []Path {
	keys := make([]Path, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// write unions t into the cells v refers to, extended by suffix.
func (st *fnState) write(v ssa.Value, suffix Path, t set) {
	if len(t) == 0 {
		return
	}
	for _, l := range st.locs(v) {
		cells := st.cells(l.root, true)
		p := l.path.thenCapped(suffix)
		in := t
		g, global := l.root.(*ssa.Global)
		if global = global && g.Pkg == st.a.ssaPkg; global {
			// A package variable is shared by the package's
			// functions, in which this function's parameters mean
			// nothing.
			in = t.sources()
		}
		var grew bool
		cells[p], grew = cells[p].union(in)
		st.changed = st.changed || grew
		if global && grew {
			st.a.dirtyGlobals[g] = true
		} else if grew {
			st.order.wrote(l.root, p, in)
		}
	}
}

// cells returns the memory cells below a root. The package's own
// variables are shared by all its functions, so that a value stored in
// one function is seen by those that load it.
func (st *fnState) cells(root ssa.Value, create bool) map[Path]set {
	if g, ok := root.(*ssa.Global); ok && g.Pkg == st.a.ssaPkg {
		if st.a.globalReaders[g] == nil {
			st.a.globalReaders[g] = map[*ssa.Function]bool{}
		}
		st.a.globalReaders[g][st.fn] = true
		if create && st.a.globals[g] == nil {
			st.a.globals[g] = map[Path]set{}
		}
		return st.a.globals[g]
	}
	cells := st.mem[root]
	if cells == nil && create {
		cells = map[Path]set{}
		st.mem[root] = cells
	}
	return cells
}

// copyCells copies the cells below src to the same paths below dst.
func (st *fnState) copyCells(dst, src ssa.Value) {
	for _, from := range st.locs(src) {
		cells := st.cells(from.root, false)
		for _, p := range sortedPaths(cells) {
			if rest, ok := p.below(from.path); ok {
				st.write(dst, rest, cells[p])
			} else if p.overlaps(from.path) {
				st.write(dst, "", cells[p]) // a write to the whole of an enclosing cell
			}
		}
	}
}

// copyCellsAt writes the cells src refers to (those its reads would see
// at this point) below prefix of what dst refers to, each with step.
func (st *fnState) copyCellsAt(dst ssa.Value, prefix Path, src ssa.Value, step Step) {
	for _, from := range st.locs(src) {
		cells := st.visibleCells(from.root)
		for _, p := range sortedPaths(cells) {
			c := cells[p]
			if step.What != "" && len(c) > 0 {
				c = c.with(step)
			}
			if rest, ok := p.below(from.path); ok {
				st.write(dst, prefix.thenCapped(rest), c)
			} else if p.overlaps(from.path) {
				st.write(dst, prefix, c) // a write to the whole of an enclosing cell
			}
		}
	}
}

// deep is the taint of a value together with everything reachable from it
// in memory: what a callee receiving it could read.
func (st *fnState) deep(v ssa.Value) set {
	t := st.cleanedVal(v)
	if types.IsInterface(v.Type()) {
		t, _ = t.union(st.asserted(v))
	}
	if isRef(v.Type()) {
		for _, l := range st.locs(v) {
			t, _ = t.union(st.read(l))
		}
	}
	return t
}

// part is the taint of the part of an argument a callee's summary names:
// the value's own taint narrowed to that part, and the memory cells at
// that path below it.
func (st *fnState) part(v ssa.Value, path Path) set {
	if path == "" {
		return st.deep(v)
	}
	t := st.typedWhole(st.vals[v].at(path), path)
	base := v
	if load, ok := v.(*ssa.UnOp); ok && load.Op == token.MUL && !isRef(v.Type()) {
		// A struct passed by value, just loaded from memory: look at
		// the cells it was loaded from, at path only (the loaded value
		// holds every cell: o.Limit of Options{Existing: pii} is clean).
		base = load.X
		t = st.typedWhole(st.vals[base].at(path), path)
	} else if !isRef(v.Type()) {
		return t
	}
	t, _ = t.union(st.readBelow(base, path))
	return t
}

// isRef reports whether values of t refer to memory that others share.
func isRef(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Map, *types.Slice, *types.Chan, *types.Interface:
		return true
	}
	return false
}
