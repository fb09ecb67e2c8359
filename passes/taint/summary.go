package taint

import (
	"cmp"
	"fmt"
	"go/token"
	"slices"
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
}

// FuncStore says that the function passed in parameter Param is stored
// where Key names (a struct field, a variable, an element type; see
// storeKey): a constructor keeping a callback in a field. Callers index
// the functions they pass as stored there, so that calls of that field
// resolve to them.
type FuncStore struct {
	Param int
	Key   string
}

// ParamCall says that data reaches an argument of a call of a function
// the caller passes in (each(items, send) calling send(item)): the
// caller applies the sinks of the function it passes.
type ParamCall struct {
	// Func is the parameter holding the function (FuncPath "/fN" when
	// the function is its field N), Arg the argument of its call the
	// data is passed as.
	Func     int
	FuncPath string
	Arg      int
	// From, FromPath, Source and Cats are as in Flow.
	From     int
	FromPath string
	Source   string
	Cats     category.Set
	Trace    []Step
}

// Flow says that data reaches a result or the memory a parameter points to.
type Flow struct {
	// From is the parameter the data comes from, or -1 when it is read
	// from a source inside the function (Source and Cats say which).
	From int
	// FromPath is the part of parameter From the data comes from ("" for
	// all of it, "/f1" for its field 1, ...).
	FromPath string
	// To is a result index, or -1-p for "stored where parameter p points",
	// at ToPath below it.
	To     int
	ToPath string
	Source string
	// Cats are the source's categories, or for a parameter the categories
	// sanitizers removed on the way.
	Cats  category.Set
	Trace []Step
}

// SinkFlow says that a parameter reaches a sink inside the function.
type SinkFlow struct {
	Param   int
	Path    string // the part of the parameter that reaches the sink
	Cleared category.Set
	Sink    SinkRef
	Trace   []Step
	// pos is the sink call inside the function; valid only in the package
	// that computed the summary (closures report there).
	pos token.Pos
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
	return s == nil || len(s.Flows) == 0 && len(s.Sinks) == 0 && len(s.Calls) == 0 && len(s.FuncStores) == 0
}

// hasSource reports whether a result or a pointee receives data read
// from a source inside the function.
func (s *Summary) hasSource() bool {
	for _, f := range s.Flows {
		if f.From < 0 {
			return true
		}
	}
	for _, c := range s.Calls {
		if c.From < 0 {
			return true
		}
	}
	return false
}

// String is the compact form used by fact wants in tests, e.g.
// "p0->r0 src(Customer.Email:pii)->r0 p1->sink(ai:openai Chat.Completions.New)".
func (s *Summary) String() string {
	var parts []string
	for _, f := range s.Flows {
		to := fmt.Sprintf("r%d", f.To)
		if f.To < 0 {
			to = fmt.Sprintf("*p%d%s", -1-f.To, f.ToPath)
		}
		parts = append(parts, fromText(f.From, f.FromPath, f.Source, f.Cats)+"->"+to)
	}
	for _, k := range s.Sinks {
		parts = append(parts, fmt.Sprintf("%s->sink(%s:%s)", fromText(k.Param, k.Path, "", k.Cleared), k.Sink.Kind, k.Sink.Display))
	}
	for _, c := range s.Calls {
		parts = append(parts, fmt.Sprintf("%s->p%d%s(arg%d)", fromText(c.From, c.FromPath, c.Source, c.Cats), c.Func, c.FuncPath, c.Arg))
	}
	for _, f := range s.FuncStores {
		parts = append(parts, fmt.Sprintf("p%d=>%s", f.Param, f.Key))
	}
	return strings.Join(parts, " ")
}

// fromText renders where an entry's data comes from: "p1/f0", with the
// categories sanitized on the way ("p1-pii"), or "src(Customer.Email:pii)".
func fromText(from int, path, source string, cats category.Set) string {
	if from < 0 {
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
			cmp.Compare(b.To, a.To), // results first, then pointees
			strings.Compare(a.FromPath, b.FromPath),
			strings.Compare(a.ToPath, b.ToPath),
			strings.Compare(a.Source, b.Source),
			strings.Compare(a.Cats.String(), b.Cats.String()))
	})
	slices.SortStableFunc(s.Sinks, func(a, b SinkFlow) int {
		return cmp.Or(
			cmp.Compare(a.Param, b.Param),
			strings.Compare(a.Path, b.Path),
			strings.Compare(a.Sink.Display, b.Sink.Display),
			strings.Compare(a.Cleared.String(), b.Cleared.String()))
	})
	slices.SortStableFunc(s.Calls, func(a, b ParamCall) int {
		return cmp.Or(
			cmp.Compare(a.Func, b.Func),
			strings.Compare(a.FuncPath, b.FuncPath),
			cmp.Compare(a.Arg, b.Arg),
			cmp.Compare(a.From, b.From),
			strings.Compare(a.FromPath, b.FromPath),
			strings.Compare(a.Source, b.Source),
			strings.Compare(a.Cats.String(), b.Cats.String()))
	})
	slices.SortStableFunc(s.FuncStores, func(a, b FuncStore) int {
		return cmp.Or(cmp.Compare(a.Param, b.Param), strings.Compare(a.Key, b.Key))
	})
}

// sameSummary reports whether two summaries say the same thing (traces
// aside), which is when the fixpoint over a package stops.
func sameSummary(a, b *Summary) bool {
	if len(a.Flows) != len(b.Flows) || len(a.Sinks) != len(b.Sinks) || len(a.Calls) != len(b.Calls) || len(a.FuncStores) != len(b.FuncStores) {
		return false
	}
	return a.String() == b.String()
}

// exported returns a copy of s fit for a fact: positions, which mean
// nothing in another package's file set, become "file:line:col" text.
func exported(s *Summary, fset *token.FileSet, pkgPath string) *Summary {
	where := func(steps []Step) []Step {
		out := make([]Step, len(steps))
		for i, st := range steps {
			out[i] = Step{Where: st.Where, What: st.What}
			if st.Pos.IsValid() {
				out[i].Where = shortPosition(fset, st.Pos, pkgPath)
			}
		}
		return out
	}
	out := &Summary{}
	for _, f := range s.Flows {
		f.Trace = where(f.Trace)
		out.Flows = append(out.Flows, f)
	}
	for _, k := range s.Sinks {
		k.Trace = where(k.Trace)
		k.pos = token.NoPos
		out.Sinks = append(out.Sinks, k)
	}
	for _, c := range s.Calls {
		c.Trace = where(c.Trace)
		out.Calls = append(out.Calls, c)
	}
	out.FuncStores = append(out.FuncStores, s.FuncStores...)
	return out
}

// shortPosition renders a position as "pkgpath/file.go:line:col", which
// is the same on every machine (absolute file names are not).
func shortPosition(fset *token.FileSet, pos token.Pos, pkgPath string) string {
	p := fset.Position(pos)
	name := p.Filename
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	return fmt.Sprintf("%s/%s:%d:%d", pkgPath, name, p.Line, p.Column)
}

// Analyzed is the package fact saying the package was analysed: a
// function of it without a Summary fact then provably moves no sensitive
// data, while functions of packages without it are treated conservatively.
type Analyzed struct{}

// AFact marks Analyzed as an analysis fact.
func (*Analyzed) AFact() {}

func (*Analyzed) String() string { return "analyzed" }
