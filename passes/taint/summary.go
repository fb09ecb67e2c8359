package taint

import (
	"cmp"
	"fmt"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"github.com/privetlint/privet/internal/category"
	"github.com/privetlint/privet/passes/sinks"
)

// Summary is what a function does with sensitive data, as seen by its
// callers. It is exported as a fact only when it says something, so that
// facts stay sparse (see DESIGN.md, Performance).
//
// Parameters are numbered as in SSA: for methods the receiver is 0; for
// closures the free variables follow the parameters.
type Summary struct {
	Flows      []Flow
	Sinks      []SinkFlow
	Calls      []ParamCall
	FuncStores []FuncStore
	Ifaces     []IfaceCall
}

// FromSource is the From of an entry whose data is read from a source
// inside the function rather than passed in a parameter.
const FromSource = -1

// Flow says that data reaches a result or the memory a parameter points to.
type Flow struct {
	// From is the parameter the data comes from, or FromSource when it
	// is read from a source inside the function (Source and Cats say
	// which).
	From int
	// FromPath is the part of parameter From the data comes from.
	FromPath Path
	To       Target
	Source   string
	// Cats are the source's categories, or for a parameter the categories
	// sanitizers removed on the way.
	Cats  category.Set
	Trace []Step
	// Whole, for a source that is a value used as a whole, names its
	// type (typeKey), so that callers still tell which implementations
	// it can reach (see typeStep); whole is the type itself, valid only
	// in the package that computed the summary.
	Whole string
	whole types.Type
}

// Target is where a flow's data arrives: result Index, or, for a
// Pointee, the memory parameter Index points to, at Path below it.
type Target struct {
	Pointee bool
	Index   int
	Path    Path
}

func resultTarget(i int) Target { return Target{Index: i} }

func pointeeTarget(param int, p Path) Target { return Target{Pointee: true, Index: param, Path: p} }

func (t Target) String() string {
	if t.Pointee {
		return "*p" + strconv.Itoa(t.Index) + string(t.Path)
	}
	return "r" + strconv.Itoa(t.Index)
}

// SinkFlow says that a parameter reaches a sink inside the function.
type SinkFlow struct {
	Param   int
	Path    Path // the part of the parameter that reaches the sink
	Cleared category.Set
	Sink    SinkRef
	Trace   []Step
	// pos is the sink call inside the function; valid only in the package
	// that computed the summary (closures report there).
	pos token.Pos
}

// ParamCall says that data reaches an argument of a call of a function
// the caller passes in (each(items, send) calling send(item)): the
// caller applies the sinks of the function it passes.
type ParamCall struct {
	// Func is the parameter holding the function (FuncPath names its
	// field when the function is a field of it), Arg the argument of its
	// call the data is passed as.
	Func     int
	FuncPath Path
	Arg      int
	// From, FromPath, Source and Cats are as in Flow.
	From     int
	FromPath Path
	Source   string
	Cats     category.Set
	Trace    []Step
}

// FuncStore says that the function passed in parameter Param is stored
// at Key: a constructor keeping a callback in a field. Callers index the
// functions they pass as stored there, so that calls of that field
// resolve to them.
type FuncStore struct {
	Param int
	Key   StoreKey
}

// SinkRef names a sink in a summary.
type SinkRef struct {
	Kind    sinks.Kind
	Family  string
	Display string
	// Host is the destination of an HTTP request when its URL is a
	// constant, for policy rules on first-party hosts.
	Host string
}

// AFact marks Summary as an analysis fact.
func (*Summary) AFact() {}

// Empty reports whether the summary says nothing.
func (s *Summary) Empty() bool {
	return s == nil || len(s.Flows) == 0 && len(s.Sinks) == 0 && len(s.Calls) == 0 && len(s.FuncStores) == 0 && len(s.Ifaces) == 0
}

// hasSource reports whether a result, a pointee or a function argument
// receives data read from a source inside the function.
func (s *Summary) hasSource() bool {
	for _, f := range s.Flows {
		if f.From == FromSource {
			return true
		}
	}
	for _, c := range s.Calls {
		if c.From == FromSource {
			return true
		}
	}
	for _, c := range s.Ifaces {
		if c.From == FromSource {
			return true
		}
	}
	return false
}

// String is the compact form used by fact wants in tests, e.g.
// "p0->r0 src(Customer.Email:pii)->r0 p1->sink(ai:openai Chat.Completions.New)".
func (s *Summary) String() string {
	var parts []string
	parts = appendTexts(parts, s.Flows, Flow.text)
	parts = appendTexts(parts, s.Sinks, SinkFlow.text)
	parts = appendTexts(parts, s.Calls, ParamCall.text)
	parts = appendTexts(parts, s.FuncStores, FuncStore.text)
	parts = appendTexts(parts, s.Ifaces, IfaceCall.String)
	return strings.Join(parts, " ")
}

func appendTexts[E any](parts []string, entries []E, text func(E) string) []string {
	for _, e := range entries {
		parts = append(parts, text(e))
	}
	return parts
}

func (f Flow) text() string {
	return fromText(f.From, f.FromPath, f.Source, f.Cats) + "->" + f.To.String()
}

func (k SinkFlow) text() string {
	return fmt.Sprintf("%s->sink(%s:%s)", fromText(k.Param, k.Path, "", k.Cleared), k.Sink.Kind, k.Sink.Display)
}

func (c ParamCall) text() string {
	return fmt.Sprintf("%s->p%d%s(arg%d)", fromText(c.From, c.FromPath, c.Source, c.Cats), c.Func, c.FuncPath, c.Arg)
}

func (f FuncStore) text() string { return fmt.Sprintf("p%d=>%s", f.Param, f.Key) }

// joinSummary returns the union of two summaries of one function (new's
// entries, then old's that new lacks, in canonical order), but for the
// pending interface calls, which are new's. The package's
// fixpoint keeps the join of a function's successive summaries so that
// they only grow: a summary is not monotone in its callees' (a set of
// parameter parts collapses to the whole parameter past maxSet, the
// first trace to arrive wins), and in a cycle of functions calling each
// other through interfaces such changes went round without end (the
// vet tool on testcontainers-go spent 88 s in one package).
func joinSummary(old, new *Summary) *Summary {
	if old == nil {
		return new
	}
	j := &Summary{
		Flows:      joinEntries(new.Flows, old.Flows, Flow.text),
		Sinks:      joinEntries(new.Sinks, old.Sinks, SinkFlow.text),
		Calls:      joinEntries(new.Calls, old.Calls, ParamCall.text),
		FuncStores: joinEntries(new.FuncStores, old.FuncStores, FuncStore.text),
		// A pending call is one no implementation resolved yet: it
		// goes away when an implementation's summary grows, so only
		// the latest are kept.
		Ifaces: new.Ifaces,
	}
	sortSummary(j)
	compact(j)
	return j
}

func joinEntries[E any](into, from []E, text func(E) string) []E {
	if len(from) == 0 {
		return into
	}
	seen := make(map[string]bool, len(into))
	for _, e := range into {
		seen[text(e)] = true
	}
	out := into[:len(into):len(into)]
	for _, e := range from {
		if t := text(e); !seen[t] {
			seen[t] = true
			out = append(out, e)
		}
	}
	return out
}

// fromText renders where an entry's data comes from: "p1/f0", with the
// categories sanitized on the way ("p1-pii"), or "src(Customer.Email:pii)".
func fromText(from int, path Path, source string, cats category.Set) string {
	if from == FromSource {
		return fmt.Sprintf("src(%s:%s)", source, cats)
	}
	text := fmt.Sprintf("p%d%s", from, path)
	if !cats.Empty() {
		text += "-" + cats.String()
	}
	return text
}

// sortSummary puts a summary in canonical order so that facts encode the
// same bytes every time.
func sortSummary(s *Summary) {
	slices.SortStableFunc(s.Flows, func(a, b Flow) int {
		return cmp.Or(
			cmp.Compare(a.From, b.From),
			compareTargets(a.To, b.To),
			strings.Compare(string(a.FromPath), string(b.FromPath)),
			strings.Compare(string(a.To.Path), string(b.To.Path)),
			strings.Compare(a.Source, b.Source),
			strings.Compare(a.Cats.String(), b.Cats.String()))
	})
	slices.SortStableFunc(s.Sinks, func(a, b SinkFlow) int {
		return cmp.Or(
			cmp.Compare(a.Param, b.Param),
			strings.Compare(string(a.Path), string(b.Path)),
			strings.Compare(a.Sink.Display, b.Sink.Display),
			strings.Compare(a.Cleared.String(), b.Cleared.String()))
	})
	slices.SortStableFunc(s.Calls, func(a, b ParamCall) int {
		return cmp.Or(
			cmp.Compare(a.Func, b.Func),
			strings.Compare(string(a.FuncPath), string(b.FuncPath)),
			cmp.Compare(a.Arg, b.Arg),
			cmp.Compare(a.From, b.From),
			strings.Compare(string(a.FromPath), string(b.FromPath)),
			strings.Compare(a.Source, b.Source),
			strings.Compare(a.Cats.String(), b.Cats.String()))
	})
	slices.SortStableFunc(s.FuncStores, func(a, b FuncStore) int {
		return cmp.Or(cmp.Compare(a.Param, b.Param), strings.Compare(a.Key.String(), b.Key.String()))
	})
	slices.SortStableFunc(s.Ifaces, func(a, b IfaceCall) int {
		return cmp.Or(
			strings.Compare(a.Pkg+"."+a.Type+"."+a.Method, b.Pkg+"."+b.Type+"."+b.Method),
			cmp.Compare(a.Arg, b.Arg),
			cmp.Compare(a.From, b.From),
			strings.Compare(string(a.FromPath), string(b.FromPath)),
			strings.Compare(a.Source, b.Source),
			strings.Compare(a.Cats.String(), b.Cats.String()))
	})
}

// compareTargets orders results first, the last result first, then
// pointees by parameter (the order of the facts' first encoding).
func compareTargets(a, b Target) int {
	switch {
	case a.Pointee != b.Pointee && a.Pointee:
		return 1
	case a.Pointee != b.Pointee:
		return -1
	case a.Pointee:
		return cmp.Compare(a.Index, b.Index)
	}
	return cmp.Compare(b.Index, a.Index)
}

// sameSummary reports whether two summaries say the same thing (traces
// aside), which is when the fixpoint over a package stops.
func sameSummary(a, b *Summary) bool {
	if len(a.Flows) != len(b.Flows) || len(a.Sinks) != len(b.Sinks) || len(a.Calls) != len(b.Calls) || len(a.FuncStores) != len(b.FuncStores) || len(a.Ifaces) != len(b.Ifaces) {
		return false
	}
	return a.String() == b.String()
}

// Analyzed is the package fact saying the package was analysed: a
// function of it without a Summary fact then provably moves no sensitive
// data, while functions of packages without it are treated conservatively.
type Analyzed struct{}

// AFact marks Analyzed as an analysis fact.
func (*Analyzed) AFact() {}

func (*Analyzed) String() string { return "analyzed" }
