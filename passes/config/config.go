package config

import (
	_ "embed"
	"fmt"
	"go/types"
	"path"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"

	"github.com/privetlint/privet/internal/analysisdoc"
	"github.com/privetlint/privet/internal/category"
	"github.com/privetlint/privet/internal/guard"
	"github.com/privetlint/privet/internal/requires"
)

//go:embed doc.go
var doc string

// Analyzer loads the policy that applies to a package, found from the
// package's directory (New(Settings{})). Its Result is *Config (never
// nil: no file gives the empty policy); passes read it with For.
var Analyzer = New(Settings{})

// New returns a config analyzer that loads policies as s says. Its flag
// -config (the privet analyzer shows it as -privet.config) sets s.File;
// the analyzer reads its settings when it runs, after the host parsed
// the flags. Every analyzer requiring it is an instance of its own: go
// vet, golangci-lint and the checker cache results per analyzer value.
func New(s Settings) *analysis.Analyzer {
	a := &analysis.Analyzer{
		Name:       "privetconfig",
		Doc:        analysisdoc.FromDocGo(doc, "privetconfig"),
		ResultType: reflect.TypeOf((*Config)(nil)),
	}
	a.Flags.StringVar(&s.File, "config", s.File,
		"policy file to use instead of the .privet.yml found walking up from each package (also: PRIVET_CONFIG)")
	a.Flags.StringVar(&s.Text, "policy", s.Text,
		"the policy itself, as YAML text (flow style fits one line: '{version: 1, sources: [...]}'), or @FILE; wins over -config and any .privet.yml (for hermetic hosts such as Bazel nogo)")
	a.Run = guard.Run(func(pass *analysis.Pass) (any, error) {
		dir := ""
		if len(pass.Files) > 0 {
			dir = filepath.Dir(pass.Fset.File(pass.Files[0].Pos()).Name())
		}
		return s.Load(dir)
	})
	return a
}

// For returns the policy of the package a pass analyses: the result of
// the config analyzer that the pass's analyzer requires.
func For(pass *analysis.Pass) *Config { return requires.Result[*Config](pass) }

// EnvVar names the environment variable that overrides the search.
const EnvVar = "PRIVET_CONFIG"

// Position is a place in the policy file.
type Position struct {
	File      string
	Line, Col int
}

// Category is a category declared in the file.
type Category struct {
	Name, Description string
	Pos               Position
}

// SourceRule marks data as sensitive: fields of a type, a whole type,
// fields carrying a struct tag, or the results of a function.
type SourceRule struct {
	Package, Type Pattern
	Fields        []string // empty: the whole type
	TagKey        string
	TagValue      Pattern
	Function      *FuncPattern
	Categories    category.Set
	Pos           Position
}

// SinkKind is a sink kind of the user's own, declared under sink_kinds:
// so that -privet.kinds and allow rules may name it, and so that a name
// one typo away from a built-in kind ("api" for "ai") is taken as meant.
type SinkKind struct {
	Name, Description string
	Pos, NamePos      Position
}

// SinkRule declares calls that send their arguments out.
type SinkRule struct {
	Func    FuncPattern
	Args    []int      // nil: all but a context.Context
	ArgsPos []Position // where each of Args is written
	Kind    string
	KindPos Position
	Pos     Position
}

// SanitizerRule declares functions whose results are clean.
type SanitizerRule struct {
	Func       FuncPattern
	Categories category.Set // empty: all
	// In lists the parameters (0 the first after the receiver, -1 the
	// receiver) whose pointees the function cleans in place.
	In  []int
	Pos Position
}

// FlowRule names flows of some categories into some sinks, from some
// code: an allow rule (flows that are policy rather than leaks) or a deny
// rule (flows nothing may lift: no allow rule, sanitizer or
// //privet:ignore).
type FlowRule struct {
	Categories category.Set // empty: all
	Sink       string       // a family name or a sink kind; empty: any
	SinkPos    Position
	Hosts      []string // path.Match patterns; empty: any
	// From limits the rule to flows reported in some code (see Place);
	// empty: anywhere.
	From []ScopeEntry
	// Sanitizers, in a require rule, are the only sanitizers that clean
	// its categories for its sinks (pkg.Func or pkg.Type.Method).
	Sanitizers []SanitizerName
	Reason     string
	Pos        Position
}

// RequireRule names the sanitizers that alone clean some categories for
// some sinks: another sanitizer of the same category does not clean the
// value there.
type RequireRule = FlowRule

// AccessRule lists the code that may read some data: every source of
// some categories, or one source (a field Type.Field, every value of a
// type, the results of a source function). A read elsewhere is a
// finding of category access.
type AccessRule struct {
	Categories category.Set
	// Type and Field name the source (Field empty: the whole type);
	// Package, when written (pkg.Type.Field), the type's package.
	Package, Type, Field string
	Function             *FuncPattern
	// Readers are the packages and functions that may read it; the
	// package that declares the data always may.
	Readers []ScopeEntry
	Reason  string
	Pos     Position
}

// SanitizerName is a sanitizer a require rule names, as written.
type SanitizerName struct {
	Text string
	Func FuncPattern
	Pos  Position
}

// AllowRule declares flows that are policy rather than leaks.
type AllowRule = FlowRule

// DenyRule declares flows that are leaks whatever else the policy or the
// code says.
type DenyRule = FlowRule

// Dest is where a flow goes: the sink's kind, its catalog family and, for
// an HTTP request with a constant URL, the host.
type Dest struct{ Kind, Family, Host string }

// Place is where a flow is reported: the package and the declared
// function (nil at package level) that hold the call that sends, or that
// passes the value to a function that sends. from: scopes match it.
type Place struct {
	Package string
	Func    *types.Func
}

// matches reports whether the rule covers a category set's flow into d
// from at, and which of cats it covers.
func (r *FlowRule) matches(cats category.Set, d Dest, at Place) category.Set {
	if r.Sink != "" && r.Sink != d.Kind && r.Sink != d.Family {
		return nil
	}
	if len(r.Hosts) > 0 && !matchHost(r.Hosts, d.Host) {
		return nil
	}
	if len(r.From) > 0 && !slices.ContainsFunc(r.From, func(e ScopeEntry) bool { return e.Match(at) }) {
		return nil
	}
	if r.Categories.Empty() {
		return cats
	}
	return cats.Minus(cats.Minus(r.Categories))
}

// ScopeEntry is one entry of a from: list: a package pattern (an exact
// import path, a /regexp/, or a path ending in "/..." for the package and
// those below it) and, when the last element of an exact entry holds a
// dot, a function (pkg.Func or pkg.Type.Method) as well: "example.com" is
// a package, "example.com/billing.Charge" a function, and an entry is
// taken both ways so that neither reading is lost.
type ScopeEntry struct {
	Text    string
	Package PackagePattern
	Func    *FuncPattern
	Pos     Position
}

// Match reports whether the entry covers a place.
func (e ScopeEntry) Match(at Place) bool {
	if e.Package.Match(at.Package) {
		return true
	}
	return e.Func != nil && at.Func != nil && e.Func.Match(at.Func)
}

// PackagePattern matches import paths: exactly, by /regexp/, or as a
// tree ("example.com/shop/..." matches example.com/shop and every
// package below it; "..." alone matches every package).
type PackagePattern struct {
	Pattern
	tree string // the path before "/...", for a tree pattern
}

// compilePackagePattern parses a package pattern as written.
func compilePackagePattern(s string) (PackagePattern, error) {
	if root, ok := strings.CutSuffix(s, "..."); ok && !strings.HasPrefix(s, "/") {
		if root != "" && !strings.HasSuffix(root, "/") || strings.Contains(root, "...") {
			return PackagePattern{}, fmt.Errorf("\"...\" must stand alone or end the path after a slash, as in example.com/shop/...")
		}
		return PackagePattern{Pattern: Pattern{Text: s}, tree: strings.TrimSuffix(root, "/")}, nil
	}
	if strings.Contains(s, "...") && !strings.HasPrefix(s, "/") {
		return PackagePattern{}, fmt.Errorf("\"...\" must end the path, as in example.com/shop/...")
	}
	p, err := compilePattern(s)
	return PackagePattern{Pattern: p}, err
}

// Match reports whether an import path matches.
func (p PackagePattern) Match(path string) bool {
	switch {
	case p.Text == "" || path == "":
		return false
	case strings.HasSuffix(p.Text, "..."):
		return p.tree == "" || path == p.tree || strings.HasPrefix(path, p.tree+"/")
	}
	return p.Pattern.Match(path)
}

// Discover configures the privetdiscover analyzer (the discover:
// section). The zero value is the default: enabled, medium confidence,
// nothing ignored.
type Discover struct {
	Disabled bool // enabled: false
	// MinConfidence is low, medium or high; empty means medium.
	MinConfidence string
	// Ignore lists fields never reported: "Type.Field" or "Field", with
	// path.Match wildcards ("*.Token", "Legacy*.*"), or /regexp/ matched
	// against "Type.Field".
	Ignore []Pattern
	// Sources says when fields that look like customer data act as
	// provisional sources: auto (empty), always or never.
	Sources string
	Pos     Position
}

// SourceModes are the values of discover.sources: auto (the default) is
// on for a package when neither its code, its dependencies' nor the
// policy declare a source; always and never need no explanation.
var SourceModes = []string{"auto", "always", "never"}

// Ignored reports whether the discover section ignores a field of a type
// (typeName is "" for a field of an anonymous struct).
func (d Discover) Ignored(typeName, field string) bool {
	qualified := typeName + "." + field
	for _, p := range d.Ignore {
		if p.IsRegexp() {
			if p.Match(qualified) {
				return true
			}
			continue
		}
		subject := field
		if strings.Contains(p.Text, ".") {
			subject = qualified
		}
		if ok, _ := path.Match(p.Text, subject); ok {
			return true
		}
	}
	return false
}

// Config is a loaded policy. The zero value is the empty policy.
type Config struct {
	File             string
	Categories       []Category
	Kinds            []SinkKind // sink_kinds:
	Sources          []SourceRule
	Sinks            []SinkRule
	Sanitizers       []SanitizerRule
	Allow            []AllowRule
	Deny             []DenyRule
	Require          []RequireRule
	Access           []AccessRule
	ExcludePaths     []string
	ExcludeFunctions []FuncPattern
	// Enable switches on optional sink families (e.g. grpc).
	Enable    []string
	EnablePos Position
	// Discover configures the privetdiscover analyzer.
	Discover Discover
	// Tests reports findings in _test.go files too (tests: true). They
	// are left out by default: on real services, test doubles and
	// fixtures with fake customer data made up a third to a half of all
	// findings.
	Tests bool

	excludeRes []*regexp.Regexp
}

// Known reports whether a category is built in or declared.
func (c *Config) Known(name string) bool {
	if category.IsBuiltin(name) {
		return true
	}
	for _, k := range c.Categories {
		if k.Name == name {
			return true
		}
	}
	return false
}

// KnownNames lists the built-in and declared categories.
func (c *Config) KnownNames() []string {
	names := append([]string(nil), category.Builtin...)
	for _, k := range c.Categories {
		names = append(names, k.Name)
	}
	return names
}

// FieldCategories returns the categories rules give to a field of a named
// type (by type+fields rules and by tag rules).
func (c *Config) FieldCategories(owner *types.TypeName, field, tag string) category.Set {
	var cats category.Set
	for _, r := range c.Sources {
		switch {
		case r.TagKey != "":
			if v, ok := reflect.StructTag(tag).Lookup(r.TagKey); ok && r.TagValue.Match(v) {
				cats = cats.Union(r.Categories)
			}
		case r.Function == nil && len(r.Fields) > 0 && owner != nil && owner.Pkg() != nil:
			if r.Package.Match(owner.Pkg().Path()) && r.Type.Match(owner.Name()) {
				for _, f := range r.Fields {
					if f == field {
						cats = cats.Union(r.Categories)
					}
				}
			}
		}
	}
	return cats
}

// TypeCategories returns the categories rules give to every value of a
// named type.
func (c *Config) TypeCategories(tn *types.TypeName) category.Set {
	var cats category.Set
	if tn == nil || tn.Pkg() == nil {
		return nil
	}
	for _, r := range c.Sources {
		if r.Function == nil && r.TagKey == "" && len(r.Fields) == 0 &&
			r.Package.Match(tn.Pkg().Path()) && r.Type.Match(tn.Name()) {
			cats = cats.Union(r.Categories)
		}
	}
	return cats
}

// SourceFunc returns the categories of a function whose results are
// sensitive by rule.
func (c *Config) SourceFunc(fn *types.Func) (category.Set, bool) {
	var cats category.Set
	found := false
	for _, r := range c.Sources {
		if r.Function != nil && r.Function.Match(fn) {
			cats, found = cats.Union(r.Categories), true
		}
	}
	return cats, found
}

// Sink returns the first sink rule matching fn that names one of its
// arguments, or nil. A rule whose args are all out of fn's range is
// passed over (and reported at the rule), so it does not hide a later
// rule that fits.
func (c *Config) Sink(fn *types.Func) *SinkRule {
	for i := range c.Sinks {
		if c.Sinks[i].Func.Match(fn) && c.Sinks[i].Fits(fn) {
			return &c.Sinks[i]
		}
	}
	return nil
}

// Fits reports whether the rule's args name at least one argument of fn
// (any rule without args does).
func (r *SinkRule) Fits(fn *types.Func) bool {
	if r.Args == nil {
		return true
	}
	for _, a := range r.Args {
		if ArgFits(fn, a) {
			return true
		}
	}
	return false
}

// ArgFits reports whether fn has argument a: a declared parameter (a
// variadic one counts once), or -1 for a method's receiver.
func ArgFits(fn *types.Func, a int) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return false
	}
	if a == -1 {
		return sig.Recv() != nil
	}
	return a >= 0 && a < sig.Params().Len()
}

// Sanitizer returns the categories a sanitizer rule cleans for fn.
func (c *Config) Sanitizer(fn *types.Func) (category.Set, bool) {
	for _, r := range c.Sanitizers {
		if r.Func.Match(fn) {
			return r.Categories, true
		}
	}
	return nil, false
}

// SanitizerIn lists the parameters whose pointees the sanitizer rule
// matching fn cleans in place (its in: key).
func (c *Config) SanitizerIn(fn *types.Func) []int {
	for _, r := range c.Sanitizers {
		if r.Func.Match(fn) {
			return r.In
		}
	}
	return nil
}

// Allowed removes from cats the categories an allow rule without from:
// permits for a sink (its kind, its family, and the host of an HTTP
// request when known); what is left is still a leak.
func (c *Config) Allowed(cats category.Set, kind, family, host string) category.Set {
	return c.AllowedAt(cats, Dest{kind, family, host}, Place{})
}

// AllowedAt removes from cats the categories an allow rule permits for a
// flow into d reported at a place; what is left is still a leak.
func (c *Config) AllowedAt(cats category.Set, d Dest, at Place) category.Set {
	for i := range c.Allow {
		cats = cats.Minus(c.Allow[i].matches(cats, d, at))
	}
	return cats
}

// Denied returns the categories of cats that a deny rule forbids for a
// flow into d reported at a place, and the first rule that does (nil
// when none does).
func (c *Config) Denied(cats category.Set, d Dest, at Place) (category.Set, *DenyRule) {
	var denied category.Set
	var first *DenyRule
	for i := range c.Deny {
		if m := c.Deny[i].matches(cats, d, at); !m.Empty() {
			denied = denied.Union(m)
			if first == nil {
				first = &c.Deny[i]
			}
		}
	}
	return denied, first
}

// watched reports whether the engine must remember which sanitizer
// cleaned a category, rather than drop it: a deny rule or a require rule
// names it (or names no category).
func (c *Config) watched(cat string) bool {
	for _, r := range slices.Concat(c.Deny, c.Require) {
		if r.Categories.Empty() || r.Categories.Has(cat) {
			return true
		}
	}
	return false
}

// Cleaning returns what a sanitizer of cats (empty: all categories),
// named fn (pkg.Func or pkg.Type.Method), does to a value under the
// policy: cats itself, unless deny or require rules make some of them
// count only at the report; those are marked with fn instead of removed
// (category.Sanitized). Without such rules nothing changes, at no cost.
func (c *Config) Cleaning(cats category.Set, fn string) category.Set {
	if len(c.Deny) == 0 && len(c.Require) == 0 {
		return cats
	}
	if cats.Empty() {
		// Every category: the watched ones marked, the others removed.
		// A deny or require rule without categories watches them all.
		out := []string{category.Any}
		if c.watched("") {
			out = []string{category.Sanitized(category.Any, fn)}
		}
		for _, r := range slices.Concat(c.Deny, c.Require) {
			for _, cat := range r.Categories {
				out = append(out, category.Sanitized(cat, fn))
			}
		}
		return category.Of(out...)
	}
	var out []string
	for _, cat := range cats {
		if c.watched(cat) {
			cat = category.Sanitized(cat, fn)
		}
		out = append(out, cat)
	}
	return category.Of(out...)
}

// Required returns the first require rule for a flow of category cat
// into d reported at a place, or nil.
func (c *Config) Required(cat string, d Dest, at Place) *RequireRule {
	for i := range c.Require {
		if !c.Require[i].matches(category.Of(cat), d, at).Empty() {
			return &c.Require[i]
		}
	}
	return nil
}

// Counts reports whether a require rule counts the sanitizer named fn
// (pkg.Func or pkg.Type.Method, as Cleaning marks it).
func (r *RequireRule) Counts(fn string) bool {
	pkg, recv, name := splitFuncName(fn)
	for _, s := range r.Sanitizers {
		if s.Func.MatchName(pkg, recv, name) {
			return true
		}
	}
	return false
}

func matchHost(patterns []string, host string) bool {
	if host == "" {
		return false
	}
	for _, p := range patterns {
		if ok, _ := path.Match(strings.ToLower(p), host); ok {
			return true
		}
	}
	return false
}

// Enabled reports whether an optional sink family is switched on.
func (c *Config) Enabled(family string) bool {
	for _, e := range c.Enable {
		if e == family {
			return true
		}
	}
	return false
}

// ExcludedFile reports whether findings in a file are excluded by path.
// Paths are globs relative to the policy file's directory ("**" crosses
// directories).
func (c *Config) ExcludedFile(filename string) bool {
	if c.File == "" || len(c.excludeRes) == 0 {
		return false
	}
	rel, err := filepath.Rel(filepath.Dir(c.File), filename)
	if err != nil {
		return false
	}
	rel = filepath.ToSlash(rel)
	for _, re := range c.excludeRes {
		if re.MatchString(rel) {
			return true
		}
	}
	return false
}

// ExcludedFunc reports whether findings inside fn are excluded.
func (c *Config) ExcludedFunc(fn *types.Func) bool {
	for _, p := range c.ExcludeFunctions {
		if p.Match(fn) {
			return true
		}
	}
	return false
}

// globRegexp turns a path glob into a regular expression: the syntax
// of path.Match ('*', '?', '[...]' classes, '\\' escapes), which does not
// cross '/', plus "**", which does. A pattern path.Match would reject
// ("[unclosed") is an error.
func globRegexp(glob string) (*regexp.Regexp, error) {
	if !utf8.ValidString(glob) {
		return nil, fmt.Errorf("not valid UTF-8")
	}
	for _, seg := range strings.Split(glob, "/") {
		if _, err := path.Match(strings.ReplaceAll(seg, "**", "*"), ""); err != nil {
			return nil, fmt.Errorf("%v (wildcards are *, **, ? and [...] as in path.Match)", err)
		}
	}
	var b strings.Builder
	b.WriteString("^")
	for i := 0; i < len(glob); i++ {
		switch ch := glob[i]; ch {
		case '\\':
			if i+1 < len(glob) {
				_, size := utf8.DecodeRuneInString(glob[i+1:])
				b.WriteString(regexp.QuoteMeta(glob[i+1 : i+1+size]))
				i += size
			}
		case '[':
			end, class, err := globClass(glob[i+1:])
			if err != nil {
				return nil, err
			}
			b.WriteString(class)
			i += end + 1
		case '*':
			if i+1 < len(glob) && glob[i+1] == '*' {
				i++
				if i+1 < len(glob) && glob[i+1] == '/' {
					i++
					b.WriteString("(?:.*/)?")
				} else {
					b.WriteString(".*")
				}
			} else {
				b.WriteString("[^/]*")
			}
		case '?':
			b.WriteString("[^/]")
		default:
			b.WriteString(regexp.QuoteMeta(glob[i : i+1]))
		}
	}
	b.WriteString("$")
	return regexp.Compile(b.String())
}

// globClass converts the inside of a path.Match character class, from
// after its '[' (glob), into a regular expression class; a negated class
// does not match '/'. It returns the index of the closing ']' in glob.
// A range whose end comes before its start ("[2-0]", which path.Match
// takes for a class that matches nothing) is an error: the glob would
// exclude nothing, silently.
func globClass(glob string) (int, string, error) {
	var b strings.Builder
	i := 0
	if i < len(glob) && glob[i] == '^' {
		b.WriteString("[^/")
		i++
	} else {
		b.WriteString("[")
	}
	// next reads one character of the class, unescaping it.
	next := func() rune {
		r, size := utf8.DecodeRuneInString(glob[i:])
		if r == '\\' && i+size < len(glob) {
			i += size
			r, size = utf8.DecodeRuneInString(glob[i:])
		}
		i += size
		return r
	}
	quote := func(r rune) string {
		if strings.ContainsRune(`\]^-[`, r) {
			return `\` + string(r)
		}
		return string(r)
	}
	empty := true
	for i < len(glob) {
		if glob[i] == ']' && !empty {
			b.WriteString("]")
			return i, b.String(), nil
		}
		empty = false
		lo := next()
		if i+1 < len(glob) && glob[i] == '-' && glob[i+1] != ']' {
			i++
			hi := next()
			if hi < lo {
				return -1, "", fmt.Errorf("the range %c-%c in [...] is empty; did you mean %c-%c?", lo, hi, hi, lo)
			}
			b.WriteString(quote(lo) + "-" + quote(hi))
			continue
		}
		b.WriteString(quote(lo))
	}
	return -1, "", fmt.Errorf("syntax error in pattern")
}
