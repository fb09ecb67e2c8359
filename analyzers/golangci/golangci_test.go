package golangci_test

import (
	"fmt"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	yaml "go.yaml.in/yaml/v3"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/privetlint/privet/analyzers"
	"github.com/privetlint/privet/analyzers/golangci"
	"github.com/privetlint/privet/passes/config"
)

// Each plugin builds analyzers of its own (TestTwoPlugins), so nothing
// is reset between tests.

func testdata(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// settings decodes a YAML settings block the way golangci-lint hands it
// to plugins: maps, lists and scalars.
func settings(t *testing.T, src string) any {
	t.Helper()
	if src == "" {
		return nil
	}
	var v any
	if err := yaml.Unmarshal([]byte(src), &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// build goes through the registry as golangci-lint does: GetPlugin, New,
// GetLoadMode, BuildAnalyzers.
func build(t *testing.T, raw any) ([]*analysis.Analyzer, error) {
	t.Helper()
	newPlugin, err := register.GetPlugin("privet")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(raw)
	if err != nil {
		return nil, err
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
	}
	return p.BuildAnalyzers()
}

func mustBuild(t *testing.T, src string) *analysis.Analyzer {
	t.Helper()
	as, err := build(t, settings(t, src))
	if err != nil {
		t.Fatal(err)
	}
	// Fresh analyzers like those of analyzers.All, the privet one wrapped
	// only to drop the trace of findings under //nolint:privet.
	if len(as) != len(analyzers.All()) || as[0].Name != "privet" || !slices.Equal(names(as[0].Requires), names(analyzers.Analyzer.Requires)) {
		t.Fatalf("BuildAnalyzers() = %v, want the analyzers of analyzers.All", as)
	}
	if slices.Contains(as[0].Requires, config.Analyzer) {
		t.Fatalf("BuildAnalyzers() = %v, built on the default config analyzer; want its own", as)
	}
	return as[0]
}

func names(as []*analysis.Analyzer) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Name)
	}
	return out
}

// TestPlugin runs the analyzers the plugin builds, without settings, on
// the basic cases: the same findings as go vet.
func TestPlugin(t *testing.T) {
	analysistest.Run(t, testdata(t), mustBuild(t, ""), "basic")
}

// TestFlags checks that settings reach the analyzer's flags and its
// config pass (without running the analyzer: each run on basic loads
// net/http, which takes seconds).
func TestFlags(t *testing.T) {
	t.Setenv(config.EnvVar, "")
	file := filepath.Join(t.TempDir(), "policy.yml")
	writeFile(t, file, "version: 1\nallow:\n  - category: payment\n    sink: http\n    reason: PCI processor\n")
	for _, tc := range []struct{ settings, config, kinds string }{
		{"", "", ""},
		{"{}", "", ""},
		{"kinds: [ai, \" http\"]", "", "ai,http"},
		{"kinds: [\" ai\"]\nversion: 1", "", "ai"},
		{"config: " + file + "\nkinds: []", file, ""},
	} {
		a := mustBuild(t, tc.settings)
		if got := a.Flags.Lookup("config").Value.String(); got != tc.config {
			t.Errorf("settings %q: -privet.config = %q, want %q", tc.settings, got, tc.config)
		}
		if got := a.Flags.Lookup("kinds").Value.String(); got != tc.kinds {
			t.Errorf("settings %q: -privet.kinds = %q, want %q", tc.settings, got, tc.kinds)
		}
		cfg := loadPolicy(t, a)
		if want := len(tc.config) > 0; (len(cfg.Allow) == 1) != want {
			t.Errorf("settings %q: policy %+v, want the file's: %v", tc.settings, cfg, want)
		}
	}
}

// loadPolicy runs the config pass a privet analyzer requires, as for a
// package in an empty directory, and returns its policy.
func loadPolicy(t *testing.T, a *analysis.Analyzer) *config.Config {
	t.Helper()
	for _, req := range a.Requires {
		if req.Name != "privetconfig" {
			continue
		}
		res, err := req.Run(&analysis.Pass{Analyzer: req, Pkg: types.NewPackage("p", "p")})
		if err != nil {
			t.Fatal(err)
		}
		return res.(*config.Config)
	}
	t.Fatalf("%s requires no config pass", a)
	return nil
}

// TestTwoPlugins builds two plugins with different settings in one
// process, then runs both: each applies its own kinds and policy (the
// plugin used to set process-wide state, where the last one built won).
func TestTwoPlugins(t *testing.T) {
	aiOnly := mustBuild(t, "kinds: [ai]")
	piiToHTTP := mustBuild(t, "version: 1\nallow:\n  - category: pii\n    sink: http\n    reason: first-party API\n")
	if got := loadPolicy(t, aiOnly); len(got.Allow) != 0 {
		t.Errorf("the first plugin's policy %+v, want none (the second plugin's is inline)", got)
	}
	const ai = "30: pii,payment data (Customer) reaches an AI service (http.Post to api.openai.com) without an approved sanitizer [path: fmt.Sprintf → strings.NewReader]"
	if got := findings(t, aiOnly); !slices.Equal(got, []string{ai}) {
		t.Errorf("kinds: [ai] reported %q, want only %q", got, ai)
	}
	got := strings.Join(findings(t, piiToHTTP), "\n")
	for _, want := range []string{ai, "44: payment data (Customer.Card)"} {
		if !strings.Contains(got, want) {
			t.Errorf("the plugin allowing pii to http did not report %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "pii data (Customer.Email) reaches an HTTP request") {
		t.Errorf("the plugin allowing pii to http reported pii reaching http:\n%s", got)
	}
}

// findings runs a on basic and returns its diagnostics as
// "LINE: message", ignoring the package's // want lines.
func findings(t *testing.T, a *analysis.Analyzer) []string {
	t.Helper()
	var got []string
	for _, r := range analysistest.Run(discard{}, testdata(t), a, "basic") {
		for _, d := range r.Diagnostics {
			got = append(got, fmt.Sprintf("%d: %s", r.Pass.Fset.Position(d.Pos).Line, d.Message))
		}
	}
	slices.Sort(got)
	return got
}

type discard struct{}

func (discard) Errorf(string, ...any) {}

// TestInlinePolicy writes a .privet.yml inline: a source rule makes
// Customer.ID pii, an allow rule lets payment data reach http sinks; and
// kinds: [http] drops the flow into the AI service.
func TestInlinePolicy(t *testing.T) {
	a := mustBuild(t, `
kinds: [http]
version: 1
sources:
  - package: basic
    type: Customer
    fields: [ID]
    category: pii
allow:
  - category: payment
    sink: http
    reason: the payment processor is reached over plain HTTP
`)
	got := strings.Join(findings(t, a), "\n")
	for _, want := range []string{
		"25: pii data (Customer.ID) reaches an HTTP request (http.Post) without an approved sanitizer",
		"36: pii data (Customer) reaches an HTTP request (http.Client.Do) without an approved sanitizer",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing finding %q in\n%s", want, got)
		}
	}
	for _, gone := range []string{"payment data (Customer.Card)", "AI service"} {
		if strings.Contains(got, gone) {
			t.Errorf("reported %q, want it allowed or filtered:\n%s", gone, got)
		}
	}
}

// TestInlineScopes: deny rules and from: scopes mean under golangci-lint
// what they mean in a .privet.yml (issue 22): an allow rule scoped to
// another package lifts nothing here, a deny rule reports in its own
// category with its reason.
func TestInlineScopes(t *testing.T) {
	a := mustBuild(t, `
kinds: [http]
version: 1
allow:
  - category: payment
    sink: http
    from: [billing/...]
    reason: billing is in PCI scope
deny:
  - category: pii
    sink: http
    from: [basic]
    reason: no customer contact data over plain HTTP
`)
	got := strings.Join(findings(t, a), "\n")
	for _, want := range []string{
		"payment data (Customer.Card) reaches an HTTP request",
		"pii data (Customer.Email) reaches an HTTP request (http.Post), which the policy denies: no customer contact data over plain HTTP (linters.settings.custom.privet.settings:9)",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing finding %q in\n%s", want, got)
		}
	}
}

// TestInlineDiscoverSources: discover.sources in the settings, as in a
// .privet.yml, makes unmarked fields provisional sources of an annotated
// package.
func TestInlineDiscoverSources(t *testing.T) {
	a := mustBuild(t, "version: 1\ndiscover:\n  sources: always\n")
	analysistest.Run(t, testdata(t), a, "provisional/flagged")
}

func writeFile(t *testing.T, name, data string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestSettingsErrors(t *testing.T) {
	broken := filepath.Join(t.TempDir(), "broken.yml")
	writeFile(t, broken, "version: 1\nsinkz: []\n")
	const name = "linters.settings.custom.privet.settings"
	for _, tc := range []struct{ name, settings, want string }{
		{"not a mapping", "[ai]",
			name + ": must be a mapping: decoding settings: json: cannot unmarshal array into Go value of type map[string]interface {}"},
		{"kinds not a list", "kinds: ai",
			name + ": decoding settings: json: cannot unmarshal string into Go struct field Settings.kinds of type []string"},
		{"config not a string", "config: [a, b]",
			name + ": decoding settings: json: cannot unmarshal array into Go struct field Settings.config of type string"},
		{"comma in kinds", "kinds: [\"ai,http\"]",
			name + `: kinds: "ai,http" is not a sink kind (write one kind per list entry)`},
		{"unknown trace", "trace: steps",
			name + `: trace: "steps": want "message" (the path in the finding's text, the default) or "issues" (one issue per step)`},
		{"unknown top-level key", "version: 1\nsourcs: []",
			name + `:2:1: unknown key "sourcs" in the settings; did you mean "sources"?`},
		{"misspelt kinds", "kind: [ai]",
			name + ":1:1: unknown key \"kind\" in the settings; did you mean \"kinds\"?\n" +
				name + `:1:1: missing "version: 1"`},
		{"unknown key in a rule", "version: 1\nsources:\n  - package: basic\n    type: Customer\n    categry: pii",
			name + ":3:5: unknown key \"categry\" in a source; did you mean \"category\"?\n" +
				name + ":3:5: a source needs a category"},
		{"wrong policy type", "version: 1\nsources: {package: basic}",
			name + ":3:3: sources must be a list, not a mapping"},
		{"unknown category", "version: 1\nsources: [{package: basic, type: Customer, category: pi}]",
			name + `:3:15: unknown category "pi"; did you mean "pii"?`},
		{"missing version", "allow: [{category: pii, sink: openai, reason: DPA}]",
			name + `:1:1: missing "version: 1"`},
		{"unknown sink", "version: 1\nallow: [{category: pii, sink: opnai, reason: DPA}]",
			name + `:5:11: unknown sink "opnai": name a catalog family or a sink kind (privet sinks lists them); did you mean "openai"?`},
		// Issue 22: deny rules and from: scopes, with the file's checks.
		{"deny without reason", "version: 1\ndeny: [{category: health, sink: ai}]",
			name + `:3:5: a deny rule needs a reason`},
		{"bad from", "version: 1\nallow: [{category: payment, sink: stripe, from: [\"billing/a...\"], reason: PCI}]",
			name + `:5:9: from entry "billing/a...": "..." must stand alone or end the path after a slash, as in example.com/shop/...`},
		{"deny unknown sink", "version: 1\ndeny: [{category: health, sink: opnai, reason: never}]",
			name + `:5:11: unknown sink "opnai": name a catalog family or a sink kind (privet sinks lists them); did you mean "openai"?`},
		{"config and inline policy", "config: .privet.yml\nversion: 1\nsources: []",
			name + ": config names a policy file and the settings hold policy keys (sources, version): use one or the other"},
		{"missing config file", "config: /nonexistent/.privet.yml",
			name + ": config: stat /nonexistent/.privet.yml: no such file or directory"},
		{"broken config file", "config: " + broken,
			broken + `:2:1: unknown key "sinkz" in the policy file; did you mean "sinks"?`},
		// Issue 20: a kinds list that filters everything is an error.
		{"kinds case", "kinds: [AI]",
			name + `: kinds: unknown sink kind "AI"; did you mean "ai"?`},
		{"kinds typo", "kinds: [ia]",
			name + `: kinds: unknown sink kind "ia"; did you mean "ai"?`},
		{"kinds pattern", "kinds: [./...]",
			name + `: kinds: "./..." looks like a package pattern, not a sink kind: the kinds come first, e.g. -kinds=ai ./... (kinds: ai, http, analytics, monitoring, telemetry, messaging, payment, rpc, crash)`},
		{"kinds undeclared", "kinds: [crm]\nversion: 1",
			name + `: kinds: unknown sink kind "crm" (kinds: ai, http, analytics, monitoring, telemetry, messaging, payment, rpc, crash; a kind of your own is declared under sink_kinds: in .privet.yml)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			as, err := build(t, settings(t, tc.settings))
			if err == nil {
				t.Fatalf("no error (analyzers %v), want:\n%s", as, tc.want)
			}
			if got := err.Error(); got != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

// TestTests: tests: true reports findings in _test.go files, as
// -privet.tests does under go vet; by default they are left out.
func TestTests(t *testing.T) {
	analysistest.Run(t, testdata(t), mustBuild(t, "tests: true"), "testfiles/flag")
	analysistest.Run(t, testdata(t), mustBuild(t, "trace: message"), "testfiles/app")
}

// TestKindsDeclared: a kind the inline policy declares may be selected.
func TestKindsDeclared(t *testing.T) {
	if _, err := build(t, settings(t, "kinds: [crm]\nversion: 1\nsink_kinds: [{name: crm}]")); err != nil {
		t.Errorf("kinds: [crm] with crm declared: %v", err)
	}
}

// TestHostedDiagnostics checks what the plugin changes for golangci-lint:
// a finding under //nolint:privet keeps its diagnostic (golangci-lint
// suppresses it, and nolintlint sees the directive used) but loses its
// related information, which golangci-lint would otherwise print as issues
// of their own on other lines; and a step in another file of the package
// names its position, which golangci-lint replaces with the finding's.
func TestHostedDiagnostics(t *testing.T) {
	a := mustBuild(t, "trace: issues")
	related := map[int][]string{}
	for _, r := range analysistest.Run(t, analysistest.TestData(), a, "hosted") {
		for _, d := range r.Diagnostics {
			line := r.Pass.Fset.Position(d.Pos).Line
			for _, rel := range d.Related {
				related[line] = append(related[line], fmt.Sprintf("%d: %s", r.Pass.Fset.Position(rel.Pos).Line, rel.Message))
			}
		}
	}
	if len(related[15]) != 0 || len(related[20]) == 0 {
		t.Errorf("related information on line 15 (nolint) %q, want none; on line 20 %q, want some", related[15], related[20])
	}
	if got := strings.Join(related[24], "\n"); !strings.Contains(got, " (other.go:4:2)") {
		t.Errorf("related information on line 24:\n%s\nwant a step in other.go naming its position", got)
	}
}

// TestFoldedPath checks the default: each finding is one issue, no
// related information, the calls of its path folded into its text.
func TestFoldedPath(t *testing.T) {
	a := mustBuild(t, "")
	msgs := map[int]string{}
	for _, r := range analysistest.Run(t, analysistest.TestData(), a, "hosted") {
		for _, d := range r.Diagnostics {
			if len(d.Related) > 0 {
				t.Errorf("%s: related information %v, want none", r.Pass.Fset.Position(d.Pos), d.Related)
			}
			msgs[r.Pass.Fset.Position(d.Pos).Line] = d.Message
		}
	}
	for line, want := range map[int]string{
		20: "pii data (Customer.Email) reaches an AI service (hosted Ask) without an approved sanitizer",
		24: "pii data (Customer.Email) reaches an AI service (hosted Ask) without an approved sanitizer [path: send]",
	} {
		if msgs[line] != want {
			t.Errorf("line %d: %q, want %q", line, msgs[line], want)
		}
	}
}

// TestExampleConfig decodes the settings block of the repository's
// .golangci.example.yml.
func TestExampleConfig(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", ".golangci.example.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Version string
		Linters struct {
			Enable   []string
			Settings struct {
				Custom map[string]struct {
					Type     string
					Settings any
				}
			}
		}
	}
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	p, ok := doc.Linters.Settings.Custom["privet"]
	if doc.Version != "2" || !slices.Contains(doc.Linters.Enable, "privet") || !ok || p.Type != "module" {
		t.Fatalf("want version \"2\", privet enabled and a module plugin; got %+v", doc)
	}
	s, err := golangci.Decode(p.Settings)
	if err != nil {
		t.Fatal(err)
	}
	if s.Policy == nil || len(s.Policy.Sources) == 0 || len(s.Policy.Allow) == 0 {
		t.Errorf("inline policy not decoded: %+v", s.Policy)
	}
}

// TestBrokenPolicyFile: a .privet.yml found from the working directory is
// checked when golangci-lint builds the analyzers.
func TestBrokenPolicyFile(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "go.mod"), "module example.com/m\n")
	writeFile(t, filepath.Join(dir, ".privet.yml"), "version: 1\nsinkz: []\n")
	t.Chdir(dir)
	newPlugin, err := register.GetPlugin("privet")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = p.BuildAnalyzers()
	want := `.privet.yml:2:1: unknown key "sinkz" in the policy file; did you mean "sinks"?`
	if err == nil || err.Error() != want {
		t.Errorf("BuildAnalyzers() error = %v, want %s", err, want)
	}
}

// TestAllFields: all_fields: true makes the plugin's privetdiscover report
// every unmarked field where it is declared, also in a package with
// provisional sources on (by default those fields are reported as
// provisional leaks where they reach a sink).
func TestAllFields(t *testing.T) {
	as, err := build(t, settings(t, "all_fields: true"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata(t), as[1], "discover/freetext")
	def, err := build(t, nil)
	if err != nil {
		t.Fatal(err)
	}
	var r recorder
	analysistest.Run(&r, testdata(t), def[1], "discover/freetext")
	// Every want of the package is a field report, so each must be
	// missing, and nothing else may go wrong.
	for _, e := range r.errs {
		if !strings.Contains(e, "no diagnostic was reported matching `field ") {
			t.Errorf("unexpected: %s", e)
		}
	}
	if len(r.errs) == 0 {
		t.Error("the fields of a package with provisional sources on were reported without all_fields")
	}
}

// recorder collects the errors analysistest would report.
type recorder struct{ errs []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}
