package taint

import (
	"cmp"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// Limit says that a bound of the engine cut the analysis of a function
// short: flows through it may be coarser than they are (a summary kept
// whole, a call treated conservatively) or, for the fixpoint bounds,
// missed. Limits are rare; privet -v lists them.
type Limit struct {
	Kind LimitKind
	// Func names the function (as SSA names it, e.g.
	// "example.com/p.(*T).M"), or is empty for the whole package.
	Func string
}

// LimitKind is a bound of the engine.
type LimitKind string

// The bounds that are reported when reached.
const (
	limitRounds       LimitKind = "rounds"
	limitBudget       LimitKind = "budget"
	limitSummaryFlows LimitKind = "summary-flows"
	limitFuncTargets  LimitKind = "call-targets"
	limitImpls        LimitKind = "implementations"
	limitSummaryParts LimitKind = "summary-parts"
)

// Describe says what reaching the bound means, for privet -v.
func (k LimitKind) Describe() string {
	switch k {
	case limitRounds:
		return "the function's fixpoint stopped after its round limit; flows found later may be missed"
	case limitBudget:
		return "the package's fixpoint ran out of its budget with functions left to analyse again; flows through them may be missed"
	case limitSummaryFlows:
		return "the summary has more flows than the bound and is kept coarse (parameters and pointees as a whole)"
	case limitSummaryParts:
		return "the summary names more parts of a parameter for one destination than the bound and keeps their common part instead"
	case limitFuncTargets:
		return "a function value may be more functions than the bound; its calls are treated conservatively"
	case limitImpls:
		return "an interface has more implementations in scope than the bound; its calls apply only their sinks and are otherwise treated conservatively"
	}
	return string(k)
}

// limits collects the limits reached in a package, once each.
type limits struct {
	seen map[Limit]bool
}

func (l *limits) hit(kind LimitKind, fn *ssa.Function) {
	if l.seen == nil {
		l.seen = map[Limit]bool{}
	}
	name := ""
	if fn != nil {
		name = fn.String()
	}
	l.seen[Limit{Kind: kind, Func: name}] = true
}

// list returns the limits reached, sorted.
func (l *limits) list() []Limit {
	var out []Limit
	for k := range l.seen {
		out = append(out, k)
	}
	slices.SortFunc(out, func(a, b Limit) int {
		return cmp.Or(cmp.Compare(a.Func, b.Func), cmp.Compare(a.Kind, b.Kind))
	})
	return out
}
