// Package golangci registers privet as a golangci-lint v2 module plugin.
//
// A golangci-lint binary built with this package imported (by
// `golangci-lint custom` from a .custom-gcl.yml, or by hand: see the
// README) runs the analyzers go vet runs, configured from
//
//	linters:
//	  settings:
//	    custom:
//	      privet:
//	        type: module
//	        settings: {...}
//
// The settings are [Settings]: a policy file (config), the sink kinds to
// report (kinds), or the keys of a .privet.yml written inline (version,
// categories, sources, sinks, sanitizers, allow, deny, require, access,
// exclude, enable), checked
// by the same parser with the same messages; and how a finding's path is
// shown (trace: message, the default, folds it into the finding's text,
// so that each finding is one issue; trace: issues makes each step an
// issue of its own); and whether findings in _test.go files are reported
// (tests: true; off by default).
//
// Each plugin builds analyzers of its own from its settings
// (analyzers.New), so two plugins with different settings in one process
// each apply their own.
package golangci

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	yaml "go.yaml.in/yaml/v3"
	"golang.org/x/tools/go/analysis"

	"github.com/privetlint/privet/analyzers"
	"github.com/privetlint/privet/passes/config"
	"github.com/privetlint/privet/passes/sinks"
)

// Name is the plugin's name: the key under linters.settings.custom and
// in linters.enable, and the linter name in //nolint:privet.
const Name = "privet"

// SettingsName names the inline settings in messages, in place of a file
// name: linters.settings.custom.privet.settings:LINE:COL: message.
const SettingsName = "linters.settings.custom.privet.settings"

func init() {
	register.Plugin(Name, New)
}

// Settings is the settings block of the plugin.
type Settings struct {
	// Config is a policy file used instead of the .privet.yml found
	// walking up from each package (the -privet.config flag). A relative
	// path is relative to the directory golangci-lint runs in.
	Config string `json:"config,omitempty"`
	// Kinds restricts reports to some sink kinds (the -privet.kinds
	// flag): the kinds of sinks.Kinds or a custom kind. Empty: all.
	Kinds []string `json:"kinds,omitempty"`
	// Trace says how a finding's path reaches golangci-lint: "message"
	// (the default) folds it into the finding's text, "[path: A → B]",
	// so that each finding is one issue; "issues" hands it over as
	// related information, which golangci-lint prints as one issue
	// "privet(related information): <step>" per step.
	Trace string `json:"trace,omitempty"`
	// Tests reports findings in _test.go files too (the -privet.tests
	// flag); off by default, as under go vet. A setting rather than a
	// policy key here, so that it does not turn the settings into an
	// inline policy that hides the .privet.yml files.
	Tests bool `json:"tests,omitempty"`
	// AllFields reports every unmarked field that looks like customer
	// data where it is declared, also where provisional sources report
	// them as leaks (the -privetdiscover.all_fields flag); off by default,
	// so that advice alone does not fail the lint.
	AllFields bool `json:"all_fields,omitempty"`

	// The inline policy: the keys of a .privet.yml, with the same schema.
	// They are validated by config.Parse (see Policy), not by their Go
	// types.
	Version    any `json:"version,omitempty"`
	Categories any `json:"categories,omitempty"`
	SinkKinds  any `json:"sink_kinds,omitempty"`
	Sources    any `json:"sources,omitempty"`
	Sinks      any `json:"sinks,omitempty"`
	Sanitizers any `json:"sanitizers,omitempty"`
	Allow      any `json:"allow,omitempty"`
	Deny       any `json:"deny,omitempty"`
	Require    any `json:"require,omitempty"`
	Access     any `json:"access,omitempty"`
	Exclude    any `json:"exclude,omitempty"`
	Enable     any `json:"enable,omitempty"`
	Discover   any `json:"discover,omitempty"`

	// Policy is the parsed inline policy; nil when the settings hold no
	// policy key.
	Policy *config.Config `json:"-"`
}

// policyKeys are the top-level keys of a policy file, in the order
// config.Parse documents them.
var policyKeys = []string{"version", "categories", "sink_kinds", "sources", "sinks", "sanitizers", "allow", "deny", "require", "access", "exclude", "enable", "discover"}

// flagKeys are the settings that are not policy.
var flagKeys = []string{"config", "kinds", "trace", "tests", "all_fields"}

// Values of Settings.Trace.
const (
	TraceMessage = "message"
	TraceIssues  = "issues"
)

// Decode checks and decodes the raw settings golangci-lint passes to a
// plugin (nil when there is no settings block). An inline policy is
// turned back into YAML and parsed by config.Parse under the name
// SettingsName, so its problems read like those of a .privet.yml:
// LINE:COL count in that YAML, which holds the policy keys in the order
// of policyKeys (unknown keys after them), nested keys sorted, and
// neither config nor kinds.
func Decode(raw any) (Settings, error) {
	if raw == nil {
		return Settings{}, nil
	}
	all, err := register.DecodeSettings[map[string]any](raw)
	if err != nil {
		return Settings{}, fmt.Errorf("%s: must be a mapping: %v", SettingsName, err)
	}
	flags, policy := map[string]any{}, map[string]any{}
	for k, v := range all {
		if slices.Contains(flagKeys, k) {
			flags[k] = v
		} else {
			policy[k] = v
		}
	}
	s, err := register.DecodeSettings[Settings](flags)
	if err != nil {
		return Settings{}, fmt.Errorf("%s: %v", SettingsName, err)
	}
	for i, k := range s.Kinds {
		s.Kinds[i] = strings.TrimSpace(k)
		if s.Kinds[i] == "" || strings.Contains(k, ",") {
			return Settings{}, fmt.Errorf("%s: kinds: %s is not a sink kind (write one kind per list entry)", SettingsName, config.Quote(k))
		}
		if err := analyzers.CheckKindsSpelling(s.Kinds[i]); err != nil {
			return Settings{}, fmt.Errorf("%s: kinds: %v", SettingsName, err)
		}
	}
	switch s.Trace {
	case "", TraceMessage, TraceIssues:
	default:
		return Settings{}, fmt.Errorf("%s: trace: %q: want %q (the path in the finding's text, the default) or %q (one issue per step)", SettingsName, s.Trace, TraceMessage, TraceIssues)
	}
	if len(policy) == 0 {
		return s, nil
	}
	if s.Config != "" {
		return Settings{}, fmt.Errorf("%s: config names a policy file and the settings hold policy keys (%s): use one or the other", SettingsName, strings.Join(sortedKeys(policy), ", "))
	}
	data, err := policyYAML(policy)
	if err != nil {
		return Settings{}, fmt.Errorf("%s: %v", SettingsName, err)
	}
	cfg, err := sinks.ParsePolicy(SettingsName, data)
	if err != nil {
		return Settings{}, settingsError(err)
	}
	// exclude.paths are relative to the policy file's directory; inline,
	// that is the directory golangci-lint runs in.
	if wd, err := os.Getwd(); err == nil {
		cfg.File = filepath.Join(wd, SettingsName)
	}
	full, err := register.DecodeSettings[Settings](all)
	if err != nil {
		return Settings{}, fmt.Errorf("%s: %v", SettingsName, err)
	}
	full.Kinds, full.Trace, full.Tests, full.AllFields, full.Policy = s.Kinds, s.Trace, s.Tests, s.AllFields, cfg
	return full, nil
}

// policyYAML writes the policy keys of the settings as a YAML document,
// known keys in schema order, then unknown keys sorted.
func policyYAML(policy map[string]any) ([]byte, error) {
	keys := slices.Clone(policyKeys)
	for _, k := range sortedKeys(policy) {
		if !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	doc := &yaml.Node{Kind: yaml.MappingNode}
	for _, k := range keys {
		v, ok := policy[k]
		if !ok {
			continue
		}
		var val yaml.Node
		if err := val.Encode(v); err != nil {
			return nil, fmt.Errorf("%s: %v", k, err)
		}
		doc.Content = append(doc.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: k}, &val)
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return buf.Bytes(), enc.Close()
}

// settingsError rewords the parser's complaint about an unknown top-level
// key, which knows only the policy keys, to cover config and kinds too.
func settingsError(err error) error {
	var perr *config.Error
	if !errors.As(err, &perr) {
		return err
	}
	known := append(slices.Clone(flagKeys), policyKeys...)
	for i, p := range perr.Problems {
		rest, ok := strings.CutPrefix(p.Message, "unknown key ")
		quoted, err := strconv.QuotedPrefix(rest)
		if !ok || err != nil || p.Pos.Col != 1 || !strings.HasPrefix(rest[len(quoted):], " in the policy file") {
			continue
		}
		key, _ := strconv.Unquote(quoted)
		msg := fmt.Sprintf("unknown key %q in the settings", key)
		if s := config.Suggest(key, known); s != "" {
			msg += fmt.Sprintf("; did you mean %q?", s)
		} else {
			msg += " (known: " + strings.Join(known, ", ") + ")"
		}
		perr.Problems[i].Message = msg
	}
	return perr
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// New is the plugin constructor golangci-lint calls with the settings
// block. Invalid settings, and an invalid policy file named by config,
// are returned as errors.
func New(raw any) (register.LinterPlugin, error) {
	s, err := Decode(raw)
	if err != nil {
		return nil, err
	}
	if s.Config != "" {
		st, err := os.Stat(s.Config)
		if err != nil {
			return nil, fmt.Errorf("%s: config: %v", SettingsName, err)
		}
		if st.IsDir() {
			return nil, fmt.Errorf("%s: config: %s is a directory, not a policy file", SettingsName, s.Config)
		}
	}
	return &plugin{settings: s}, nil
}

type plugin struct{ settings Settings }

// BuildAnalyzers returns analyzers of the plugin's own, configured by its
// settings (analyzers.New: the analyzers go vet runs, with the settings
// as their flags and the inline policy in place of files), each wrapped
// so that a finding is one issue, its path folded into its text, or,
// with trace: issues, so that a finding under golangci-lint's
// //nolint:privet loses its related information (see hostAnalyzer). A policy file that applies
// here (named by config, by PRIVET_CONFIG, or the .privet.yml found from
// the working directory) is checked now, so a broken policy stops
// golangci-lint before any package is analysed, as it stops go vet.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	s := p.settings
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	cs := config.Settings{File: s.Config, Policy: s.Policy}
	cfg, err := sinks.LoadPolicy(cs, wd)
	if err != nil {
		return nil, err
	}
	if len(s.Kinds) > 0 {
		// The kinds a policy applying below the working directory
		// declares may be selected too.
		cfgs := []*config.Config{cfg}
		if s.Policy == nil && s.Config == "" && os.Getenv(config.EnvVar) == "" {
			for _, file := range config.FilesBelow(wd, 0) {
				if c, err := sinks.LoadPolicy(cs, filepath.Dir(file)); err == nil {
					cfgs = append(cfgs, c)
				}
			}
		}
		if err := sinks.CheckKinds(s.Kinds, cfgs...); err != nil {
			return nil, fmt.Errorf("%s: kinds: %v", SettingsName, err)
		}
	}
	var out []*analysis.Analyzer
	for _, a := range analyzers.New(analyzers.Settings{Config: s.Config, Policy: s.Policy, Kinds: s.Kinds, Tests: s.Tests, AllFields: s.AllFields}) {
		out = append(out, hostAnalyzer(a, s.Trace == TraceIssues))
	}
	return out, nil
}

// GetLoadMode asks golangci-lint for type information: privet builds SSA
// and exchanges facts between packages.
func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
