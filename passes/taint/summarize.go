package taint

import (
	"slices"
	"strings"
)

// Building a function's summary from the end state of its analysis.

// maxFlows bounds the flows of a summary. A function that stores into
// many parts of its parameters (x/tools' inliner: 180,000 flows) is
// summarised coarsely beyond it: parameters and pointees as a whole, and
// at most maxSourcesPerTarget sources per result or pointee.
const (
	maxFlows            = 256
	maxSourcesPerTarget = 8
)

// summary turns the end state into the function's summary.
func (st *fnState) summary() *Summary {
	// Once coarse, a function stays coarse: a recursive function would
	// otherwise alternate between a fine summary that grows past the
	// bound and a coarse one that, applied to itself, stays below it.
	var s *Summary
	if st.a.coarse[st.fn] {
		s = &Summary{Flows: st.flows(true)}
	} else if s = (&Summary{Flows: st.flows(false)}); len(s.Flows) > maxFlows {
		st.a.coarse[st.fn] = true
		st.a.limits.hit(limitSummaryFlows, st.fn)
		s.Flows = st.flows(true)
	}
	s.Sinks = st.sinkFlows.values()
	s.Calls = st.paramCalls.values()
	s.FuncStores = st.funcStores.values()
	s.Ifaces = st.ifaceCalls.values()
	sortSummary(s)
	if compact(s) {
		st.a.limits.hit(limitSummaryParts, st.fn)
	}
	return s
}

// flowKey identifies a flow regardless of its trace.
type flowKey struct {
	from     int
	fromPath Path
	to       Target
	source   string
	cats     string
}

// flows lists what reaches the results and the memory the parameters
// point to. coarse drops the parts of parameters and pointees and keeps
// at most maxSourcesPerTarget sources per target (see maxFlows).
func (st *fnState) flows(coarse bool) []Flow {
	var out []Flow
	seen := map[flowKey]bool{}
	addFlow := func(o *origin, to Target) {
		if coarse {
			o, to.Path = o.whole(), ""
		}
		f := Flow{From: o.param, FromPath: o.path, To: to, Cats: o.cats}
		if !o.isParam() {
			f.Source = o.source
			if o.valueType != nil {
				f.Whole, f.whole = o.valueType.key, o.valueType.t
			}
		}
		k := flowKey{f.From, f.FromPath, f.To, f.Source, f.Cats.String()}
		if seen[k] {
			return
		}
		seen[k] = true
		f.Trace = o.trace.steps()
		out = append(out, f)
	}
	for i, r := range st.results {
		for _, o := range r {
			addFlow(o, resultTarget(i))
		}
	}
	// What the function stores where a parameter (or, for a closure, a
	// captured variable) points is visible to the caller.
	pointees := func(p int, cells map[Path]set) {
		for _, path := range sortedPaths(cells) {
			for _, o := range cells[path] {
				if o.param != p {
					addFlow(o, pointeeTarget(p, path))
				}
			}
		}
	}
	for p, param := range st.fn.Params {
		if isRef(param.Type()) {
			pointees(p, st.mem[param])
		}
	}
	for k, fv := range st.fn.FreeVars {
		pointees(len(st.fn.Params)+k, st.mem[fv])
	}
	if coarse {
		out = fewSources(out)
	}
	return out
}

// fewSources keeps, per target, the flows from parameters and the
// maxSourcesPerTarget sources first by name: a choice that only changes
// while new sources arrive, so that the package's fixpoint ends.
func fewSources(flows []Flow) []Flow {
	type source struct{ name, cats string }
	byTarget := map[Target][]source{}
	for _, f := range flows {
		if f.From == FromSource {
			byTarget[f.To] = append(byTarget[f.To], source{f.Source, f.Cats.String()})
		}
	}
	type kept struct {
		to  Target
		src source
	}
	keep := map[kept]bool{}
	for t, srcs := range byTarget {
		slices.SortFunc(srcs, func(a, b source) int { return strings.Compare(a.name+"|"+a.cats, b.name+"|"+b.cats) })
		for _, s := range srcs[:min(len(srcs), maxSourcesPerTarget)] {
			keep[kept{t, s}] = true
		}
	}
	out := flows[:0]
	for _, f := range flows {
		if f.From != FromSource || keep[kept{f.To, source{f.Source, f.Cats.String()}}] {
			out = append(out, f)
		}
	}
	return out
}
