package sinks

import (
	_ "embed"
	"fmt"
	"go/types"
	"reflect"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/privetlint/privet/internal/analysisdoc"
	"github.com/privetlint/privet/internal/funcname"
	"github.com/privetlint/privet/internal/guard"
	"github.com/privetlint/privet/internal/requires"
	"github.com/privetlint/privet/passes/annotations"
	"github.com/privetlint/privet/passes/config"
)

//go:embed doc.go
var doc string

// Analyzer builds the sink matcher for a package. Its Result is
// *Matcher; passes read it with For.
var Analyzer = New(config.Analyzer, annotations.Analyzer)

// New returns a sinks analyzer over a config analyzer (config.New) and an
// annotations analyzer requiring it (annotations.New).
func New(cfg, ann *analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:       "privetsinks",
		Doc:        analysisdoc.FromDocGo(doc, "privetsinks"),
		Run:        guard.Run(run),
		ResultType: reflect.TypeOf((*Matcher)(nil)),
		Requires:   []*analysis.Analyzer{ann, cfg},
	}
}

// For returns the sink matcher of the package a pass analyses: the
// result of the sinks analyzer the pass's analyzer requires.
func For(pass *analysis.Pass) *Matcher { return requires.Result[*Matcher](pass) }

// Builtin returns the built-in catalog sorted by family name, optional
// families included (the matcher skips those unless the policy enables
// them).
func Builtin() []Family {
	out := slices.Clone(registered)
	slices.SortFunc(out, func(a, b Family) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// registered holds the families of the catalog_*.go files, in no
// particular order; each file adds its own with register.
var registered []Family

// register adds a family to the built-in catalog and returns it.
func register(f Family) Family {
	registered = append(registered, f)
	return f
}

// Sink is what a matched call sends to.
type Sink struct {
	Kind    Kind
	Family  string
	Display string
	// Args are the payload arguments, counted over declared parameters
	// without the receiver. Nil: every argument except a context.Context.
	Args   []int
	URLArg int
}

// PanicSink is the name that enable: in the policy gives to the builtin
// panic as a sink (of kind crash): what a program panics with is printed
// with the crash and shipped by crash reporters. Off by default, since
// panicking with a value is also how a program stops on a bad one.
const PanicSink = "panic"

// Panic returns the sink a call of the builtin panic is when the policy
// enables it, or nil.
func (m *Matcher) Panic() *Sink {
	if !m.cfg.Enabled(PanicSink) {
		return nil
	}
	return &panicSink
}

var panicSink = Sink{Kind: KindCrash, Family: PanicSink, Display: "panic", URLArg: -1}

// Matcher answers whether a function is a sink.
type Matcher struct {
	*index
	ann *annotations.Result
	cfg *config.Config
	// funcs caches Func's answer per function (nil: no sink): the taint
	// pass asks it for every call and, at an interface call, for every
	// implementation in scope (go-redis: ~200 implementations of Cmder,
	// asked again in every fixpoint round), and the policy's sink rules
	// and the family rules look at names, signatures and fields.
	funcs map[*types.Func]*Sink
	// ruled holds what the family rules made of the functions they
	// answered for (Classify tells rules from entries by it).
	ruled map[*types.Func]*Sink
}

// index is the catalog indexed by function; it depends only on the
// catalog and the optional families enabled, so the built-in one is built
// once per process and shared by every package's matcher.
type index struct {
	byKey     map[string]*entrySink
	accessors map[string]bool
	roots     roots
	// families maps the module roots to their families.
	families map[string]*Family
}

// entrySink is an entry's sink and the majors it holds in.
type entrySink struct {
	Sink
	since, until int
}

// builtinIndexes caches the index of the built-in catalog by the names of
// the optional families enabled.
var builtinIndexes sync.Map // string -> *index

// NewMatcher indexes a catalog with the sinks a policy adds and the
// optional families it enables. ann and cfg may be nil.
func NewMatcher(families []Family, ann *annotations.Result, cfg *config.Config) *Matcher {
	if cfg == nil {
		cfg = &config.Config{}
	}
	return &Matcher{index: newIndex(families, cfg), ann: ann, cfg: cfg}
}

func newIndex(families []Family, cfg *config.Config) *index {
	idx := &index{byKey: map[string]*entrySink{}, accessors: map[string]bool{}, roots: roots{}, families: map[string]*Family{}}
	for _, fam := range families {
		if fam.Optional && !cfg.Enabled(fam.Name) {
			continue
		}
		for _, m := range fam.Modules {
			idx.roots[m] = true
			idx.families[m] = &fam
		}
		for _, e := range fam.Entries {
			idx.byKey[key(e.Package, e.Receiver, e.Name)] = &entrySink{Sink: Sink{
				Kind: fam.Kind, Family: fam.Name, Display: e.Display, Args: e.Args, URLArg: e.URLArg,
			}, since: e.Since, until: e.Until}
		}
		for _, a := range fam.Accessors {
			idx.accessors[key(a.Package, a.Receiver, a.Name)] = true
		}
	}
	return idx
}

// builtinMatcher is NewMatcher(Builtin(), ann, cfg) with a shared index.
func builtinMatcher(ann *annotations.Result, cfg *config.Config) *Matcher {
	enabled := strings.Join(cfg.Enable, ",")
	idx, ok := builtinIndexes.Load(enabled)
	if !ok {
		idx, _ = builtinIndexes.LoadOrStore(enabled, newIndex(Builtin(), cfg))
	}
	return &Matcher{index: idx.(*index), ann: ann, cfg: cfg}
}

func run(pass *analysis.Pass) (any, error) {
	ann := annotations.For(pass)
	cfg := config.For(pass)
	if err := CheckPolicy(cfg); err != nil {
		return nil, err
	}
	return builtinMatcher(ann, cfg), nil
}

// CheckPolicy checks the names a policy uses for sinks (allow rules,
// enable) against the catalog.
func CheckPolicy(cfg *config.Config) error {
	names := map[string]bool{}
	var list []string
	for _, info := range Kinds {
		names[string(info.Kind)] = true
		list = append(list, string(info.Kind))
	}
	optional := map[string]bool{}
	for _, f := range Builtin() {
		names[f.Name], names[string(f.Kind)] = true, true
		list = append(list, f.Name)
		optional[f.Name] = f.Optional
	}
	var problems []config.Problem
	builtin := KindNames()
	declared := map[string]bool{}
	for _, k := range cfg.Kinds {
		switch {
		case k.Name == "" || config.KindNameProblem(k.Name) != "":
			// reported by the parser
		case KnownKind(Kind(k.Name)):
			problems = append(problems, config.Problem{Pos: k.NamePos, Message: fmt.Sprintf("kind %q is built in; no need to declare it", k.Name)})
		case declared[k.Name]:
			problems = append(problems, config.Problem{Pos: k.NamePos, Message: fmt.Sprintf("kind %q is declared twice", k.Name)})
		}
		declared[k.Name] = true
		names[k.Name] = true
	}
	for _, r := range cfg.Sinks {
		names[r.Kind] = true
		if r.Kind == "" || KnownKind(Kind(r.Kind)) || declared[r.Kind] || config.KindNameProblem(r.Kind) != "" {
			continue
		}
		if near := config.NearMiss(r.Kind, builtin); near != "" {
			problems = append(problems, config.Problem{Pos: r.KindPos, Message: UnknownKindMessage(r.Kind, near)})
		}
	}
	for _, r := range slices.Concat(cfg.Allow, cfg.Deny, cfg.Require) {
		if r.Sink != "" && !names[r.Sink] {
			msg := fmt.Sprintf("unknown sink %s: name a catalog family or a sink kind (privet sinks lists them)", config.Quote(r.Sink))
			if s := config.Suggest(r.Sink, list); s != "" {
				msg += fmt.Sprintf("; did you mean %q?", s)
			}
			problems = append(problems, config.Problem{Pos: r.SinkPos, Message: msg})
		}
	}
	for _, e := range cfg.Enable {
		if !optional[e] && e != PanicSink {
			problems = append(problems, config.Problem{Pos: cfg.EnablePos, Message: fmt.Sprintf("enable: %s is not an optional sink family or panic", config.Quote(e))})
		}
	}
	if len(problems) > 0 {
		return &config.Error{Problems: problems}
	}
	return nil
}

// UnknownKindMessage is the message for a sink kind written in a
// directive or a sink rule that is one typo away from a built-in kind
// (near) and not declared: a kind of the user's own this close to a
// built-in one is declared under kinds: in .privet.yml.
func UnknownKindMessage(kind, near string) string {
	return fmt.Sprintf("unknown sink kind %s; did you mean %q? (a kind of your own: declare it under sink_kinds: in .privet.yml)", config.Quote(kind), near)
}

// KnownKinds lists the kinds -privet.kinds may name under the policies:
// the built-in kinds, then those the policies declare (kinds:) or give
// sink rules, sorted.
func KnownKinds(policies ...*config.Config) []string {
	custom := map[string]bool{}
	for _, cfg := range policies {
		if cfg == nil {
			continue
		}
		for _, k := range cfg.Kinds {
			custom[k.Name] = true
		}
		for _, r := range cfg.Sinks {
			custom[r.Kind] = true
		}
	}
	out := KindNames()
	var extra []string
	for k := range custom {
		if k != "" && !KnownKind(Kind(k)) {
			extra = append(extra, k)
		}
	}
	slices.Sort(extra)
	return append(out, extra...)
}

// CheckKinds checks a -privet.kinds list (the entries, split at commas)
// against the kinds known under the policies (KnownKinds): a usage error
// names the first entry that is not a kind, with a did-you-mean. An
// entry that looks like a package pattern ("./...": the flag took the
// packages as its value) says so.
func CheckKinds(kinds []string, policies ...*config.Config) error {
	known := KnownKinds(policies...)
	for _, k := range kinds {
		k = strings.TrimSpace(k)
		switch {
		case k == "":
			return fmt.Errorf("empty sink kind: write kinds separated by commas, e.g. ai,http")
		case strings.Contains(k, "/") || strings.Contains(k, "...") || strings.HasPrefix(k, "."):
			return fmt.Errorf("%s looks like a package pattern, not a sink kind: the kinds come first, e.g. -kinds=ai ./... (kinds: %s)", config.Quote(k), strings.Join(known, ", "))
		case slices.Contains(known, k):
			continue
		}
		msg := fmt.Sprintf("unknown sink kind %s", config.Quote(k))
		if s := config.Suggest(k, known); s != "" {
			return fmt.Errorf("%s; did you mean %q?", msg, s)
		}
		if p := config.KindNameProblem(k); p != "" {
			return fmt.Errorf("%s", p)
		}
		return fmt.Errorf("%s (kinds: %s; a kind of your own is declared under sink_kinds: in .privet.yml)", msg, strings.Join(known, ", "))
	}
	return nil
}

func key(pkg, recv, name string) string { return pkg + "|" + recv + "|" + name }

// Func returns the sink fn is, or nil.
func (m *Matcher) Func(fn *types.Func) *Sink {
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	fn = fn.Origin()
	if s, ok := m.funcs[fn]; ok {
		return s
	}
	s := m.match(fn)
	if m.funcs == nil {
		m.funcs = map[*types.Func]*Sink{}
	}
	m.funcs[fn] = s
	return s
}

// match is Func without the cache.
func (m *Matcher) match(fn *types.Func) *Sink {
	root, base, major := m.roots.split(fn.Pkg().Path())
	if s := m.byKey[key(base, ReceiverName(fn), fn.Name())]; s != nil && (Entry{Since: s.since, Until: s.until}).InMajor(major) {
		return &s.Sink
	}
	if r := m.cfg.Sink(fn); r != nil {
		return &Sink{Kind: Kind(r.Kind), Family: r.Kind, Display: displayName(fn), Args: r.Args, URLArg: -1}
	}
	if m.ann != nil {
		if kind := m.ann.SinkKind(fn); kind != "" {
			return &Sink{Kind: Kind(kind), Family: kind, Display: displayName(fn), URLArg: -1}
		}
	}
	if s := doerSink(fn); s != nil {
		return s
	}
	if fam := m.index.families[root]; fam != nil && len(fam.Rules) > 0 && fn.Exported() {
		// The rules see the path without the major.
		s := ruleSink(fam, fn, root, base)
		if m.ruled == nil {
			m.ruled = map[*types.Func]*Sink{}
		}
		m.ruled[fn] = s
		return s
	}
	return nil
}

// Accessor reports whether fn is a catalog method whose result points
// into its receiver.
func (m *Matcher) Accessor(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	fn = fn.Origin()
	_, base, _ := m.roots.split(fn.Pkg().Path())
	return m.accessors[key(base, ReceiverName(fn), fn.Name())]
}

// displayName is how diagnostics name a user-declared sink:
// "support Assistant.Ask".
func displayName(fn *types.Func) string {
	name := fn.Name()
	if r := ReceiverName(fn); r != "" {
		name = r + "." + name
	}
	return fn.Pkg().Name() + " " + name
}

// InCatalogModule reports whether the package belongs to an SDK the catalog
// describes, in any major; such packages are not analysed themselves.
func (m *Matcher) InCatalogModule(pkgPath string) bool {
	root, _, _ := m.roots.split(pkgPath)
	return root != ""
}

// ReceiverName returns the name of the named type a method is declared
// on (pointer stripped), or "" for a function.
func ReceiverName(fn *types.Func) string { return funcname.Receiver(fn) }
