package taint

import (
	"golang.org/x/tools/go/ssa"
)

// asserted is what an interface value holds by the type assertions made
// on it before the current read: after s := i.(Customer), or in the
// case Customer: of a type switch on i, i holds a Customer, and sending
// i sends its sensitive fields, whatever i's static type says. A case
// that lists several types is taken when any of them matches, so each
// sensitive one counts.
func (st *fnState) asserted(v ssa.Value) set {
	refs := v.Referrers()
	if refs == nil || st.order.rblk == nil {
		return nil
	}
	var t set
	for _, r := range *refs {
		ta, ok := r.(*ssa.TypeAssert)
		if !ok || ta.X != v || st.a.types.of(ta.AssertedType).Empty() {
			continue
		}
		if st.assertionHolds(ta) {
			t, _ = t.union(st.wholeValueSource(ta, ta.AssertedType, ta.Pos()))
		}
	}
	return t
}

// assertionHolds reports whether type assertion ta succeeded on some
// path to the current read: it panics otherwise and runs before the
// read on every path, or it is a comma-ok one whose ok leads, by the
// true edge of an if, to a block that dominates the read.
func (st *fnState) assertionHolds(ta *ssa.TypeAssert) bool {
	at, idx := st.order.rblk, st.order.ridx
	if !ta.CommaOk {
		return dominates(ta.Block(), indexIn(ta), at, idx)
	}
	for _, r := range *ta.Referrers() {
		ok, isExtract := r.(*ssa.Extract)
		if !isExtract || ok.Index != 1 {
			continue
		}
		for _, u := range *ok.Referrers() {
			ifi, isIf := u.(*ssa.If)
			if !isIf || ifi.Cond != ok {
				continue
			}
			if ifi.Block().Succs[0].Dominates(at) {
				return true
			}
		}
	}
	return false
}

// indexIn is the index of instr in its block.
func indexIn(instr ssa.Instruction) int {
	for k, i := range instr.Block().Instrs {
		if i == instr {
			return k
		}
	}
	return -1
}
