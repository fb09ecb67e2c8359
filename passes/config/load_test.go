package config

import (
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/privetlint/privet/internal/category"
)

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
	}{
		{"empty", "", "p.yml:1:1: empty policy file: write at least \"version: 1\""},
		{"syntax", "version: 1\nsources: [\n", "p.yml:2:1: did not find expected node content"},
		{"no version", "sources: []\n", "p.yml:1:1: missing \"version: 1\""},
		{"bad version", "version: 2\n", "p.yml:1:10: unsupported version \"2\": this privet reads version 1"},
		{"unknown key", "version: 1\nsinkz: []\n", "p.yml:2:1: unknown key \"sinkz\" in the policy file; did you mean \"sinks\"?"},
		{"unknown key far", "version: 1\nfrobnicate: 1\n", "p.yml:2:1: unknown key \"frobnicate\" in the policy file (known: version, categories, sources, sinks, sanitizers, allow, exclude, enable, discover)"},
		{"wrong type", "version: 1\nsources: {}\n", "p.yml:2:10: sources must be a list, not a mapping"},
		{"unknown category", "version: 1\nsources:\n  - package: a\n    type: T\n    category: pi\n", "p.yml:5:15: unknown category \"pi\"; did you mean \"pii\"?"},
		{"no category", "version: 1\nsources:\n  - package: a\n    type: T\n", "p.yml:3:5: a source needs a category"},
		{"bad regexp", "version: 1\nsinks:\n  - package: /a(/\n    method: M\n    kind: ai\n", "p.yml:3:14: invalid regular expression in package: error parsing regexp: missing closing ): `a(`"},
		{"sink without kind", "version: 1\nsinks:\n  - package: a\n    method: M\n", "p.yml:3:5: a sink needs a kind (ai, http, analytics, monitoring, messaging, payment, or your own)"},
		{"bad args", "version: 1\nsinks:\n  - package: a\n    method: M\n    args: [x]\n    kind: ai\n", "p.yml:5:12: args entry \"x\" must be an argument index (0 is the first argument after the receiver; -1 the receiver)"},
		{"empty reason", "version: 1\nallow:\n  - category: payment\n    sink: ai\n    reason: \"\"\n", "p.yml:3:5: an allow rule needs a reason"},
		{"bad function", "version: 1\nsources:\n  - function: nodot\n    category: pii\n", "p.yml:3:15: function \"nodot\" must be written package.Func or package.Type.Method"},
		{"declared builtin", "version: 1\ncategories:\n  - name: pii\n", "p.yml:3:11: category \"pii\" is built in; no need to declare it"},
		{"duplicate key", "version: 1\nversion: 1\n", "p.yml:2:1: duplicate key \"version\" in the policy file"},
		{"discover key", "version: 1\ndiscover:\n  enable: true\n", "p.yml:3:3: unknown key \"enable\" in discover; did you mean \"enabled\"?"},
		{"discover enabled", "version: 1\ndiscover:\n  enabled: yes please\n", "p.yml:3:12: enabled must be true or false, not \"yes please\""},
		{"discover confidence", "version: 1\ndiscover:\n  min_confidence: hihg\n", "p.yml:3:19: unknown confidence \"hihg\"; did you mean \"high\"?"},
		{"discover ignore", "version: 1\ndiscover:\n  ignore: [a.b.c]\n", "p.yml:3:12: ignore entry \"a.b.c\" must be Type.Field or Field (wildcards *, ?, [...]), or /regexp/"},
		{"discover regexp", "version: 1\ndiscover:\n  ignore: [\"/(/\"]\n", "p.yml:3:12: invalid regular expression in ignore: error parsing regexp: missing closing ): `(`"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("p.yml", []byte(tc.src))
			if err == nil {
				t.Fatalf("no error, want %q", tc.want)
			}
			if got := strings.Split(err.Error(), "\n")[0]; got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestParseValid(t *testing.T) {
	src := `version: 1
categories:
  - name: biometric
sources:
  - package: example.com/gen/userpb
    type: User
    fields: [Email]
    category: pii
  - function: example.com/crm.Store.Load
    categories: [purchase, biometric]
sinks:
  - package: example.com/llmgw
    receiver: Client
    method: /^(Ask|Complete)$/
    args: [1]
    kind: ai
allow:
  - category: pii
    hosts: ["*.internal.example.com"]
    reason: first-party
exclude:
  paths: ["**/*_test.go", "internal/fixtures/**"]
`
	cfg, err := Parse("p.yml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if !cfg.Known("biometric") || cfg.Known("dna") {
		t.Error("declared categories not known")
	}
	if f := cfg.Sources[1].Function; f == nil || f.Package.Text != "example.com/crm" || f.Receiver.Text != "Store" || f.Method.Text != "Load" {
		t.Errorf("function rule parsed as %+v", f)
	}
	if got := cfg.Allowed(category.Of("pii", "payment"), "http", "net/http", "billing.internal.example.com"); got.String() != "payment" {
		t.Errorf("Allowed = %q, want payment", got)
	}
	if got := cfg.Allowed(category.Of("pii"), "http", "net/http", "example.org"); got.String() != "pii" {
		t.Errorf("Allowed for another host = %q, want pii", got)
	}
	cfg.File = "/m/.privet.yml"
	for file, want := range map[string]bool{
		"/m/a/b_test.go": true, "/m/x_test.go": true, "/m/internal/fixtures/x/y.go": true, "/m/a/b.go": false,
	} {
		if got := cfg.ExcludedFile(file); got != want {
			t.Errorf("ExcludedFile(%s) = %v, want %v", file, got, want)
		}
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	os.WriteFile(filepath.Join(root, "go.mod"), []byte("module m\n"), 0o644)
	os.WriteFile(filepath.Join(root, ".privet.yml"), []byte("version: 1\n"), 0o644)
	sub := filepath.Join(root, "a", "b")
	os.MkdirAll(sub, 0o755)
	t.Setenv(EnvVar, "")
	got, err := Settings{}.Find(sub)
	if err != nil || got != filepath.Join(root, ".privet.yml") {
		t.Errorf("Find = %q, %v", got, err)
	}
	os.WriteFile(filepath.Join(sub, ".privet.yaml"), []byte("version: 1\n"), 0o644)
	if got, _ := (Settings{}).Find(sub); got != filepath.Join(sub, ".privet.yaml") {
		t.Errorf("Find nearest = %q", got)
	}
	t.Setenv(EnvVar, filepath.Join(root, ".privet.yml"))
	if got, _ := (Settings{}).Find(sub); got != filepath.Join(root, ".privet.yml") {
		t.Errorf("Find with %s = %q", EnvVar, got)
	}
	explicit := filepath.Join(root, "a", "policy.yml")
	os.WriteFile(explicit, []byte("version: 1\n"), 0o644)
	if got, _ := (Settings{File: explicit}).Find(sub); got != explicit {
		t.Errorf("Find with File and %s = %q, want the File", EnvVar, got)
	}
}

// TestSettings: each analyzer New builds loads the policy its own
// settings (or its -config flag) name, and an inline policy wins over
// files.
func TestSettings(t *testing.T) {
	t.Setenv(EnvVar, "")
	dir := t.TempDir()
	a := filepath.Join(dir, "a.yml")
	os.WriteFile(a, []byte("version: 1\nenable: [one]\n"), 0o644)
	b := filepath.Join(dir, "b.yml")
	os.WriteFile(b, []byte("version: 1\nenable: [two]\n"), 0o644)
	inline := &Config{Enable: []string{"inline"}}
	byFile := New(Settings{File: a})
	byFlag := New(Settings{})
	if err := byFlag.Flags.Set("config", b); err != nil {
		t.Fatal(err)
	}
	byPolicy := New(Settings{File: a, Policy: inline})
	byText := New(Settings{File: a})
	if err := byText.Flags.Set("policy", "{version: 1, enable: [text]}"); err != nil {
		t.Fatal(err)
	}
	byTextFile := New(Settings{})
	if err := byTextFile.Flags.Set("policy", "@"+b); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		a    *analysis.Analyzer
		want string
	}{{byFile, "one"}, {byFlag, "two"}, {byPolicy, "inline"}, {byText, "text"}, {byTextFile, "two"}, {Analyzer, ""}} {
		res, err := tc.a.Run(&analysis.Pass{Analyzer: tc.a, Pkg: types.NewPackage("p", "p")})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(res.(*Config).Enable, ","); got != tc.want {
			t.Errorf("%s with -config=%s: enable = %q, want %q", tc.a.Name, tc.a.Flags.Lookup("config").Value, got, tc.want)
		}
	}
	if got := Analyzer.Flags.Lookup("config").Value.String(); got != "" {
		t.Errorf("the default analyzer's -config = %q after setting another's, want \"\"", got)
	}
}

// TestPolicyText: a policy given as -policy text reports its problems at
// -privet.policy:LINE:COL, one given as @FILE at the file, and a missing
// file is an error naming the flag.
func TestPolicyText(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.yml")
	os.WriteFile(bad, []byte("version: 1\nsinkz: []\n"), 0o644)
	for _, tc := range []struct{ text, want string }{
		{"{version: 1, sinkz: []}", `-privet.policy:1:14: unknown key "sinkz" in the policy file; did you mean "sinks"?`},
		{"@" + bad, `bad.yml:2:1: unknown key "sinkz"`},
		{"@" + bad + ".missing", "-privet.policy: open " + bad + ".missing: no such file or directory"},
	} {
		_, err := Settings{Text: tc.text}.Load("")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Load with -policy=%s: error %v, want %q", tc.text, err, tc.want)
		}
	}
}

// FuzzParse: no input makes the loader panic, and every error has a
// position.
func FuzzParse(f *testing.F) {
	f.Add([]byte("version: 1\n"))
	f.Add([]byte("version: 1\nsources:\n  - package: /x/\n    type: T\n    category: pii\n"))
	f.Add([]byte("version: 1\nallow:\n  - {category: pii, sink: ai, reason: r}\n"))
	f.Add([]byte("version: 1\nexclude: {paths: ['**/x'], functions: [{package: p}]}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := Parse("p.yml", data)
		if err == nil {
			return
		}
		e, ok := err.(*Error)
		if !ok || len(e.Problems) == 0 {
			t.Fatalf("error without problems: %v", err)
		}
		for _, p := range e.Problems {
			if p.Pos.File == "" || p.Pos.Line < 1 || p.Pos.Col < 1 || strings.Contains(p.Message, "\n") {
				t.Fatalf("problem without a position or on several lines: %q", p)
			}
		}
	})
}

func TestParseDiscover(t *testing.T) {
	cfg, err := Parse("p.yml", []byte("version: 1\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d := cfg.Discover; d.Disabled || d.MinConfidence != "" || len(d.Ignore) != 0 {
		t.Errorf("default discover section = %+v, want the zero value", d)
	}
	src := `version: 1
discover:
  enabled: false
  min_confidence: high
  ignore: [Lexer.Token, Secret, "Legacy*.*", "/^Audit\\.(IP|UserAgent)$/"]
`
	cfg, err = Parse("p.yml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	d := cfg.Discover
	if !d.Disabled || d.MinConfidence != "high" || len(d.Ignore) != 4 {
		t.Fatalf("discover section = %+v", d)
	}
	for _, tc := range []struct {
		typ, field string
		want       bool
	}{
		{"Lexer", "Token", true},
		{"Session", "Token", false},
		{"Config", "Secret", true},
		{"LegacyUser", "Email", true},
		{"Audit", "IP", true},
		{"Audit", "Email", false},
		{"Auditor", "IP", false},
	} {
		if got := d.Ignored(tc.typ, tc.field); got != tc.want {
			t.Errorf("Ignored(%s, %s) = %v, want %v", tc.typ, tc.field, got, tc.want)
		}
	}
}
