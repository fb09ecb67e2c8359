package analyzers

import (
	_ "embed"
	"fmt"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/privetlint/privet/analyzers/discover"
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

// Analyzer reports flows of sensitive data into third-party sinks and
// malformed privet annotations. It is the default instance, configured
// by its flags (-privet.config, -privet.kinds under go vet) and built on
// the passes' own default instances (config.Analyzer, taint.Analyzer,
// ...); New builds others.
var Analyzer = newPrivet(config.Analyzer, annotations.Analyzer, defaultTaint, "", false)

// Discover is the default privetdiscover instance, built on the same
// passes as Analyzer; its -sources and -min_confidence flags
// (-privetdiscover.sources under go vet) reach Analyzer's engine, whose
// provisional sources are the fields it would report.
var Discover = discover.NewWith(config.Analyzer, annotations.Analyzer, sinks.Analyzer, defaultTaint, defaultDiscover)

var (
	defaultDiscover = &discover.Settings{}
	defaultTaint    = taint.NewProvisional(config.Analyzer, annotations.Analyzer, sinks.Analyzer, discover.Sources(defaultDiscover))
)

// All lists every analyzer privet ships, for hosts that take a list: the
// default instances, Analyzer and Discover.
// privetdiscover runs by default too; -privetdiscover=false under go vet or
// discover: {enabled: false} in .privet.yml turns it off.
func All() []*analysis.Analyzer { return []*analysis.Analyzer{Analyzer, Discover} }

// Settings configure the analyzers New builds: what the flags of the
// default instances say under go vet.
type Settings struct {
	// Config is a policy file used instead of the .privet.yml found
	// walking up from each package (-privet.config).
	Config string
	// PolicyText is the policy as YAML text or @FILE (-privet.policy);
	// it wins over Config.
	PolicyText string
	// Policy, when not nil, is the policy of every package, instead of
	// any file (the golangci-lint plugin's inline settings).
	Policy *config.Config
	// Kinds restricts reports to some sink kinds (-privet.kinds); empty:
	// all.
	Kinds []string
	// MinConfidence overrides the policy's discover.min_confidence
	// (-privetdiscover.min_confidence).
	MinConfidence string
	// Sources overrides the policy's discover.sources: auto, always or
	// never (-privetdiscover.sources).
	Sources string
	// Tests reports findings in _test.go files too (-privet.tests; the
	// policy's tests: true does the same).
	Tests bool
	// AllFields reports every unmarked field that looks like customer
	// data, also where provisional sources are on
	// (-privetdiscover.all_fields).
	AllFields bool
}

// New returns fresh privet and privetdiscover analyzers, in that order,
// configured by s, for hosts that run analyzers in process with settings
// of their own (the standalone command, golangci-lint). The passes they
// require that depend on the policy (config, annotations, sinks, taint)
// are fresh too, so instances with different settings can live in one
// process without sharing state; analyzers of one New call form one run
// (run the analyzers of one call together, not with those of another or
// with All: each declares the same fact types).
func New(s Settings) []*analysis.Analyzer {
	cfg := config.New(config.Settings{File: s.Config, Policy: s.Policy, Text: s.PolicyText})
	ann := annotations.New(cfg)
	snk := sinks.New(cfg, ann)
	ds := &discover.Settings{MinConfidence: s.MinConfidence, Sources: s.Sources, AllFields: s.AllFields}
	tnt := taint.NewProvisional(cfg, ann, snk, discover.Sources(ds))
	disc := discover.NewWith(cfg, ann, snk, tnt, ds)
	return []*analysis.Analyzer{newPrivet(cfg, ann, tnt, strings.Join(s.Kinds, ","), s.Tests), disc}
}

// newPrivet returns a privet analyzer over the passes of one
// configuration. Its -config flag is the config analyzer's; -kinds
// starts as kinds, -tests as tests.
func newPrivet(cfg, ann, tnt *analysis.Analyzer, kinds string, tests bool) *analysis.Analyzer {
	a := &analysis.Analyzer{
		Name:     "privet",
		Doc:      analysisdoc.FromDocGo(doc, "privet"),
		URL:      "https://github.com/privetlint/privet",
		Requires: []*analysis.Analyzer{cfg, ann, tnt},
	}
	for _, name := range []string{"config", "policy"} {
		f := cfg.Flags.Lookup(name)
		a.Flags.Var(f.Value, f.Name, f.Usage)
	}
	a.Flags.Var(kindsFlag{&kinds}, "kinds",
		"report only flows into these sink `kinds`, comma-separated ("+sinks.KindList()+", or a kind of your own declared under sink_kinds: in .privet.yml); empty: all")
	a.Flags.BoolVar(&tests, "tests", tests,
		"also report findings in _test.go files (off by default: test doubles and fixtures hold fake data; the policy's tests: true does the same)")
	a.Run = guard.Run(func(pass *analysis.Pass) (any, error) { return run(pass, kinds, tests) })
	return a
}

// reported reports whether findings into a sink kind are wanted, given
// the -kinds flag.
func reported(kinds string, kind sinks.Kind) bool {
	if kinds == "" {
		return true
	}
	for _, k := range strings.Split(kinds, ",") {
		if strings.TrimSpace(k) == string(kind) {
			return true
		}
	}
	return false
}

func run(pass *analysis.Pass, kinds string, tests bool) (any, error) {
	cfg := config.For(pass)
	ann := annotations.For(pass)
	flows := requires.Result[*taint.Result](pass)
	if flows.Err != nil {
		return nil, flows.Err
	}
	for _, p := range ann.Problems {
		pass.Report(analysis.Diagnostic{Pos: p.Pos, Category: "annotation", Message: p.Message})
	}
	for _, d := range ann.SinkDirectives {
		if msg := directiveKindProblem(cfg, d.Kind); msg != "" {
			pass.Report(analysis.Diagnostic{Pos: d.Pos, Category: "annotation", Message: msg})
		}
	}
	for _, w := range unmatchedRules(pass, cfg) {
		pass.Report(w)
	}
	checkAccess(pass, cfg, ann)
	// One diagnostic per sink call and destination, listing every source
	// that reaches it: on real services one flow into one call made
	// about 2.5 findings, one per source. Suppressions, exclusions and
	// allow rules apply to each source's flow before they are grouped.
	var calls [][]taint.Finding
	index := map[callKey]int{}
	for _, f := range flows.Findings {
		if !reported(kinds, f.Sink.Kind) {
			continue
		}
		if !tests && !cfg.Tests && (inTestFile(pass.Fset, f.Pos) || throughTestCode(pass.Fset, f.Trace)) {
			continue
		}
		if authenticates(f) {
			continue
		}
		posn := pass.Fset.Position(f.Pos)
		if cfg.ExcludedFile(posn.Filename) || f.Func != nil && cfg.ExcludedFunc(f.Func) {
			continue
		}
		dest := config.Dest{Kind: string(f.Sink.Kind), Family: f.Sink.Family, Host: f.Sink.Host}
		at := config.Place{Package: pass.Pkg.Path(), Func: f.Func}
		// The engine keeps categories a deny or require rule watches
		// when a sanitizer cleans them, marked with its name
		// (config.Cleaning): decided here.
		raw, cleaned := splitCleaned(f.Cats)
		// Deny rules first: sanitized or not, no allow rule or
		// //privet:ignore lifts them.
		if denied, rule := cfg.Denied(raw.Union(bases(cleaned)), dest, at); rule != nil {
			reportDenied(pass, ann, f, denied, rule)
			raw, cleaned = raw.Minus(denied), withoutBases(cleaned, denied)
		}
		if ignoreDirective(pass, ann, f).IsValid() {
			continue
		}
		reportMisSanitized(pass, cfg, f, cleaned, dest, at)
		if f.Cats = cfg.AllowedAt(raw, dest, at); f.Cats.Empty() {
			continue
		}
		k := callKey{f.Pos, f.Sink.Display}
		if i, ok := index[k]; ok {
			calls[i] = append(calls[i], f)
			continue
		}
		index[k] = len(calls)
		calls = append(calls, []taint.Finding{f})
	}
	for _, fs := range calls {
		d := Diagnostic(fs...)
		if !remapped(pass.Fset, fs[0]) {
			d.SuggestedFixes = fixes(pass, ann, fs)
		}
		pass.Report(d)
	}
	return nil, nil
}

// authenticates reports whether a finding is a request authenticating
// with a credential that only looks like one: a provisional credential
// source (nothing marked it) sent in an HTTP request to a host no
// catalog family names. A key, token or password is made to be sent to
// the API it is for (minio-go's and grpc's STS clients exchanging
// tokens, a service's login call); where the request goes is not known,
// so names alone cannot tell a leak. Marked credentials, and provisional
// ones reaching an AI service, analytics, error monitoring, ... or a
// catalogued host, are reported. So are a session's: a user's session
// token is the service's grant to that user, for no other API, and sent
// out it is a leak (an audit service given Session.Token).
func authenticates(f taint.Finding) bool {
	name, _, provisional := taint.SplitProvisional(f.Source)
	owner, _, _ := strings.Cut(name, ".")
	return provisional && f.Sink.Kind == sinks.KindHTTP &&
		f.Cats.Minus(category.Of(category.Credential)).Empty() &&
		!strings.HasSuffix(strings.ToLower(owner), "session")
}

// callKey identifies a sink call and its destination: what one
// diagnostic reports.
type callKey struct {
	pos  token.Pos
	sink string
}

// inTestFile reports whether pos is in a _test.go file: the file the
// compiler reads, whatever a //line directive in it says.
func inTestFile(fset *token.FileSet, pos token.Pos) bool {
	f := fset.File(pos)
	return f != nil && strings.HasSuffix(f.Name(), "_test.go")
}

// throughTestCode reports whether a flow's path passes through a
// _test.go file: in a package's test variant a call through an interface
// reaches the test doubles too (paperless-gpt's BackgroundProcessor
// resolved to its TestApp), and a flow through test code is a test's,
// wherever it is reported.
func throughTestCode(fset *token.FileSet, trace []taint.Step) bool {
	for _, s := range trace {
		if s.Pos.IsValid() && inTestFile(fset, s.Pos) {
			return true
		}
		if file, _, _ := strings.Cut(s.Where, ":"); strings.HasSuffix(file, "_test.go") {
			return true
		}
	}
	return false
}

// kindsFlag is the -kinds flag: a comma-separated list of sink kinds,
// each spelt as a kind (a lower case word; not a package pattern, which
// the flag takes as its value when the kinds are left out). Whether a
// kind exists depends on the policy: hosts check that with
// sinks.CheckKinds before the analysis.
type kindsFlag struct{ s *string }

func (f kindsFlag) String() string {
	if f.s == nil {
		return ""
	}
	return *f.s
}

func (f kindsFlag) Set(v string) error {
	if err := CheckKindsSpelling(v); err != nil {
		return err
	}
	*f.s = v
	return nil
}

// CheckKindsSpelling checks the form of a -kinds value (empty: all
// kinds): comma-separated lower case words, none a package pattern. An
// unknown word is left to sinks.CheckKinds, which knows the policy.
func CheckKindsSpelling(v string) error {
	if strings.TrimSpace(v) == "" {
		return nil
	}
	for _, k := range strings.Split(v, ",") {
		if err := sinks.CheckKinds([]string{k}); err != nil && config.KindNameProblem(strings.TrimSpace(k)) != "" {
			return err
		}
	}
	return nil
}

// directiveKindProblem returns the problem of a //privet:sink kind that
// is one typo away from a built-in kind and not declared in the policy
// ("ia" for "ai"), or "".
func directiveKindProblem(cfg *config.Config, kind string) string {
	if sinks.KnownKind(sinks.Kind(kind)) {
		return ""
	}
	for _, k := range cfg.Kinds {
		if k.Name == kind {
			return ""
		}
	}
	if near := config.NearMiss(kind, sinks.KindNames()); near != "" {
		return sinks.UnknownKindMessage(kind, near)
	}
	return ""
}

// ignoreDirective returns the position of the //privet:ignore that
// covers the finding, or token.NoPos: on the reported line, or on the
// line of any step of its path inside the function that holds the report
// (where the request was built, req.Header.Set(...), covers the report at
// client.Do).
func ignoreDirective(pass *analysis.Pass, ann *annotations.Result, f taint.Finding) token.Pos {
	if at := ann.IgnoredBy(pass.Fset.Position(f.Pos)); at.IsValid() {
		return at
	}
	start, end := enclosingFunc(pass, f.Pos)
	if !start.IsValid() {
		return token.NoPos
	}
	for _, s := range f.Trace {
		if s.Where == "" && s.Pos.IsValid() && start <= s.Pos && s.Pos < end {
			if at := ann.IgnoredBy(pass.Fset.Position(s.Pos)); at.IsValid() {
				return at
			}
		}
	}
	return token.NoPos
}

// enclosingFunc returns the extent of the declared function (or, at
// package level, the declaration) that holds pos.
func enclosingFunc(pass *analysis.Pass, pos token.Pos) (token.Pos, token.Pos) {
	for _, file := range pass.Files {
		if pos < file.FileStart || pos > file.FileEnd {
			continue
		}
		for _, d := range file.Decls {
			if d.Pos() <= pos && pos < d.End() {
				return d.Pos(), d.End()
			}
		}
	}
	return token.NoPos, token.NoPos
}

// messageSources is how many sources a message names; the others are
// counted ("and 2 more") and all are in the trace.
const messageSources = 3

// Message is the one-line text of the findings of one sink call and
// destination (one per source, in the order of their sources): the
// union of their categories, the first sources by name and how many
// more there are, and the sink. A baseline keys on it, so a source added
// to a known finding makes it new (the count changes when the name is
// not shown).
func Message(fs ...taint.Finding) string {
	var cats category.Set
	var b strings.Builder
	for i, f := range fs {
		cats = cats.Union(f.Cats)
		switch {
		case i < messageSources:
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(f.Source)
		case i == messageSources:
			fmt.Fprintf(&b, " and %d more", len(fs)-messageSources)
		}
	}
	f := fs[0]
	return fmt.Sprintf("%s data (%s) reaches %s (%s) without an approved sanitizer",
		cats, b.String(), sinks.KindPhrase(f.Sink.Kind), f.Sink.Display)
}

// Diagnostic turns the findings of one sink call and destination (one
// per source) into a diagnostic: the message, the sink kind as
// category, and the path of each source in turn as related information,
// each step of a path once: where a path comes back to a step it went
// through, the loop between is left out.
func Diagnostic(fs ...taint.Finding) analysis.Diagnostic {
	f := fs[0]
	d := analysis.Diagnostic{Pos: f.Pos, End: f.End, Category: string(f.Sink.Kind), Message: Message(fs...)}
	for _, f := range fs {
		d.Related = appendPath(d.Related, f)
	}
	return d
}

// appendPath appends the steps of a finding's path to related, each
// once (a loop back to a step is cut).
func appendPath(related []analysis.RelatedInformation, f taint.Finding) []analysis.RelatedInformation {
	seen := map[analysis.RelatedInformation]int{}
	for _, s := range f.Trace {
		pos, msg := s.Pos, s.What
		if !pos.IsValid() || s.Where != "" {
			if s.Where != "" {
				msg += " (" + s.Where + ")"
			}
			if !pos.IsValid() {
				pos = f.Pos
			}
		}
		if pos == token.NoPos {
			continue
		}
		r := analysis.RelatedInformation{Pos: pos, Message: msg}
		if i, ok := seen[r]; ok {
			for _, dropped := range related[i+1:] {
				delete(seen, dropped)
			}
			related = related[:i+1]
			continue
		}
		seen[r] = len(related)
		related = append(related, r)
	}
	return related
}
