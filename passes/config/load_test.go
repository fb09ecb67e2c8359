package config

import (
	"go/types"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

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
		{"unknown key far", "version: 1\nfrobnicate: 1\n", "p.yml:2:1: unknown key \"frobnicate\" in the policy file (known: version, categories, sink_kinds, sources, sinks, sanitizers, allow, deny, require, access, exclude, enable, discover, tests)"},
		{"tests not a bool", "version: 1\ntests: yes please\n", "p.yml:2:8: tests must be true or false, not \"yes please\""},
		{"wrong type", "version: 1\nsources: {}\n", "p.yml:2:10: sources must be a list, not a mapping"},
		{"unknown category", "version: 1\nsources:\n  - package: a\n    type: T\n    category: pi\n", "p.yml:5:15: unknown category \"pi\"; did you mean \"pii\"?"},
		{"no category", "version: 1\nsources:\n  - package: a\n    type: T\n", "p.yml:3:5: a source needs a category"},
		{"bad regexp", "version: 1\nsinks:\n  - package: /a(/\n    method: M\n    kind: ai\n", "p.yml:3:14: invalid regular expression in package: error parsing regexp: missing closing ): `a(`"},
		{"sink without kind", "version: 1\nsinks:\n  - package: a\n    method: M\n", "p.yml:3:5: a sink needs a kind (ai, http, analytics, monitoring, messaging, payment, or your own)"},
		{"bad args", "version: 1\nsinks:\n  - package: a\n    method: M\n    args: [x]\n    kind: ai\n", "p.yml:5:12: args entry \"x\" must be an argument index (0 is the first argument after the receiver; -1 the receiver)"},
		{"bad in", "version: 1\nsanitizers:\n  - package: a\n    method: M\n    in: [-2]\n", "p.yml:5:10: in entry \"-2\" must be a parameter index whose pointee the sanitizer cleans (0 is the first parameter after the receiver; -1 the receiver)"},
		{"empty reason", "version: 1\nallow:\n  - category: payment\n    sink: ai\n    reason: \"\"\n", "p.yml:3:5: an allow rule needs a reason"},
		{"bad function", "version: 1\nsources:\n  - function: nodot\n    category: pii\n", "p.yml:3:15: function \"nodot\" must be written package.Func or package.Type.Method"},
		{"declared builtin", "version: 1\ncategories:\n  - name: pii\n", "p.yml:3:11: category \"pii\" is built in; no need to declare it"},
		{"duplicate key", "version: 1\nversion: 1\n", "p.yml:2:1: duplicate key \"version\" in the policy file"},
		{"discover key", "version: 1\ndiscover:\n  enable: true\n", "p.yml:3:3: unknown key \"enable\" in discover; did you mean \"enabled\"?"},
		{"discover enabled", "version: 1\ndiscover:\n  enabled: yes please\n", "p.yml:3:12: enabled must be true or false, not \"yes please\""},
		{"discover confidence", "version: 1\ndiscover:\n  min_confidence: hihg\n", "p.yml:3:19: unknown confidence \"hihg\"; did you mean \"high\"?"},
		{"discover ignore", "version: 1\ndiscover:\n  ignore: [a.b.c]\n", "p.yml:3:12: ignore entry \"a.b.c\" must be Type.Field or Field (wildcards *, ?, [...]), or /regexp/"},
		{"discover regexp", "version: 1\ndiscover:\n  ignore: [\"/(/\"]\n", "p.yml:3:12: invalid regular expression in ignore: error parsing regexp: missing closing ): `(`"},
		// Issue 20: nothing dropped without a word.
		{"second document", "version: 1\n---\nsources: []\n", "p.yml:2:1: a second YAML document (after ---): a policy file is one document; merge its keys into the first"},
		{"garbage document", "version: 1\n---\n{{{{ : ] garbage\n", "p.yml:2:1: did not find expected node content"},
		{"host url", "version: 1\nallow:\n  - category: pii\n    hosts: [\"https://api.example.com:8443/v1\"]\n    reason: r\n", "p.yml:4:13: hosts entry \"https://api.example.com:8443/v1\" is a URL: hosts match the host name alone; did you mean \"api.example.com\"?"},
		{"host empty", "version: 1\nallow:\n  - category: pii\n    hosts: [\"\"]\n    reason: r\n", "p.yml:4:13: empty entry in hosts: write a host name, e.g. api.example.com, or a pattern, e.g. *.example.com"},
		{"host path", "version: 1\nallow:\n  - category: pii\n    hosts: [api.example.com/v1]\n    reason: r\n", "p.yml:4:13: hosts entry \"api.example.com/v1\" has a path: hosts match the host name alone; did you mean \"api.example.com\"?"},
		{"host port", "version: 1\nallow:\n  - category: pii\n    hosts: [\"api.example.com:443\"]\n    reason: r\n", "p.yml:4:13: hosts entry \"api.example.com:443\" has a port: hosts match the host name alone; did you mean \"api.example.com\"?"},
		{"host pattern", "version: 1\nallow:\n  - category: pii\n    hosts: [\"[a.example.com\"]\n    reason: r\n", "p.yml:4:13: hosts entry \"[a.example.com\" is not a valid pattern (wildcards *, ?, [...] as in path.Match): syntax error in pattern"},
		{"unclosed class", "version: 1\nexclude:\n  paths: [\"[unclosed\"]\n", "p.yml:3:11: invalid path pattern \"[unclosed\": syntax error in pattern (wildcards are *, **, ? and [...] as in path.Match)"},
		{"quoted kind", "version: 1\nsinks:\n  - package: a\n    method: M\n    kind: '\"ai\"'\n", "p.yml:5:11: sink kind `\"ai\"` must be a lower case word; did you mean \"ai\"?"},
		{"upper kind", "version: 1\nsinks:\n  - package: a\n    method: M\n    kind: AI\n", "p.yml:5:11: sink kind \"AI\" must be a lower case word; did you mean \"ai\"?"},
		{"kind without name", "version: 1\nsink_kinds:\n  - description: x\n", "p.yml:3:5: a sink kind needs a name"},
		// Issue 22: scopes and deny rules.
		{"deny reason", "version: 1\ndeny:\n  - category: health\n    sink: ai\n", "p.yml:3:5: a deny rule needs a reason"},
		{"deny key", "version: 1\ndeny:\n  - category: health\n    snk: ai\n    reason: r\n", "p.yml:4:5: unknown key \"snk\" in a deny rule; did you mean \"sink\"?"},
		{"deny category", "version: 1\ndeny:\n  - category: helth\n    reason: r\n", "p.yml:3:15: unknown category \"helth\"; did you mean \"health\"?"},
		{"from empty", "version: 1\nallow:\n  - category: pii\n    from: []\n    reason: r\n", "p.yml:4:11: from is empty: name packages (example.com/shop/billing/...) or functions (example.com/shop/billing.Charge), or leave it out for anywhere"},
		{"from regexp", "version: 1\nallow:\n  - category: pii\n    from: [\"/(/\"]\n    reason: r\n", "p.yml:4:12: invalid regular expression in from: error parsing regexp: missing closing ): `(`"},
		{"from dots", "version: 1\nallow:\n  - category: pii\n    from: [example.com/a...]\n    reason: r\n", "p.yml:4:12: from entry \"example.com/a...\": \"...\" must stand alone or end the path after a slash, as in example.com/shop/..."},
		{"from dots inside", "version: 1\ndeny:\n  - category: pii\n    from: [example.com/.../a]\n    reason: r\n", "p.yml:4:12: from entry \"example.com/.../a\": \"...\" must end the path, as in example.com/shop/..."},
		{"from blank", "version: 1\nallow:\n  - category: pii\n    from: \"a b\"\n    reason: r\n", "p.yml:4:11: from entry \"a b\" is not a package path or a function"},
		{"from mapping", "version: 1\nallow:\n  - category: pii\n    from: {package: a}\n    reason: r\n", "p.yml:4:11: from must be a list of strings, not a mapping"},
		{"deny sink type", "version: 1\ndeny:\n  - category: pii\n    sink: [ai]\n    reason: r\n", "p.yml:4:11: sink must be a string, not a list"},
		{"require without sanitizers", "version: 1\nrequire:\n  - category: location\n    sink: analytics\n    reason: r\n", "p.yml:3:5: a require rule needs sanitizers: the functions that alone clean its categories there (example.com/shop/geo.Coarsen)"},
		{"require bad sanitizer", "version: 1\nrequire:\n  - category: location\n    sanitizers: [Coarsen]\n    reason: r\n", "p.yml:4:18: sanitizer \"Coarsen\" must be written package.Func or package.Type.Method"},
		{"sanitizers in allow", "version: 1\nallow:\n  - category: location\n    sanitizers: [geo.Coarsen]\n    reason: r\n", "p.yml:4:5: unknown key \"sanitizers\" in an allow rule (known: category, categories, sink, hosts, from, reason)"},
		{"require empty sanitizers", "version: 1\nrequire:\n  - category: location\n    sanitizers: []\n    reason: r\n", "p.yml:4:17: sanitizers is empty: name the functions that alone clean the categories there (example.com/shop/geo.Coarsen)"},
		{"access nothing", "version: 1\naccess:\n  - packages: [a]\n    reason: r\n", "p.yml:3:5: an access rule names what it protects: category, source (Type.Field), type or function"},
		{"access several", "version: 1\naccess:\n  - category: pii\n    type: Card\n    packages: [a]\n    reason: r\n", "p.yml:3:5: an access rule names one of category, source, type or function, not several"},
		{"access no packages", "version: 1\naccess:\n  - category: pii\n    reason: r\n", "p.yml:3:5: an access rule needs packages: the packages that may read the data"},
		{"access no reason", "version: 1\naccess:\n  - category: pii\n    packages: [a/...]\n", "p.yml:3:5: an access rule needs a reason"},
		{"access bad source", "version: 1\naccess:\n  - source: Body\n    packages: [a]\n    reason: r\n", "p.yml:3:13: source \"Body\" must be written Type.Field or package.Type.Field (a whole type: type:, a function: function:)"},
		{"access empty packages", "version: 1\naccess:\n  - type: Card\n    packages: []\n    reason: r\n", "p.yml:4:15: packages is empty: name the packages that may read the data (example.com/shop/support/...)"},
		{"huge scalar", strings.Repeat("x", 1<<20) + "\n", "p.yml:1:1: the policy file must be a mapping, not \"" + strings.Repeat("x", 48) + "\"... (1048576 bytes)"},
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
		for i, p := range e.Problems {
			if p.Pos.File == "" || p.Pos.Line < 1 || p.Pos.Col < 1 || strings.Contains(p.Message, "\n") {
				t.Fatalf("problem without a position or on several lines: %q", p)
			}
			if len(p.Message) > messageLimit+32 {
				t.Fatalf("unbounded message (%d bytes): %.200q", len(p.Message), p.Message)
			}
			if i > 0 && p.Pos.Line < e.Problems[i-1].Pos.Line {
				t.Fatalf("problems out of line order: %q after %q", p, e.Problems[i-1])
			}
		}
	})
}

// FuzzGlob: exclude.paths globs match a file name as path.Match does
// (for a pattern and a name within one directory, without "**"), and a
// pattern path.Match rejects is rejected.
func FuzzGlob(f *testing.F) {
	for _, s := range []string{"gen_[0-9].go", "[^a-c]x", "*.go", "a?c", `\[x]`, "[unclosed", "[]a]", "[a-]", "[\\]]", "[^]"} {
		f.Add(s, "gen_1.go")
	}
	f.Fuzz(func(t *testing.T, glob, name string) {
		if strings.Contains(glob, "/") || strings.Contains(glob, "**") || strings.Contains(name, "/") {
			return
		}
		re, err := globRegexp(glob)
		if !utf8.ValidString(glob) {
			if err == nil {
				t.Fatalf("glob %q is not UTF-8 and is accepted", glob)
			}
			return
		}
		if !utf8.ValidString(name) {
			return // file names come from the go command: UTF-8
		}
		want, werr := path.Match(glob, name)
		if (err != nil) != (werr != nil) {
			if werr == path.ErrBadPattern && err == nil {
				t.Fatalf("glob %q: path.Match rejects it, globRegexp does not (%v)", glob, re)
			}
			if err != nil && werr == nil {
				// path.Match only finds some syntax errors when it gets
				// that far in the name; check the pattern alone. An
				// empty range ("[2-0]") is an error here on purpose.
				if _, perr := path.Match(glob, ""); perr == nil && !strings.Contains(err.Error(), "is empty") {
					t.Fatalf("glob %q: globRegexp rejects it (%v), path.Match does not", glob, err)
				}
			}
			return
		}
		if err != nil {
			return
		}
		if got := re.MatchString(name); got != want {
			t.Fatalf("glob %q, name %q: globRegexp %v (%v), path.Match %v", glob, name, got, re, want)
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
  sources: always
  ignore: [Lexer.Token, Secret, "Legacy*.*", "/^Audit\\.(IP|UserAgent)$/"]
`
	cfg, err = Parse("p.yml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	d := cfg.Discover
	if !d.Disabled || d.MinConfidence != "high" || d.Sources != "always" || len(d.Ignore) != 4 {
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

// TestParseDiscoverSources: discover.sources takes auto, always or never
// and nothing else.
func TestParseDiscoverSources(t *testing.T) {
	for _, mode := range []string{"auto", "always", "never"} {
		cfg, err := Parse("p.yml", []byte("version: 1\ndiscover:\n  sources: "+mode+"\n"))
		if err != nil || cfg.Discover.Sources != mode {
			t.Errorf("sources: %s gave %+v, %v", mode, cfg, err)
		}
	}
	_, err := Parse("p.yml", []byte("version: 1\ndiscover:\n  sources: sometimes\n"))
	if err == nil || !strings.Contains(err.Error(), `unknown sources mode "sometimes" (known: auto, always, never)`) {
		t.Errorf("sources: sometimes gave %v", err)
	}
}

// TestExcludeGlobs: exclude.paths globs take path.Match's character
// classes ([0-9] was matched literally once), ** crosses directories.
func TestExcludeGlobs(t *testing.T) {
	for _, tc := range []struct {
		glob string
		yes  []string
		no   []string
	}{
		{"app/gen_[0-9].go", []string{"app/gen_1.go"}, []string{"app/gen_x.go", "app/gen_[0-9].go", "app/gen_10.go"}},
		{"app/gen_[^0-9].go", []string{"app/gen_x.go"}, []string{"app/gen_1.go", "app/gen_/.go"}},
		{"**/x_[a-c]*.go", []string{"x_a.go", "d/e/x_b1.go"}, []string{"x_d.go", "d/x_/a.go"}},
		{`a\[b].go`, []string{"a[b].go"}, []string{"ab.go"}},
		{"[]a].go", nil, nil}, // invalid: checked below
		{"gen_[9-0].go", nil, nil},
	} {
		re, err := globRegexp(tc.glob)
		if tc.yes == nil {
			if err == nil {
				t.Errorf("globRegexp(%q) = %v, want an error", tc.glob, re)
			}
			continue
		}
		if err != nil {
			t.Errorf("globRegexp(%q): %v", tc.glob, err)
			continue
		}
		for _, p := range tc.yes {
			if !re.MatchString(p) {
				t.Errorf("%q does not match %q (%v)", tc.glob, p, re)
			}
		}
		for _, p := range tc.no {
			if re.MatchString(p) {
				t.Errorf("%q matches %q (%v)", tc.glob, p, re)
			}
		}
	}
}

// TestFindUnreadable: a policy file that is there but cannot be read (a
// symbolic link loop, a dangling link) is an error, not "no policy".
func TestFindUnreadable(t *testing.T) {
	t.Setenv(EnvVar, "")
	for _, target := range []string{".privet.yml", "/nonexistent/policy.yml"} {
		root := t.TempDir()
		os.WriteFile(filepath.Join(root, "go.mod"), []byte("module m\n"), 0o644)
		if err := os.Symlink(target, filepath.Join(root, ".privet.yml")); err != nil {
			t.Skip(err)
		}
		t.Chdir(root)
		_, err := Settings{}.Find(root)
		if err == nil || !strings.HasPrefix(err.Error(), ".privet.yml: cannot read the policy file: ") {
			t.Errorf("Find with .privet.yml -> %s: %v, want an error", target, err)
		}
		if _, err := (Settings{}).Load(root); err == nil {
			t.Errorf("Load with .privet.yml -> %s: no error", target)
		}
	}
}

// TestQuote: messages quote at most a short prefix of a user's text.
func TestQuote(t *testing.T) {
	if got := Quote("pii"); got != `"pii"` {
		t.Errorf("Quote(pii) = %s", got)
	}
	long := strings.Repeat("é", 1000)
	if got := Quote(long); len(got) > 100 || !strings.HasSuffix(got, `... (2000 bytes)`) {
		t.Errorf("Quote(long) = %s", got)
	}
}

func TestNearMiss(t *testing.T) {
	kinds := []string{"ai", "http", "analytics", "monitoring", "payment"}
	for in, want := range map[string]string{
		"ia": "ai", "AI": "ai", "htpp": "http", "analytcs": "analytics", "monitorng": "monitoring",
		"paymnet": "payment", "ai": "", "crm": "", "api": "ai", "db": "", "https": "http", "analyticsx": "analytics",
	} {
		if got := NearMiss(in, kinds); got != want {
			t.Errorf("NearMiss(%q) = %q, want %q", in, got, want)
		}
	}
	if got := NearMiss("private", []string{"privet"}); got != "" {
		t.Errorf("NearMiss(private, privet) = %q, want none", got)
	}
}

// TestScopes: allow and deny rules with from: match the place a flow is
// reported at (issue 22); a rule without from: matches everywhere; a
// deny rule names the categories it forbids and the first rule.
func TestScopes(t *testing.T) {
	src := `version: 1
allow:
  - category: payment
    sink: stripe
    from: [example.com/shop/billing/...]
    reason: PCI scope
  - category: pii
    sink: openai
    from: [example.com/shop/support.Reply, /^example\.com/shop/crm$/]
    reason: support replies
deny:
  - category: health
    sink: ai
    reason: never to AI
  - categories: [pii, payment]
    hosts: ["*.tracker.example"]
    from: [example.com/shop/legacy]
    reason: the legacy tracker
`
	cfg, err := Parse("p.yml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	pkg := types.NewPackage("example.com/shop/support", "support")
	reply := types.NewFunc(0, pkg, "Reply", types.NewSignatureType(nil, nil, nil, nil, nil, false))
	other := types.NewFunc(0, pkg, "Other", types.NewSignatureType(nil, nil, nil, nil, nil, false))
	stripe := Dest{"payment", "stripe", ""}
	openai := Dest{"ai", "openai", ""}
	for _, tc := range []struct {
		cats string
		d    Dest
		at   Place
		want string
	}{
		{"payment", stripe, Place{Package: "example.com/shop/billing"}, ""},
		{"payment", stripe, Place{Package: "example.com/shop/billing/invoice"}, ""},
		{"payment", stripe, Place{Package: "example.com/shop/billingx"}, "payment"},
		{"payment", stripe, Place{Package: "example.com/shop/support"}, "payment"},
		{"payment", stripe, Place{}, "payment"},
		{"pii", openai, Place{Package: "example.com/shop/support", Func: reply}, ""},
		{"pii", openai, Place{Package: "example.com/shop/support", Func: other}, "pii"},
		{"pii,payment", openai, Place{Package: "example.com/shop/crm"}, "payment"},
		{"pii", openai, Place{Package: "example.com/shop/crm/sub"}, "pii"},
	} {
		if got := cfg.AllowedAt(category.Parse(tc.cats), tc.d, tc.at).String(); got != tc.want {
			t.Errorf("AllowedAt(%s, %v, %s %v) = %q, want %q", tc.cats, tc.d, tc.at.Package, tc.at.Func, got, tc.want)
		}
	}
	if got := cfg.Allowed(category.Of("payment"), "payment", "stripe", ""); got.String() != "payment" {
		t.Errorf("Allowed without a place = %q: a scoped rule must not apply", got)
	}
	denied, rule := cfg.Denied(category.Of("pii", "health"), Dest{"ai", "anthropic", ""}, Place{Package: "example.com/shop/support"})
	if denied.String() != "health" || rule == nil || rule.Pos.Line != 12 {
		t.Errorf("Denied health to ai = %q, %+v", denied, rule)
	}
	d := Dest{"http", "net/http", "x.tracker.example"}
	if denied, _ := cfg.Denied(category.Of("pii", "location"), d, Place{Package: "example.com/shop/legacy"}); denied.String() != "pii" {
		t.Errorf("Denied from legacy = %q, want pii", denied)
	}
	if denied, rule := cfg.Denied(category.Of("pii"), d, Place{Package: "example.com/shop/new"}); !denied.Empty() || rule != nil {
		t.Errorf("Denied from elsewhere = %q, %v", denied, rule)
	}
	if e := cfg.Deny[1].From[0]; e.Pos.Line != 17 || e.Pos.Col != 12 || e.Func != nil {
		t.Errorf("from entry = %+v", e)
	}
	if e := cfg.Allow[1].From[0]; e.Func == nil || e.Func.Method.Text != "Reply" {
		t.Errorf("function entry = %+v", e)
	}
}
