package sinks_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/privetlint/privet/passes/config"
	"github.com/privetlint/privet/passes/sinks"
)

// TestLoadPolicy: loading a policy outside the analysis checks its sink
// names as the analysis does, whether it comes from a file or from text.
func TestLoadPolicy(t *testing.T) {
	t.Setenv(config.EnvVar, "")
	const bad = "version: 1\nallow: [{category: pii, sink: opnai, reason: DPA}]\n"
	const want = `p.yml:2:31: unknown sink "opnai": name a catalog family or a sink kind (privet sinks lists them); did you mean "openai"?`
	dir := t.TempDir()
	file := filepath.Join(dir, "p.yml")
	if err := os.WriteFile(file, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	if _, err := config.Parse("p.yml", []byte(bad)); err != nil {
		t.Fatalf("config.Parse: %v, want no error (the sink names are checked by sinks)", err)
	}
	if _, err := sinks.ParsePolicy("p.yml", []byte(bad)); err == nil || err.Error() != want {
		t.Errorf("ParsePolicy: %v, want %s", err, want)
	}
	if _, err := sinks.LoadPolicy(config.Settings{File: file}, dir); err == nil || err.Error() != want {
		t.Errorf("LoadPolicy: %v, want %s", err, want)
	}
	good := &config.Config{Allow: []config.AllowRule{{Sink: "openai"}}}
	if cfg, err := sinks.LoadPolicy(config.Settings{File: file, Policy: good}, dir); err != nil || cfg != good {
		t.Errorf("LoadPolicy with an inline policy = %v, %v; want it", cfg, err)
	}
}

// TestPolicyKinds: sink kinds of the user's own are declared under
// sink_kinds:; a declared or rule kind may be allowed, a kind one typo
// from a built-in one is an error unless declared.
func TestPolicyKinds(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"version: 1\nsink_kinds: [{name: crm}]\nallow: [{sink: crm, reason: r}]\n", ""},
		{"version: 1\nsink_kinds: [{name: api}]\nsinks: [{package: a, method: M, kind: api}]\n", ""},
		{"version: 1\nsinks: [{package: a, method: M, kind: crm}]\n", ""},
		{"version: 1\nsinks: [{package: a, method: M, kind: ia}]\n", `p.yml:2:39: unknown sink kind "ia"; did you mean "ai"? (a kind of your own: declare it under sink_kinds: in .privet.yml)`},
		{"version: 1\nsink_kinds: [{name: ai}]\n", `p.yml:2:21: kind "ai" is built in; no need to declare it`},
		{"version: 1\nsink_kinds: [{name: crm}, {name: crm}]\n", `p.yml:2:34: kind "crm" is declared twice`},
		{"version: 1\nallow: [{sink: crm, reason: r}]\n", `p.yml:2:16: unknown sink "crm": name a catalog family or a sink kind (privet sinks lists them)`},
	} {
		_, err := sinks.ParsePolicy("p.yml", []byte(tc.src))
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tc.want {
			t.Errorf("%s:\ngot  %s\nwant %s", tc.src, got, tc.want)
		}
	}
}

// TestCheckKinds: a -kinds list names built-in kinds or the policy's;
// anything else is a usage error with a did-you-mean.
func TestCheckKinds(t *testing.T) {
	cfg, err := sinks.ParsePolicy("p.yml", []byte("version: 1\nsink_kinds: [{name: crm}]\nsinks: [{package: a, method: M, kind: ledger}]\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ kinds, want string }{
		{"ai", ""},
		{"ai, http", ""},
		{"crm,ledger", ""},
		{"AI", `unknown sink kind "AI"; did you mean "ai"?`},
		{"ia", `unknown sink kind "ia"; did you mean "ai"?`},
		{"crn", `unknown sink kind "crn"; did you mean "crm"?`},
		{"./...", `"./..." looks like a package pattern, not a sink kind: the kinds come first, e.g. -kinds=ai ./... (kinds: ai, http, analytics, monitoring, telemetry, messaging, payment, rpc, crash, crm, ledger)`},
		{"ai,,http", `empty sink kind: write kinds separated by commas, e.g. ai,http`},
		{"billing", `unknown sink kind "billing" (kinds: ai, http, analytics, monitoring, telemetry, messaging, payment, rpc, crash, crm, ledger; a kind of your own is declared under sink_kinds: in .privet.yml)`},
	} {
		err := sinks.CheckKinds(strings.Split(tc.kinds, ","), cfg)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tc.want {
			t.Errorf("CheckKinds(%q):\ngot  %s\nwant %s", tc.kinds, got, tc.want)
		}
	}
}

// FuzzParsePolicy: the policy loader as hosts call it (the parser, then
// the checks against the catalog, then a -kinds list against the policy)
// never panics, and whatever it says is positioned and bounded.
func FuzzParsePolicy(f *testing.F) {
	for _, s := range []string{
		"version: 1\n",
		"version: 1\n---\nsources: []\n",
		"version: 1\nsink_kinds: [{name: crm}]\nsinks: [{package: a, method: M, args: [0, 7], kind: crm}]\nallow: [{sink: crm, hosts: [\"api.x.com\"], reason: r}]\n",
		"version: 1\nexclude: {paths: ['app/gen_[0-9].go', '**/x']}\n",
		"version: 1\nallow: [{category: pii, hosts: ['https://a/b', ''], reason: r}]\nenable: [grpc]\n",
	} {
		f.Add([]byte(s), "ai,crm")
	}
	f.Fuzz(func(t *testing.T, data []byte, kinds string) {
		cfg, err := sinks.ParsePolicy("p.yml", data)
		if err != nil {
			var perr *config.Error
			if !errors.As(err, &perr) || len(perr.Problems) == 0 {
				t.Fatalf("error without problems: %v", err)
			}
			for _, p := range perr.Problems {
				if p.Pos.Line < 1 || p.Pos.Col < 1 || strings.Contains(p.Message, "\n") || len(p.Message) > 600 {
					t.Fatalf("problem unpositioned, on several lines or unbounded: %.300q", p)
				}
			}
			return
		}
		if err := sinks.CheckKinds(strings.Split(kinds, ","), cfg); err != nil {
			if msg := err.Error(); strings.Contains(msg, "\n") || len(msg) > 2000 {
				t.Fatalf("CheckKinds message on several lines or unbounded: %.300q", msg)
			}
		}
	})
}
