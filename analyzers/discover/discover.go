package discover

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/privetlint/privet/internal/analysisdoc"
	"github.com/privetlint/privet/internal/category"
	"github.com/privetlint/privet/internal/guard"
	"github.com/privetlint/privet/internal/requires"
	"github.com/privetlint/privet/passes/annotations"
	"github.com/privetlint/privet/passes/config"
	"github.com/privetlint/privet/passes/sinks"
	"github.com/privetlint/privet/passes/taint"
)

//go:embed doc.go
var doc string

// Analyzer reports struct fields that look like customer data but carry
// no privet tag, with fixes that add one.
var Analyzer = New(config.Analyzer, annotations.Analyzer, sinks.Analyzer, taint.Analyzer)

// New returns a privetdiscover analyzer over the passes of one
// configuration: a config analyzer and the annotations, sinks and taint
// analyzers built on it (analyzers.New builds them). Its flag
// -min_confidence (-privetdiscover.min_confidence under go vet)
// overrides the policy's discover.min_confidence.
func New(cfg, ann, snk, tnt *analysis.Analyzer) *analysis.Analyzer {
	return NewWith(cfg, ann, snk, tnt, &Settings{})
}

// NewWith is New with its flags' values kept in s, which the taint
// analyzer tnt reads when it was built with Sources(s).
func NewWith(cfg, ann, snk, tnt *analysis.Analyzer, s *Settings) *analysis.Analyzer {
	a := &analysis.Analyzer{
		Name:     "privetdiscover",
		Doc:      analysisdoc.FromDocGo(doc, "privetdiscover"),
		URL:      "https://github.com/privetlint/privet#finding-unannotated-data",
		Requires: []*analysis.Analyzer{cfg, ann, snk, tnt},
	}
	a.Flags.StringVar(&s.MinConfidence, "min_confidence", s.MinConfidence,
		"report only findings at least this sure: low, medium or high (overrides discover.min_confidence in .privet.yml)")
	a.Flags.Var(modeFlag{&s.Sources}, "sources",
		"when unmarked fields that look like customer data are provisional sources: auto, always or never (overrides discover.sources in .privet.yml)")
	a.Flags.BoolVar(&s.AllFields, "all_fields", s.AllFields,
		"report every unmarked field that looks like customer data, also where provisional sources are on (by default such fields show up as provisional leaks where they reach a sink, and are not reported where declared)")
	a.Run = guard.Run(func(pass *analysis.Pass) (any, error) { return run(pass, s) })
	return a
}

// The diagnostic categories of privetdiscover (what go vet -json and the
// reports carry; the data category is in the message).
const (
	CategoryField = "unmarked"      // a field that looks like customer data
	CategorySink  = "unmarked-sink" // an interface method whose implementation sends
)

// patterns is the compiled pattern table (read only).
var patterns = newTable(Patterns)

// run analyses a package; s.MinConfidence, when not empty, overrides
// the policy's discover.min_confidence.
func run(pass *analysis.Pass, s *Settings) (any, error) {
	cfg := config.For(pass)
	if cfg.Discover.Disabled {
		return nil, nil
	}
	level := cfg.Discover.MinConfidence
	if s.MinConfidence != "" {
		level = s.MinConfidence
	}
	ann := annotations.For(pass)
	// Where provisional sources are on, a field that looks like customer
	// data is reported where it reaches a sink, as a provisional leak
	// with the tag fix; reporting every such field where it is declared
	// as well would fail go vet on advice (privet annotate -list and the
	// standalone command, which sets -all_fields, show them all).
	fields := s.AllFields
	if !fields {
		on, _ := taint.ProvisionalMode(s.Sources, cfg, ann)
		fields = !on
	}
	min, err := ParseConfidence(level)
	if err != nil {
		return nil, err
	}
	d := &discoverer{
		pass:   pass,
		cfg:    cfg,
		ann:    ann,
		min:    min,
		fields: fields,
	}
	for _, f := range pass.Files {
		name := pass.Fset.File(f.Pos()).Name()
		if ast.IsGenerated(f) || strings.HasSuffix(name, "_test.go") || cfg.ExcludedFile(name) {
			continue
		}
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			for _, spec := range gd.Specs {
				ts := spec.(*ast.TypeSpec)
				st, ok := ts.Type.(*ast.StructType)
				if !ok || ts.Assign.IsValid() {
					continue
				}
				tn, _ := pass.TypesInfo.Defs[ts.Name].(*types.TypeName)
				if tn == nil || d.sensitiveType(tn) || coveredByHolders(tn) {
					continue
				}
				tst, _ := tn.Type().Underlying().(*types.Struct)
				d.structType(tn, ts.Name.Name, newOwner(ts.Name.Name, pass.Pkg.Path()).withFields(tst), st)
			}
		}
	}
	if flows := requires.Result[*taint.Result](pass); flows.Err == nil {
		d.interfaceSinks(flows, sinks.For(pass)) // else privet reports the error
	}
	return nil, nil
}

type discoverer struct {
	pass *analysis.Pass
	cfg  *config.Config
	ann  *annotations.Result
	min  Confidence
	// hinted are the third-party types a hint was reported for.
	hinted map[*types.TypeName]bool
	// fields: report the unmarked fields that look like customer data
	// (off where provisional sources report them as leaks). Hints on
	// fields holding another module's types are reported either way:
	// those types are never provisional sources.
	fields bool
}

// A finding is a field name that looks sensitive.
type finding struct {
	name *ast.Ident
	cat  string
	why  string
}

// structType reports the fields of a struct. tn is the declared type
// (nil inside an anonymous struct), display its name in messages.
func (d *discoverer) structType(tn *types.TypeName, display string, o owner, st *ast.StructType) {
	for _, field := range st.Fields.List {
		if len(field.Names) == 0 {
			continue // embedded: its own declaration is checked
		}
		tag := ""
		if field.Tag != nil {
			t, err := strconv.Unquote(field.Tag.Value)
			if err != nil {
				continue
			}
			tag = t
		}
		if _, ok := reflect.StructTag(tag).Lookup("privet"); ok {
			continue // annotated, or reviewed with privet:"-"
		}
		var found []finding
		for _, name := range field.Names {
			if f, ok := d.field(tn, display, o, name, tag); ok {
				found = append(found, f)
			}
		}
		if len(found) == 0 {
			for _, name := range field.Names {
				if v, _ := d.pass.TypesInfo.Defs[name].(*types.Var); v != nil && !d.ann.Ignored(d.pass.Fset.Position(name.Pos())) {
					d.thirdPartyHint(display, name, v.Type())
				}
			}
			// An anonymous struct is checked field by field unless the
			// field holding it was reported (its tag would cover it).
			if inner := anonymousStruct(field.Type); inner != nil {
				for _, name := range field.Names {
					d.structType(nil, display+"."+name.Name, newOwner(name.Name, d.pass.Pkg.Path()), inner)
				}
			}
			continue
		}
		if !d.fields {
			continue
		}
		var cats []string
		for _, f := range found {
			cats = append(cats, f.cat)
		}
		all := category.Of(cats...).String()
		for _, f := range found {
			d.pass.Report(analysis.Diagnostic{
				Pos:      f.name.Pos(),
				End:      f.name.End(),
				Category: CategoryField,
				Message: fmt.Sprintf("field %s.%s looks like %s (%s) but is not marked; add privet:%q or privet:\"-\"",
					display, f.name.Name, f.cat, f.why, f.cat),
				SuggestedFixes: []analysis.SuggestedFix{
					{Message: fmt.Sprintf("add privet:%q", all), TextEdits: []analysis.TextEdit{TagEdit(field, all)}},
					{Message: `mark reviewed: privet:"-"`, TextEdits: []analysis.TextEdit{TagEdit(field, "-")}},
				},
			})
		}
	}
}

// field decides about one field name.
func (d *discoverer) field(tn *types.TypeName, display string, o owner, name *ast.Ident, tag string) (finding, bool) {
	if name.Name == "_" {
		return finding{}, false
	}
	v, _ := d.pass.TypesInfo.Defs[name].(*types.Var)
	if v == nil {
		return finding{}, false
	}
	if !d.cfg.FieldCategories(tn, name.Name, tag).Empty() ||
		d.cfg.Discover.Ignored(display, name.Name) ||
		d.ann.Ignored(d.pass.Fset.Position(name.Pos())) ||
		d.coveredType(v.Type()) {
		return finding{}, false
	}
	p, c, why := best(name.Name, tag, v.Type(), o)
	if p == nil || c < d.min {
		return finding{}, false
	}
	return finding{name: name, cat: p.Category, why: why}, true
}

// tagKeys are the struct tag keys whose names are matched, in order.
var tagKeys = []string{"json", "db", "bson", "yaml", "xml", "form", "toml", "mapstructure", "gorm", "protobuf", "msgpack", "query", "schema", "csv", "firestore", "dynamodbav"}

// best matches a field's name, then its tag names, then its type's name,
// and returns the most confident match with the reason. A tag or type
// name is only consulted for what the field name does not already say:
// PasswordHash `json:"password"` is a hash, not a password.
func best(name, tag string, t types.Type, o owner) (*Pattern, Confidence, string) {
	p, c, why := bestMatch(name, tag, t, o)
	if p != nil && p.Category == category.Health && kindOf(t) == Composite && componentState(t) {
		return nil, None, ""
	}
	return p, c, why
}

// bestMatch is best before component state is ruled out.
func bestMatch(name, tag string, t types.Type, o owner) (*Pattern, Confidence, string) {
	kind := kindOf(t)
	p, c := patterns.match(name, o, kind)
	why := fmt.Sprintf("name %q", name)
	tagNames := tagNames(tag, name)
	if p != nil {
		// A key in an unexported field (Manager.encryptionKey,
		// AzureProvider.apiKey) is a component's own: a record that a
		// database or a request fills exports its fields.
		if p.ServiceKey && !token.IsExported(name) && !o.person() {
			return nil, None, ""
		}
		// A tag that says more than the name can rule it out: Login
		// `json:"passkey_login"` is not a user name.
		for _, tn := range tagNames {
			if tp, tc := patterns.match(tn.name, o, kind); tp == p && tc == None {
				return nil, None, ""
			}
		}
		return p, c, why
	}
	if patterns.mentioned(name) {
		return nil, None, ""
	}
	for _, tn := range tagNames {
		if tp, tc := patterns.match(tn.name, o, kind); tp != nil && tc > c {
			p, c, why = tp, tc, fmt.Sprintf("%s tag %q", tn.key, tn.name)
		}
	}
	// A type's name speaks for structured values (Home Address, Key
	// *rsa.PrivateKey); a named string type is usually an enum.
	if tn := elemTypeName(t); tn != nil && typeNamesCount(tn) && (kind&(Composite|Interface) != 0 || cryptoType(tn)) {
		if tp, tc := patterns.match(tn.Name(), o, kind); tp != nil && tc > c {
			p, c, why = tp, tc, fmt.Sprintf("type %q", tn.Name())
		}
	}
	return p, c, why
}

// componentState reports whether a struct-valued field holds a
// component's own state rather than a record: its struct exports no
// field and nothing in it can hold text. Health in infrastructure code
// is the state of a health check (grpc's acBalancerWrapper.healthData
// *healthData{connectivityState, closeHealthProducer}); a health record
// holds text (a diagnosis, a history) or is filled from outside through
// exported fields.
func componentState(t types.Type) bool {
	tn := elemTypeName(t)
	if tn == nil {
		return false
	}
	st, ok := tn.Type().Underlying().(*types.Struct)
	if !ok || st.NumFields() == 0 {
		return false
	}
	for f := range st.Fields() {
		if f.Exported() {
			return false
		}
		switch kindOf(f.Type()) {
		case Text, Composite, Interface:
			// Nested values may hold text: not looked into.
			return false
		}
	}
	return true
}

type namedTag struct{ key, name string }

// tagNames lists the names the field's tags give it, other than the
// field's own name.
func tagNames(tag, field string) []namedTag {
	var out []namedTag
	st := reflect.StructTag(tag)
	for _, key := range tagKeys {
		v, ok := st.Lookup(key)
		if !ok {
			continue
		}
		n := tagName(key, v)
		if n == "" || n == "-" || normalize(n) == normalize(field) {
			continue
		}
		out = append(out, namedTag{key, n})
	}
	return out
}

// tagName extracts the name a tag value gives the field.
func tagName(key, v string) string {
	switch key {
	case "gorm":
		for _, part := range strings.Split(v, ";") {
			if col, ok := strings.CutPrefix(strings.TrimSpace(part), "column:"); ok {
				return col
			}
		}
		return ""
	case "protobuf":
		for _, part := range strings.Split(v, ",") {
			if n, ok := strings.CutPrefix(part, "name="); ok {
				return n
			}
		}
		return ""
	}
	n, _, _ := strings.Cut(v, ",")
	return n
}

// typeNamesCount reports whether a named type's name says something about
// its values: types of the program and its dependencies, and the
// standard library's key types.
func typeNamesCount(tn *types.TypeName) bool {
	if tn.Pkg() == nil {
		return false
	}
	path := tn.Pkg().Path()
	first, _, _ := strings.Cut(path, "/")
	if strings.Contains(first, ".") {
		return true
	}
	if cryptoType(tn) {
		return true
	}
	// A module whose path has no dot (a local module, a test package).
	return !stdlib(first)
}

// cryptoType reports whether a named type is one of the standard
// library's key types (*rsa.PrivateKey, ed25519.PrivateKey, ...).
func cryptoType(tn *types.TypeName) bool {
	switch tn.Pkg().Path() {
	case "crypto", "crypto/rsa", "crypto/ecdsa", "crypto/ed25519", "crypto/ecdh":
		return true
	}
	return false
}

// stdlib reports whether the first element of an import path is one of
// the standard library's.
func stdlib(first string) bool {
	switch first {
	case "archive", "bufio", "bytes", "cmp", "compress", "container", "context", "crypto",
		"database", "debug", "embed", "encoding", "errors", "expvar", "flag", "fmt", "go",
		"hash", "html", "image", "index", "io", "iter", "log", "maps", "math", "mime", "net",
		"os", "path", "plugin", "reflect", "regexp", "runtime", "slices", "sort", "strconv",
		"strings", "structs", "sync", "syscall", "testing", "text", "time", "unicode",
		"unique", "unsafe", "weak", "internal", "vendor":
		return true
	}
	return false
}

// mentioned reports whether some spelling of the table is a word
// sequence of the name, even where it did not match (PasswordHash,
// EmailVerified, HashedPassword, Email bool): the name speaks about that
// data, and its tag or type must not override what it says.
func (t *table) mentioned(name string) bool {
	ws := words(name)
	for end := len(ws); end >= 1; end-- {
		for start := 0; start < end; start++ {
			if len(t.bySpelling[join(ws[start:end])]) > 0 {
				return true
			}
		}
	}
	return false
}

// anonymousStruct returns the struct type literal a field's type holds
// directly (T, *T, []T, [n]T, map[K]T), if any.
func anonymousStruct(e ast.Expr) *ast.StructType {
	for {
		switch t := e.(type) {
		case *ast.StructType:
			return t
		case *ast.StarExpr:
			e = t.X
		case *ast.ArrayType:
			e = t.Elt
		case *ast.MapType:
			e = t.Value
		case *ast.ParenExpr:
			e = t.X
		default:
			return nil
		}
	}
}

// elemTypeName returns the named type a field holds (through pointers,
// slices, arrays, maps and channels), if any.
func elemTypeName(t types.Type) *types.TypeName {
	for {
		switch u := types.Unalias(t).(type) {
		case *types.Named:
			return u.Origin().Obj()
		case *types.Pointer:
			t = u.Elem()
		case *types.Slice:
			t = u.Elem()
		case *types.Array:
			t = u.Elem()
		case *types.Map:
			t = u.Elem()
		default:
			return nil
		}
	}
}

// sensitiveType reports whether every value of a named type is sensitive
// already (//privet:sensitive or a policy rule).
func (d *discoverer) sensitiveType(tn *types.TypeName) bool {
	return !d.ann.TypeCategories(tn).Empty() || !d.cfg.TypeCategories(tn).Empty()
}

// coveredType reports whether a field's type already carries privet's
// marks: a sensitive type, or a struct with privet-tagged fields.
func (d *discoverer) coveredType(t types.Type) bool {
	tn := elemTypeName(t)
	if tn == nil {
		return false
	}
	if d.sensitiveType(tn) {
		return true
	}
	st, ok := tn.Type().Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		if cats, _ := annotations.FieldCategories(st.Tag(i)); !cats.Empty() {
			return true
		}
	}
	return false
}

// TagEdit adds privet:"value" to a field's tag: a new raw tag literal
// when there is none, else appended inside the existing literal (raw or
// interpreted), separated by a space.
func TagEdit(field *ast.Field, value string) analysis.TextEdit {
	if field.Tag == nil {
		text := fmt.Sprintf(" `privet:%q`", value)
		return analysis.TextEdit{Pos: field.Type.End(), End: field.Type.End(), NewText: []byte(text)}
	}
	lit := field.Tag.Value
	content := lit[1 : len(lit)-1]
	text := fmt.Sprintf("privet:%q", value)
	if lit[0] == '"' {
		text = strings.ReplaceAll(text, `"`, `\"`)
	}
	if content != "" && !strings.HasSuffix(content, " ") {
		text = " " + text
	}
	end := field.Tag.End() - 1
	return analysis.TextEdit{Pos: end, End: end, NewText: []byte(text)}
}
