// Package coverage tells, for every exported function and method of a
// module, whether privet treats it as a sink and why: a catalog entry, a
// family rule, derived from the module's own code (its parameter reaches
// an HTTP call or another sink), or not a sink. It is what
// `privet sinks -coverage MODULE` prints, so that a user can check an SDK
// before trusting privet with it, and the freshness check can spot
// endpoints the catalog misses.
package coverage

import (
	"go/types"
	"slices"
	"strconv"
	"strings"

	"github.com/privetlint/privet/passes/sinks"
	"github.com/privetlint/privet/passes/taint"
)

// Status is how a function came to be a sink, or that it is none.
type Status string

// The statuses, in the order counts list them.
const (
	Entry   Status = "entry"
	Rule    Status = "rule"
	Derived Status = "derived"
	NotSink Status = "not a sink"
)

// Statuses lists the statuses in order.
var Statuses = []Status{Entry, Rule, Derived, NotSink}

// Row is one exported function or method.
type Row struct {
	Package string `json:"package"`
	// Func is the function or Receiver.Method.
	Func   string `json:"func"`
	Status Status `json:"status"`
	// Sink is the sink's display name and Kind its kind, for sinks.
	Sink string `json:"sink,omitempty"`
	Kind string `json:"kind,omitempty"`
	// Why says why a function is not a sink, or through what a derived
	// one sends.
	Why string `json:"why,omitempty"`
}

// Report is the coverage of one module.
type Report struct {
	Module  string         `json:"module"`
	Version string         `json:"version,omitempty"`
	Family  string         `json:"family,omitempty"`
	Counts  map[Status]int `json:"counts"`
	Rows    []Row          `json:"rows"`
}

// Package is what Classify needs of a package of the module: its types
// and the taint summaries of its functions, or in a catalog module the
// sinks its code derives.
type Package struct {
	Types     *types.Package
	Summaries map[*types.Func]*taint.Summary
	SDKSinks  map[*types.Func]*taint.SDKSink
}

// Classify fills the report's rows and counts from the module's
// packages, sorted by package and name. fam is the catalog family of the
// module, nil outside the catalog.
func Classify(r *Report, m *sinks.Matcher, fam *sinks.Family, pkgs []Package) {
	r.Counts = map[Status]int{}
	for _, p := range pkgs {
		for _, fn := range Exported(p.Types) {
			row := classify(m, fam, fn, p.Summaries[fn], p.SDKSinks[fn])
			row.Package = p.Types.Path()
			r.Rows = append(r.Rows, row)
			r.Counts[row.Status]++
		}
	}
	slices.SortFunc(r.Rows, func(a, b Row) int {
		if c := strings.Compare(a.Package, b.Package); c != 0 {
			return c
		}
		return strings.Compare(a.Func, b.Func)
	})
}

func classify(m *sinks.Matcher, fam *sinks.Family, fn *types.Func, sum *taint.Summary, sdk *taint.SDKSink) Row {
	row := Row{Func: name(fn)}
	how, sink := m.Classify(fn)
	switch {
	case sink != nil:
		row.Status, row.Sink, row.Kind = Entry, sink.Display, string(sink.Kind)
		if how == sinks.ByRule || how == sinks.ByDoer {
			row.Status = Rule
		}
	case fam != nil && sdk != nil:
		d := m.DerivedSink(fn, sdk.Args)
		row.Status, row.Sink, row.Kind = Derived, d.Display, string(d.Kind)
		row.Why = "parameter " + declaredParamName(fn, sdk.Args[0]) + " reaches " + sdk.Via + " in the SDK's code"
	case fam != nil:
		row.Status, row.Why = NotSink, notSinkReason(fam)
	default:
		if k, ok := paramSink(sum); ok {
			row.Status, row.Sink, row.Kind = Derived, k.Sink.Display, string(k.Sink.Kind)
			row.Why = "parameter " + paramName(fn, k.Param) + " reaches " + k.Sink.Display
			break
		}
		row.Status, row.Why = NotSink, "no parameter reaches a sink in its code"
	}
	return row
}

// notSinkReason says why no entry or rule of the family covers fn.
func notSinkReason(fam *sinks.Family) string {
	if len(fam.Rules) == 0 {
		return "catalog module: no entry (the family has no rules); no parameter reaches a request in its code"
	}
	return "catalog module: no entry; no rule matches (" + sinks.RuleList(fam.Rules) + "); no parameter reaches a request in its code"
}

// paramSink is the first sink a parameter (not the receiver) reaches.
func paramSink(sum *taint.Summary) (taint.SinkFlow, bool) {
	if sum == nil {
		return taint.SinkFlow{}, false
	}
	for _, k := range sum.Sinks {
		return k, true
	}
	return taint.SinkFlow{}, false
}

// paramName names parameter i as the summary counts it (the receiver
// first for methods).
func paramName(fn *types.Func, i int) string {
	sig := fn.Type().(*types.Signature)
	if sig.Recv() != nil {
		if i == 0 {
			return "the receiver"
		}
		i--
	}
	if i < sig.Params().Len() {
		if n := sig.Params().At(i).Name(); n != "" && n != "_" {
			return n
		}
	}
	return "#" + strconv.Itoa(i)
}

// declaredParamName names declared parameter i (the receiver not
// counted).
func declaredParamName(fn *types.Func, i int) string {
	if fn.Type().(*types.Signature).Recv() != nil {
		i++
	}
	return paramName(fn, i)
}

// name is Func or Recv.Method.
func name(fn *types.Func) string {
	if r := sinks.ReceiverName(fn); r != "" {
		return r + "." + fn.Name()
	}
	return fn.Name()
}

// Exported lists the package's exported functions and the exported
// methods of its named types (unexported types included: stripe's
// services are v1CustomerService values reached through exported
// fields), interface methods included.
func Exported(pkg *types.Package) []*types.Func {
	var out []*types.Func
	scope := pkg.Scope()
	for _, n := range scope.Names() {
		switch obj := scope.Lookup(n).(type) {
		case *types.Func:
			if obj.Exported() {
				out = append(out, obj)
			}
		case *types.TypeName:
			if obj.IsAlias() {
				continue
			}
			named, ok := obj.Type().(*types.Named)
			if !ok {
				continue
			}
			if it, ok := named.Underlying().(*types.Interface); ok {
				for i := range it.NumExplicitMethods() {
					if m := it.ExplicitMethod(i); m.Exported() {
						out = append(out, m)
					}
				}
				continue
			}
			for i := range named.NumMethods() {
				if m := named.Method(i); m.Exported() {
					out = append(out, m)
				}
			}
		}
	}
	return out
}
