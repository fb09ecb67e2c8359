package taint

import (
	"sort"

	"golang.org/x/tools/go/ssa"
)

// The two fixpoints. Inside a function, instructions are applied in
// order, round after round, until no value or cell grows. Over the
// package, a function is analysed again whenever the summary of a
// function it calls changes, or a package variable it reads grows.
// Taint and summaries only grow, so both end; their bounds are safety
// nets, reported as limits when reached.

// maxRounds bounds the rounds of a function's fixpoint; budgetPerFunc
// (with budgetBase) the analyses of functions in a package's.
var (
	// ifacesSettleAfter is the number of analyses of a function after
	// which its pending interface calls only grow.
	ifacesSettleAfter = 4
	maxRounds         = 50
	budgetPerFunc     = 20
	budgetBase        = 100
)

// solve computes the summaries and findings of funcs to a fixpoint.
func (a *pkgAnalysis) solve(funcs []*ssa.Function) {
	queue := append([]*ssa.Function(nil), funcs...)
	queued := map[*ssa.Function]bool{}
	for _, fn := range funcs {
		queued[fn] = true
	}
	budget := budgetPerFunc*len(funcs) + budgetBase
	analyses := map[*ssa.Function]int{}
	for len(queue) > 0 {
		if budget == 0 {
			for _, fn := range queue {
				a.limits.hit(limitBudget, fn)
			}
			return
		}
		budget--
		fn := queue[0]
		queue = queue[1:]
		queued[fn] = false
		sum, found := analyzeFunc(a, fn)
		a.findings[fn] = found
		var deps []*ssa.Function
		for g := range a.dirtyGlobals {
			for r := range a.globalReaders[g] {
				deps = append(deps, r)
			}
			delete(a.dirtyGlobals, g)
		}
		// Summaries only grow: the new one is joined with the old (see
		// joinSummary), so the package's fixpoint ends.
		old := a.summaries[fn]
		if analyses[fn]++; old != nil && analyses[fn] > ifacesSettleAfter {
			// Pending interface calls are replaced, not joined (one
			// goes away when an implementation's summary grows), so
			// functions whose pending calls depend on each other's can
			// take turns changing them; after a few analyses they only
			// grow, so that the fixpoint ends.
			sum.Ifaces = joinEntries(sum.Ifaces, old.Ifaces, IfaceCall.String)
		}
		if sum = joinSummary(old, sum); old == nil || !sameSummary(old, sum) {
			a.summaries[fn] = sum
			for d := range a.dependents[fn] {
				deps = append(deps, d)
			}
		}
		sort.Slice(deps, func(i, j int) bool {
			return deps[i].Pos() < deps[j].Pos() || deps[i].Pos() == deps[j].Pos() && deps[i].String() < deps[j].String()
		})
		for _, d := range deps {
			if !queued[d] {
				queued[d] = true
				queue = append(queue, d)
			}
		}
	}
}

// analyzeFunc runs the analysis of fn's body to a fixpoint and returns
// its summary and the flows found in it.
func analyzeFunc(a *pkgAnalysis, fn *ssa.Function) (*Summary, []Finding) {
	if fn.Blocks == nil {
		return &Summary{}, nil
	}
	st := newFnState(a, fn)
	for round := 0; ; round++ {
		if round == maxRounds {
			a.limits.hit(limitRounds, fn)
			break
		}
		st.changed = false
		for _, b := range fn.Blocks {
			for k, instr := range b.Instrs {
				st.order.at(instr, k)
				st.instr(instr)
			}
		}
		if !st.changed {
			break
		}
	}
	return st.summary(), st.findings.values()
}
