package taint

import (
	"strconv"
)

// Bounding the parts a summary lists. A parameter that reaches one
// destination through many of its parts (testcontainers-go's
// reaperSpawner.reaper: 355 sink entries, one per field path and type
// step of its provider parameter) makes every call of the function
// costly to apply and, in cycles, slow to converge. Beyond maxParts
// parts of one parameter for the same destination, the summary names
// their longest common part instead: coarser, never missing a flow.
// (testcontainers-go's package took 0.9 s of CPU with 16, 0.7 s with 4,
// 24 s unbounded.)

// maxParts bounds the parts of one parameter listed for one destination:
// high enough that a payload built from a dozen fields of a struct stays
// field-precise (sending the other fields of a struct whose e-mail is
// tagged is not a leak), low enough that a summary stays small.
var maxParts = 16

// compact drops the entries whose part lies below another entry's for
// the same destination, and replaces more than maxParts parts by their
// common prefix. It reports whether it coarsened anything.
func compact(s *Summary) bool {
	var coarse, c bool
	s.Flows, c = compactParts(s.Flows,
		func(f Flow) string {
			return strconv.Itoa(f.From) + "|" + f.To.String() + "|" + f.Source + "|" + f.Cats.String()
		},
		func(f Flow) Path { return f.FromPath },
		func(f Flow, p Path) Flow { f.FromPath = p; return f })
	coarse = coarse || c
	s.Sinks, c = compactParts(s.Sinks,
		func(k SinkFlow) string {
			return strconv.Itoa(k.Param) + "|" + string(k.Sink.Kind) + "|" + k.Sink.Family + "|" + k.Sink.Display + "|" + k.Sink.Host + "|" + k.Cleared.String()
		},
		func(k SinkFlow) Path { return k.Path },
		func(k SinkFlow, p Path) SinkFlow { k.Path = p; return k })
	coarse = coarse || c
	s.Calls, c = compactParts(s.Calls,
		func(k ParamCall) string {
			return strconv.Itoa(k.Func) + string(k.FuncPath) + "|" + strconv.Itoa(k.Arg) + "|" + strconv.Itoa(k.From) + "|" + k.Source + "|" + k.Cats.String()
		},
		func(k ParamCall) Path { return k.FromPath },
		func(k ParamCall, p Path) ParamCall { k.FromPath = p; return k })
	coarse = coarse || c
	s.Ifaces, c = compactParts(s.Ifaces,
		func(k IfaceCall) string {
			return k.Pkg + "." + k.Type + "." + k.Method + "|" + strconv.Itoa(k.Arg) + "|" + strconv.Itoa(k.From) + "|" + k.Source + "|" + k.Cats.String()
		},
		func(k IfaceCall) Path { return k.FromPath },
		func(k IfaceCall, p Path) IfaceCall { k.FromPath = p; return k })
	coarse = coarse || c
	return coarse
}

// compactParts compacts entries grouped by dest (everything but the
// part); the first entry of a group stands for it when its parts are
// merged, so the result depends only on the entries' order.
func compactParts[E any](entries []E, dest func(E) string, part func(E) Path, withPart func(E, Path) E) ([]E, bool) {
	if len(entries) < 2 {
		return entries, false
	}
	groups := map[string][]int{}
	var order []string
	for i, e := range entries {
		d := dest(e)
		if groups[d] == nil {
			order = append(order, d)
		}
		groups[d] = append(groups[d], i)
	}
	if len(order) == len(entries) {
		return entries, false
	}
	keep := make([]bool, len(entries))
	merged := map[int]Path{}
	coarse := false
	for _, d := range order {
		idx := groups[d]
		var kept []int
		for _, i := range idx {
			if !coveredByOther(entries, idx, i, part) {
				kept = append(kept, i)
			}
		}
		if len(kept) > maxParts {
			coarse = true
			p := part(entries[kept[0]])
			for _, i := range kept[1:] {
				p = commonPart(p, part(entries[i]))
			}
			merged[kept[0]] = p
			kept = kept[:1]
		}
		for _, i := range kept {
			keep[i] = true
		}
	}
	out := make([]E, 0, len(entries))
	for i, e := range entries {
		if !keep[i] {
			continue
		}
		if p, ok := merged[i]; ok {
			e = withPart(e, p)
		}
		out = append(out, e)
	}
	return out, coarse
}

// coveredByOther reports whether entry i's part lies below another
// entry's part of the same group (for equal parts, the later entry is
// the one covered).
func coveredByOther[E any](entries []E, group []int, i int, part func(E) Path) bool {
	p := part(entries[i])
	for _, j := range group {
		if j == i {
			continue
		}
		q := part(entries[j])
		if _, ok := p.below(q); ok && (p != q || j < i) {
			return true
		}
	}
	return false
}

// commonPart is the longest part both p and q lie below.
func commonPart(p, q Path) Path {
	ps, qs := p.steps(), q.steps()
	var out Path
	for i := 0; i < len(ps) && i < len(qs) && ps[i] == qs[i]; i++ {
		out += ps[i]
	}
	return out
}
