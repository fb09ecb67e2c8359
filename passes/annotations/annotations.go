package annotations

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/tools/go/analysis"

	"github.com/privetlint/privet/internal/analysisdoc"
	"github.com/privetlint/privet/internal/category"
	"github.com/privetlint/privet/internal/goroot"
	"github.com/privetlint/privet/internal/guard"
	"github.com/privetlint/privet/internal/requires"
	"github.com/privetlint/privet/passes/config"
)

//go:embed doc.go
var doc string

// Analyzer collects annotations. Its Result is *Result; passes read it
// with For.
var Analyzer = New(config.Analyzer)

// New returns an annotations analyzer that reads the policy from cfg, a
// config analyzer (config.New).
func New(cfg *analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:       "privetannotations",
		Doc:        analysisdoc.FromDocGo(doc, "privetannotations"),
		Run:        guard.Run(run),
		ResultType: reflect.TypeOf((*Result)(nil)),
		FactTypes:  []analysis.Fact{new(SensitiveType), new(Sanitizer), new(Sink), new(DeclaresSources)},
		Requires:   []*analysis.Analyzer{cfg},
	}
}

// For returns the annotations visible to the package a pass analyses:
// the result of the annotations analyzer the pass's analyzer requires.
func For(pass *analysis.Pass) *Result { return requires.Result[*Result](pass) }

// SensitiveType marks a named type declared //privet:sensitive.
type SensitiveType struct{ Categories category.Set }

// Sanitizer marks a function declared //privet:sanitizer. An empty
// category set means it cleans every category. In lists the parameters
// (0 the first after the receiver, -1 the receiver) whose pointees it
// cleans in place (in=N).
type Sanitizer struct {
	Categories category.Set
	In         []int
}

// Sink marks a function, method or interface method declared //privet:sink.
type Sink struct{ Kind string }

func (*SensitiveType) AFact() {}
func (*Sanitizer) AFact()     {}
func (*Sink) AFact()          {}

func (f *SensitiveType) String() string { return "sensitive(" + f.Categories.String() + ")" }
func (f *Sanitizer) String() string {
	in := ""
	for _, i := range f.In {
		in += " in=" + strconv.Itoa(i)
	}
	return "sanitizer(" + f.Categories.String() + in + ")"
}
func (f *Sink) String() string { return "sink(" + f.Kind + ")" }

// Problem is a malformed annotation, reported by the privet analyzer.
type Problem struct {
	Pos     token.Pos
	Message string
}

// SinkDirective is a //privet:sink directive of the package, with the
// kind it names.
type SinkDirective struct {
	Pos  token.Pos
	Kind string
}

// Result gives the annotations visible to one package: its own and, through
// facts, those of every package it depends on.
type Result struct {
	Problems []Problem
	// SinkDirectives are the package's own //privet:sink directives, for
	// the checks that need the sink catalog (a kind one typo away from
	// a built-in one).
	SinkDirectives []SinkDirective

	types      map[*types.TypeName]category.Set
	sanitizers map[*types.Func]category.Set
	inPlace    map[*types.Func][]int
	sinks      map[*types.Func]string
	// ignored holds, per file name, the lines a //privet:ignore covers,
	// with the directive's position.
	ignored map[string]map[int]token.Pos
	// declaredIn is SourcesDeclaredIn's answer.
	declaredIn string
}

// TypeCategories returns the categories of a //privet:sensitive named type.
func (r *Result) TypeCategories(tn *types.TypeName) category.Set { return r.types[tn] }

// SanitizerCategories reports whether fn is an annotated sanitizer and the
// categories it cleans (empty: all).
func (r *Result) SanitizerCategories(fn *types.Func) (category.Set, bool) {
	c, ok := r.sanitizers[fn]
	return c, ok
}

// SanitizerIn lists the parameters whose pointees an annotated
// sanitizer cleans in place (//privet:sanitizer in=N): 0 is the first
// after the receiver, -1 the receiver.
func (r *Result) SanitizerIn(fn *types.Func) []int { return r.inPlace[fn] }

// Sanitizers calls f for every annotated sanitizer visible to the
// package, in a deterministic order.
func (r *Result) Sanitizers(f func(fn *types.Func, cats category.Set)) {
	fns := make([]*types.Func, 0, len(r.sanitizers))
	for fn := range r.sanitizers {
		fns = append(fns, fn)
	}
	sort.Slice(fns, func(i, j int) bool { return fns[i].FullName() < fns[j].FullName() })
	for _, fn := range fns {
		f(fn, r.sanitizers[fn])
	}
}

// SinkKind returns the kind of an annotated sink, or "".
func (r *Result) SinkKind(fn *types.Func) string { return r.sinks[fn] }

// Sinks calls f for every annotated sink visible to the package, in a
// deterministic order.
func (r *Result) Sinks(f func(fn *types.Func, kind string)) {
	fns := make([]*types.Func, 0, len(r.sinks))
	for fn := range r.sinks {
		fns = append(fns, fn)
	}
	sort.Slice(fns, func(i, j int) bool { return fns[i].FullName() < fns[j].FullName() })
	for _, fn := range fns {
		f(fn, r.sinks[fn])
	}
}

// Ignored reports whether a //privet:ignore directive covers the position.
func (r *Result) Ignored(p token.Position) bool { return r.IgnoredBy(p).IsValid() }

// IgnoredBy returns the position of the //privet:ignore directive that
// covers a position, or token.NoPos: a flow the policy denies reports the
// directive that tried to suppress it.
func (r *Result) IgnoredBy(p token.Position) token.Pos { return r.ignored[p.Filename][p.Line] }

// FieldCategories parses the privet key of a struct tag. It returns the
// categories (nil when the tag is absent or "-") and whether the field was
// explicitly reviewed as not sensitive.
func FieldCategories(tag string) (cats category.Set, optOut bool) {
	v, ok := reflect.StructTag(tag).Lookup("privet")
	if !ok {
		return nil, false
	}
	if strings.TrimSpace(v) == "-" {
		return nil, true
	}
	return category.Parse(v), false
}

// JSONOmitted reports whether encoding/json skips the field (`json:"-"`).
func JSONOmitted(tag string) bool {
	return reflect.StructTag(tag).Get("json") == "-"
}

func run(pass *analysis.Pass) (any, error) {
	res := &Result{
		types:      map[*types.TypeName]category.Set{},
		sanitizers: map[*types.Func]category.Set{},
		inPlace:    map[*types.Func][]int{},
		sinks:      map[*types.Func]string{},
		ignored:    map[string]map[int]token.Pos{},
	}
	if goroot.IsStd(pass) {
		// No annotation lives in the standard library, and no pass
		// analyses it: skip the walk over its syntax and facts.
		return res, nil
	}
	r := reader{pass: pass, res: res, cfg: config.For(pass)}
	for _, f := range pass.Files {
		r.file(f)
	}
	r.declares()
	for _, of := range pass.AllObjectFacts() {
		switch fact := of.Fact.(type) {
		case *SensitiveType:
			if tn, ok := of.Object.(*types.TypeName); ok {
				res.types[tn] = fact.Categories
			}
		case *Sanitizer:
			if fn, ok := of.Object.(*types.Func); ok {
				res.sanitizers[fn] = fact.Categories
				if len(fact.In) > 0 {
					res.inPlace[fn] = fact.In
				}
			}
		case *Sink:
			if fn, ok := of.Object.(*types.Func); ok {
				res.sinks[fn] = fact.Kind
			}
		}
	}
	sort.Slice(res.Problems, func(i, j int) bool { return res.Problems[i].Pos < res.Problems[j].Pos })
	return res, nil
}

type reader struct {
	pass *analysis.Pass
	res  *Result
	cfg  *config.Config
	// placed records the directive comments that sit where they belong, so
	// that the sweep over all comments can flag the misplaced ones.
	placed map[*ast.Comment]bool
}

func (r *reader) problem(pos token.Pos, format string, args ...any) {
	r.res.Problems = append(r.res.Problems, Problem{pos, config.Bound(fmt.Sprintf(format, args...))})
}

// verbs are the directives' verbs.
var verbs = []string{"sensitive", "sanitizer", "sink", "ignore"}

// directive splits "//privet:verb args" into verb and args. Any blank
// (a space or a tab) separates the verb from its arguments.
func directive(c *ast.Comment) (verb, args string, ok bool) {
	text, ok := strings.CutPrefix(c.Text, "//privet:")
	if !ok {
		return "", "", false
	}
	verb, args = text, ""
	if i := strings.IndexFunc(text, unicode.IsSpace); i >= 0 {
		verb, args = text[:i], text[i:]
	}
	// A trailing "// ..." is a comment on the directive, not arguments.
	args, _, _ = strings.Cut(args, "//")
	return strings.TrimSpace(verb), strings.TrimSpace(args), true
}

// nearDirective matches what looks like a directive but is not one:
// "// privet:sensitive pii", "/* privet:sink ai */", "//Privet :ignore x".
var nearDirective = regexp.MustCompile(`^\s*(?i:privet)\s*:\s*([A-Za-z]+)(?:\s+(.*?))?\s*$`)

// misspelt returns the directive a comment that is not one seems meant
// to be ("//privet:sensitive pii"), or "". A line of prose that merely
// starts with "privet:" is not taken for one: the word after the colon
// must be a verb, or one typo away from one.
func misspelt(c *ast.Comment) string {
	text := c.Text
	if strings.HasPrefix(text, "//privet:") {
		return ""
	}
	var lines []string
	switch {
	case strings.HasPrefix(text, "//"):
		lines = []string{text[2:]}
	case strings.HasPrefix(text, "/*"):
		lines = strings.Split(strings.TrimSuffix(text[2:], "*/"), "\n")
	}
	for _, line := range lines {
		m := nearDirective.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		verb := strings.ToLower(m[1])
		if !slices.Contains(verbs, verb) {
			if verb = config.NearMiss(verb, verbs); verb == "" {
				continue
			}
		}
		args, _, _ := strings.Cut(m[2], "//")
		return strings.TrimSpace("//privet:" + verb + " " + strings.TrimSpace(args))
	}
	return ""
}

func (r *reader) file(f *ast.File) {
	r.placed = map[*ast.Comment]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GenDecl:
			if n.Tok == token.TYPE {
				for _, spec := range n.Specs {
					ts := spec.(*ast.TypeSpec)
					doc := ts.Doc
					if doc == nil && len(n.Specs) == 1 {
						doc = n.Doc
					}
					r.typeSpec(ts, doc)
				}
				if n.Doc != nil && len(n.Specs) != 1 {
					r.groupDoc(n.Doc)
				}
			}
		case *ast.FuncDecl:
			if obj, ok := r.pass.TypesInfo.Defs[n.Name].(*types.Func); ok {
				r.funcDoc(obj, n.Doc, false)
			}
		case *ast.InterfaceType:
			for _, m := range n.Methods.List {
				for _, name := range m.Names {
					if obj, ok := r.pass.TypesInfo.Defs[name].(*types.Func); ok {
						r.funcDoc(obj, m.Doc, true)
					}
				}
			}
		case *ast.StructType:
			r.structTags(n)
		}
		return true
	})
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			verb, args, ok := directive(c)
			if !ok {
				if want := misspelt(c); want != "" {
					r.problem(c.Pos(), "%s is not a directive, so it has no effect; did you mean %s? (no blank after // or around the colon, and no /* */)",
						config.Quote(directiveText(c.Text)), config.Quote(want))
				}
				continue
			}
			if r.placed[c] {
				continue
			}
			switch verb {
			case "ignore":
				r.ignore(c, args)
			case "sensitive":
				r.problem(c.Pos(), "//privet:sensitive must be in the doc comment of a type declaration")
			case "sanitizer", "sink":
				r.problem(c.Pos(), "//privet:%s must be in the doc comment of a function, method or interface method", verb)
			default:
				r.unknown(c.Pos(), verb)
			}
		}
	}
}

func (r *reader) unknown(pos token.Pos, verb string) {
	if near := config.NearMiss(verb, verbs); near != "" {
		r.problem(pos, "unknown directive //privet:%s; did you mean //privet:%s?", cut(verb), near)
		return
	}
	r.problem(pos, "unknown directive //privet:%s (want sensitive, sanitizer, sink or ignore)", cut(verb))
}

// groupDoc handles the doc comment of a grouped type declaration,
// "type ( A ...; B ... )": it marks no type, so a //privet:sensitive
// there is reported with where it belongs.
func (r *reader) groupDoc(doc *ast.CommentGroup) {
	for _, c := range doc.List {
		if verb, _, ok := directive(c); ok && verb == "sensitive" {
			r.placed[c] = true
			r.problem(c.Pos(), "//privet:sensitive above a grouped type declaration marks no type: it must be in the doc comment of one type spec, inside the parentheses")
		}
	}
}

// directiveText is the part of a comment a message quotes: its first
// line, without a trailing "// ..." comment on it.
func directiveText(text string) string {
	line, _, _ := strings.Cut(text, "\n")
	if i := strings.Index(line[min(2, len(line)):], "//"); i >= 0 {
		line = strings.TrimSpace(line[:i+min(2, len(line))])
	}
	return line
}

// cut bounds a word of the user's for a message.
func cut(s string) string {
	if len(s) > 40 {
		return config.Quote(s)
	}
	return s
}

// categories validates a category list written in a directive or tag.
// inPlaceArgs takes the in=N words out of a //privet:sanitizer
// directive's arguments: each names a parameter of fn (0 the first
// after the receiver, -1 the receiver) that points to what the function
// cleans in place. rest is the category list.
func (r *reader) inPlaceArgs(pos token.Pos, fn *types.Func, args string) (in []int, rest string, ok bool) {
	sig := fn.Type().(*types.Signature)
	var cats []string
	for _, w := range strings.FieldsFunc(args, func(r rune) bool { return r == ' ' || r == '\t' || r == ',' }) {
		v, isIn := strings.CutPrefix(w, "in=")
		if !isIn {
			cats = append(cats, w)
			continue
		}
		i, err := strconv.Atoi(v)
		var t types.Type
		switch {
		case err != nil:
		case i == -1 && sig.Recv() != nil:
			t = sig.Recv().Type()
		case i >= 0 && i < sig.Params().Len():
			t = sig.Params().At(i).Type()
		}
		if t == nil {
			r.problem(pos, "//privet:sanitizer %s names no parameter of %s (in=0 is the first parameter after the receiver, in=-1 the receiver)", w, fn.Name())
			return nil, "", false
		}
		if _, isPtr := t.Underlying().(*types.Pointer); !isPtr {
			r.problem(pos, "//privet:sanitizer %s: parameter %d of %s is not a pointer, so the caller's value cannot be cleaned in place", w, i, fn.Name())
			return nil, "", false
		}
		in = append(in, i)
	}
	return in, strings.Join(cats, ","), true
}

func (r *reader) categories(pos token.Pos, what, list string) (category.Set, bool) {
	cats := category.Parse(list)
	for _, c := range cats {
		if !r.cfg.Known(c) {
			if s := config.Suggest(c, r.cfg.KnownNames()); s != "" {
				r.problem(pos, "unknown category %s in %s; did you mean %q?", config.Quote(c), what, s)
			} else {
				r.problem(pos, "unknown category %s in %s (known: %s; declare others in .privet.yml)", config.Quote(c), what, strings.Join(r.cfg.KnownNames(), ", "))
			}
			return nil, false
		}
	}
	return cats, true
}

func (r *reader) typeSpec(ts *ast.TypeSpec, doc *ast.CommentGroup) {
	if doc == nil {
		return
	}
	for _, c := range doc.List {
		verb, args, ok := directive(c)
		if !ok || verb != "sensitive" {
			continue
		}
		r.placed[c] = true
		if ts.Assign.IsValid() {
			r.problem(c.Pos(), "//privet:sensitive on the alias %s has no effect: mark the type it stands for, or declare %s as a type of its own (type %s T, without =)", ts.Name.Name, ts.Name.Name, ts.Name.Name)
			continue
		}
		if args == "" {
			r.problem(c.Pos(), "//privet:sensitive needs at least one category, e.g. //privet:sensitive pii")
			continue
		}
		cats, ok := r.categories(c.Pos(), "//privet:sensitive", args)
		if !ok {
			continue
		}
		if tn, ok := r.pass.TypesInfo.Defs[ts.Name].(*types.TypeName); ok {
			r.pass.ExportObjectFact(tn, &SensitiveType{cats})
			r.res.types[tn] = cats
		}
	}
}

func (r *reader) funcDoc(fn *types.Func, doc *ast.CommentGroup, ifaceMethod bool) {
	if doc == nil {
		return
	}
	for _, c := range doc.List {
		verb, args, ok := directive(c)
		if !ok {
			continue
		}
		switch verb {
		case "sanitizer":
			r.placed[c] = true
			if ifaceMethod {
				r.problem(c.Pos(), "//privet:sanitizer needs a function body; it cannot mark an interface method")
				continue
			}
			in, rest, ok := r.inPlaceArgs(c.Pos(), fn, args)
			if !ok {
				continue
			}
			cats, ok := r.categories(c.Pos(), "//privet:sanitizer", rest)
			if !ok {
				continue
			}
			r.pass.ExportObjectFact(fn, &Sanitizer{cats, in})
			r.res.sanitizers[fn] = cats
			if len(in) > 0 {
				r.res.inPlace[fn] = in
			}
		case "sink":
			r.placed[c] = true
			kind := strings.TrimSpace(args)
			if kind == "" || strings.ContainsAny(kind, " \t,") {
				r.problem(c.Pos(), "//privet:sink needs exactly one kind, e.g. //privet:sink ai")
				continue
			}
			if msg := config.KindNameProblem(kind); msg != "" {
				r.problem(c.Pos(), "%s", msg)
				continue
			}
			r.res.SinkDirectives = append(r.res.SinkDirectives, SinkDirective{c.Pos(), kind})
			r.pass.ExportObjectFact(fn, &Sink{kind})
			r.res.sinks[fn] = kind
		}
	}
}

func (r *reader) structTags(st *ast.StructType) {
	for _, field := range st.Fields.List {
		if field.Tag == nil {
			continue
		}
		tag, err := unquote(field.Tag.Value)
		if err != nil {
			continue
		}
		if msg := tagProblem(tag); msg != "" {
			r.problem(field.Tag.Pos(), "%s", msg)
			continue
		}
		v, ok := reflect.StructTag(tag).Lookup("privet")
		if !ok || strings.TrimSpace(v) == "-" {
			continue
		}
		if strings.TrimSpace(v) == "" {
			r.problem(field.Tag.Pos(), `empty privet tag: name a category, e.g. privet:"pii", or privet:"-" for a field reviewed as not sensitive`)
			continue
		}
		r.categories(field.Tag.Pos(), "privet tag", v)
	}
}

// IgnorePlaceholder is the reason the editors' "suppress" quick fix
// writes (privet lsp); it is to be replaced with a real one, and a
// directive that still holds it, or a bare TODO, is reported (it still
// suppresses, so that the report is about the reason, not the flow).
const IgnorePlaceholder = "TODO: say why this flow is acceptable"

// placeholder reports whether a //privet:ignore reason says nothing yet:
// the quick fix's placeholder, or TODO/FIXME/XXX alone.
func placeholder(reason string) bool {
	if strings.TrimSpace(reason) == IgnorePlaceholder {
		return true
	}
	switch strings.ToUpper(strings.TrimRight(strings.TrimSpace(reason), ":.!")) {
	case "TODO", "FIXME", "XXX", "TBD":
		return true
	}
	return false
}

func (r *reader) ignore(c *ast.Comment, reason string) {
	if reason == "" {
		r.problem(c.Pos(), "//privet:ignore needs a reason, e.g. //privet:ignore ticket IDs only, reviewed by security")
		return
	}
	if placeholder(reason) {
		r.problem(c.Pos(), "//privet:ignore reason %q is a placeholder: say why this flow is acceptable, e.g. //privet:ignore ticket IDs only, reviewed by security", reason)
	}
	pos := r.pass.Fset.Position(c.Pos())
	lines := r.res.ignored[pos.Filename]
	if lines == nil {
		lines = map[int]token.Pos{}
		r.res.ignored[pos.Filename] = lines
	}
	if r.ownLine(pos) {
		lines[pos.Line+1] = c.Pos()
	} else {
		lines[pos.Line] = c.Pos()
	}
}

// ownLine reports whether only blanks precede the comment on its line.
func (r *reader) ownLine(pos token.Position) bool {
	src, err := r.pass.ReadFile(pos.Filename)
	if err != nil || pos.Offset > len(src) {
		return pos.Column == 1
	}
	start := pos.Offset
	for start > 0 && src[start-1] != '\n' {
		start--
	}
	return strings.TrimSpace(string(src[start:pos.Offset])) == ""
}

func unquote(lit string) (string, error) {
	if len(lit) >= 2 && lit[0] == '`' {
		return lit[1 : len(lit)-1], nil
	}
	return strconv.Unquote(lit)
}
