package taint

import (
	"fmt"
	"go/token"
	"sort"
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
		from := fmt.Sprintf("p%d%s", f.From, f.FromPath)
		if f.From < 0 {
			from = fmt.Sprintf("src(%s:%s)", f.Source, f.Cats)
		} else if !f.Cats.Empty() {
			from += "-" + f.Cats.String()
		}
		to := fmt.Sprintf("r%d", f.To)
		if f.To < 0 {
			to = fmt.Sprintf("*p%d%s", -1-f.To, f.ToPath)
		}
		parts = append(parts, from+"->"+to)
	}
	for _, k := range s.Sinks {
		from := fmt.Sprintf("p%d%s", k.Param, k.Path)
		if !k.Cleared.Empty() {
			from += "-" + k.Cleared.String()
		}
		parts = append(parts, fmt.Sprintf("%s->sink(%s:%s)", from, k.Sink.Kind, k.Sink.Display))
	}
	for _, c := range s.Calls {
		from := fmt.Sprintf("p%d%s", c.From, c.FromPath)
		if c.From < 0 {
			from = fmt.Sprintf("src(%s:%s)", c.Source, c.Cats)
		} else if !c.Cats.Empty() {
			from += "-" + c.Cats.String()
		}
		parts = append(parts, fmt.Sprintf("%s->p%d%s(arg%d)", from, c.Func, c.FuncPath, c.Arg))
	}
	for _, f := range s.FuncStores {
		parts = append(parts, fmt.Sprintf("p%d=>%s", f.Param, f.Key))
	}
	return strings.Join(parts, " ")
}

// sortSummary puts a summary in canonical order so that facts encode the
// same bytes every time.
func sortSummary(s *Summary) {
	sort.SliceStable(s.Flows, func(i, j int) bool {
		a, b := s.Flows[i], s.Flows[j]
		if a.From != b.From {
			return a.From < b.From
		}
		if a.To != b.To {
			return a.To > b.To // results first, then pointees
		}
		if a.FromPath != b.FromPath {
			return a.FromPath < b.FromPath
		}
		if a.ToPath != b.ToPath {
			return a.ToPath < b.ToPath
		}
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		return a.Cats.String() < b.Cats.String()
	})
	sort.SliceStable(s.Sinks, func(i, j int) bool {
		a, b := s.Sinks[i], s.Sinks[j]
		if a.Param != b.Param {
			return a.Param < b.Param
		}
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Sink.Display != b.Sink.Display {
			return a.Sink.Display < b.Sink.Display
		}
		return a.Cleared.String() < b.Cleared.String()
	})
	sort.SliceStable(s.Calls, func(i, j int) bool {
		a, b := s.Calls[i], s.Calls[j]
		if a.Func != b.Func {
			return a.Func < b.Func
		}
		if a.FuncPath != b.FuncPath {
			return a.FuncPath < b.FuncPath
		}
		if a.Arg != b.Arg {
			return a.Arg < b.Arg
		}
		if a.From != b.From {
			return a.From < b.From
		}
		if a.FromPath != b.FromPath {
			return a.FromPath < b.FromPath
		}
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		return a.Cats.String() < b.Cats.String()
	})
	sort.SliceStable(s.FuncStores, func(i, j int) bool {
		a, b := s.FuncStores[i], s.FuncStores[j]
		if a.Param != b.Param {
			return a.Param < b.Param
		}
		return a.Key < b.Key
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
