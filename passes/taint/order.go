package taint

import (
	"slices"

	"golang.org/x/tools/go/ssa"
)

// Memory is flow-sensitive within a function: a read of memory sees
// only the writes made by instructions that can run before it (earlier
// in its block, or in a block from which its block can be reached), so
// that data written into a writer after it was sent, or in the other
// branch of an if or of a select, does not reach the sink. Values are
// SSA and need no such care.
//
// The cells themselves stay flow-insensitive (what the summary and the
// other functions see); each write that grows a cell is logged with its
// instruction, and a read whose root has a write that cannot reach it
// rebuilds that root's cells from the writes that can. The log grows
// only with the cells, and most reads take the fast path (every write
// reaches them). In-place sanitizers (//privet:sanitizer in=N) use the
// same log: a write made before such a call, for a read the call runs
// before on every path, is seen cleaned.
type order struct {
	// fn is the function reach was computed for.
	fn *ssa.Function
	// blk and idx locate the instruction being applied; blk is nil
	// while applying what runs at another time than its place says (a
	// closure's effects, applied where it is made; go and defer): its
	// writes are seen by every read.
	blk *ssa.BasicBlock
	idx int
	// rblk and ridx are where its reads happen: the instruction, or
	// for the arguments of a variadic call the call; rblk is nil when
	// they see every write (see reads).
	rblk *ssa.BasicBlock
	ridx int
	log  map[ssa.Value][]written
	// consumers memoises the call each variadic argument slice goes to.
	consumers map[*ssa.Alloc]consumed
	// cleans are the calls of in-place sanitizers (see clean).
	cleans []cleanedAt
	// reach[b] lists the blocks reachable from block b by one or more
	// edges (computed when first needed).
	reach [][]bool
}

// written is a write that grew the cells of a root.
type written struct {
	path Path
	blk  *ssa.BasicBlock
	idx  int
	t    set
}

// at says which instruction is applied next: the k-th of its block.
func (o *order) at(instr ssa.Instruction, k int) {
	switch instr.(type) {
	case *ssa.MakeClosure, *ssa.Go, *ssa.Defer:
		o.blk = nil
	default:
		o.blk, o.idx = instr.Block(), k
	}
	o.rblk, o.ridx = o.blk, o.idx
}

// reads sets where the reads of the current instruction happen, for an
// instruction that stores v's value into memory at addr: a reference
// stored is read later through the copy, so such reads see every write
// (as they did before memory had an order), except for the slots of a
// variadic call's argument slice, which are read by that call.
func (o *order) reads(addr ssa.Value) {
	o.rblk = nil
	ia, ok := addr.(*ssa.IndexAddr)
	if !ok {
		return
	}
	alloc, ok := ia.X.(*ssa.Alloc)
	if !ok || alloc.Comment != "varargs" {
		return
	}
	c, ok := o.consumers[alloc]
	if !ok {
		c = consumer(alloc)
		if o.consumers == nil {
			o.consumers = map[*ssa.Alloc]consumed{}
		}
		o.consumers[alloc] = c
	}
	if c.blk != nil {
		o.rblk, o.ridx = c.blk, c.idx
	}
}

// consumed is where a variadic argument slice is read: the call it is
// passed to (blk nil: a go, a defer, append or none, whose reads see
// every write).
type consumed struct {
	blk *ssa.BasicBlock
	idx int
}

// consumer is where a variadic argument slice is read (see consumed).
func consumer(alloc *ssa.Alloc) consumed {
	for _, r := range *alloc.Referrers() {
		sl, ok := r.(*ssa.Slice)
		if !ok {
			continue
		}
		for _, u := range *sl.Referrers() {
			call, ok := u.(*ssa.Call)
			if !ok {
				continue
			}
			if _, isBuiltin := call.Call.Value.(*ssa.Builtin); isBuiltin {
				return consumed{} // append keeps the references
			}
			return consumed{call.Block(), indexIn(call)}
		}
	}
	return consumed{}
}

// wrote logs that the current instruction added t to the cell at path
// below root.
func (o *order) wrote(root ssa.Value, path Path, t set) {
	if o.log == nil {
		o.log = map[ssa.Value][]written{}
	}
	o.log[root] = append(o.log[root], written{path, o.blk, o.idx, t})
}

// visible returns the cells below root as the current instruction sees
// them, or nil when it sees them all.
func (o *order) visible(root ssa.Value) map[Path]set {
	if o.rblk == nil {
		return nil
	}
	log := o.log[root]
	all := true
	for i := range log {
		if !o.before(&log[i]) {
			all = false
			break
		}
	}
	if all && !o.cleansBelow(root) {
		return nil
	}
	cells := map[Path]set{}
	for i := range log {
		if w := &log[i]; o.before(w) {
			t := w.t
			if c := o.cleanedWrite(root, w); c.any() {
				t = c.apply(t)
			}
			cells[w.path], _ = cells[w.path].union(t)
		}
	}
	return cells
}

// cleanedAt is a call of an in-place sanitizer: from there on, what the
// memory below roots held before the call is clean of what.
type cleanedAt struct {
	roots []ssa.Value
	blk   *ssa.BasicBlock
	idx   int
	what  cleaned
}

// clean records that the current instruction cleans what the memory
// below roots holds. A deferred clean happens at the end and cleans
// nothing the function reads.
func (o *order) clean(roots []ssa.Value, what cleaned) {
	if o.blk == nil {
		return
	}
	for _, c := range o.cleans {
		if c.blk == o.blk && c.idx == o.idx && c.roots[0] == roots[0] {
			return
		}
	}
	o.cleans = append(o.cleans, cleanedAt{roots, o.blk, o.idx, what})
}

// cleansBelow reports whether an in-place sanitizer cleans below root.
func (o *order) cleansBelow(root ssa.Value) bool {
	for i := range o.cleans {
		if slices.Contains(o.cleans[i].roots, root) {
			return true
		}
	}
	return false
}

// cleanedFor is what the in-place sanitizers that ran before the
// current read, on every path to it, cleaned below root.
func (o *order) cleanedFor(root ssa.Value) cleaned {
	var out cleaned
	if o.rblk == nil {
		return out
	}
	for i := range o.cleans {
		c := &o.cleans[i]
		if slices.Contains(c.roots, root) && dominates(c.blk, c.idx, o.rblk, o.ridx) {
			out = out.or(c.what)
		}
	}
	return out
}

// cleanedWrite is what the in-place sanitizers that ran after write w
// and before the current read, on every path, cleaned of it.
func (o *order) cleanedWrite(root ssa.Value, w *written) cleaned {
	var out cleaned
	if w.blk == nil {
		return out
	}
	for i := range o.cleans {
		c := &o.cleans[i]
		if slices.Contains(c.roots, root) && dominates(w.blk, w.idx, c.blk, c.idx) && dominates(c.blk, c.idx, o.rblk, o.ridx) {
			out = out.or(c.what)
		}
	}
	return out
}

// dominates reports whether the instruction idx of block a runs before
// instruction jdx of block b on every path to it.
func dominates(a *ssa.BasicBlock, idx int, b *ssa.BasicBlock, jdx int) bool {
	if a == b {
		return idx < jdx
	}
	return a.Dominates(b)
}

// before reports whether write w can run before the current
// instruction.
func (o *order) before(w *written) bool {
	switch {
	case w.blk == nil:
		return true
	case w.blk == o.rblk && w.idx < o.ridx:
		return true
	}
	return o.reaches(w.blk, o.rblk)
}

// reaches reports whether block to can run after block from: a path of
// one or more edges leads there, or to is the block a panic recovers to.
func (o *order) reaches(from, to *ssa.BasicBlock) bool {
	fn := from.Parent()
	if to == fn.Recover {
		return true
	}
	if o.fn != fn {
		o.fn, o.reach = fn, make([][]bool, len(fn.Blocks))
	}
	r := o.reach[from.Index]
	if r == nil {
		r = make([]bool, len(fn.Blocks))
		stack := append([]*ssa.BasicBlock(nil), from.Succs...)
		for len(stack) > 0 {
			b := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if r[b.Index] {
				continue
			}
			r[b.Index] = true
			stack = append(stack, b.Succs...)
		}
		o.reach[from.Index] = r
	}
	return r[to.Index]
}
