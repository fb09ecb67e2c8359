package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/privetlint/privet/analyzers"
	"github.com/privetlint/privet/passes/config"
	"github.com/privetlint/privet/passes/sinks"
)

// toolID is the identity privet reports to go vet: a hash of the
// executable and of every policy file that can apply to the packages
// being vetted. go vet caches results (and facts) per tool identity, so a
// policy edit must change it, or users would see stale results. It is
// also the one place to reject an invalid policy before any package is
// analysed, so the error is printed once and the run stops.
func toolID() (string, error) {
	h := sha256.New()
	exe, err := os.Executable()
	if err != nil {
		return "", err
	}
	f, err := os.Open(exe)
	if err != nil {
		return "", err
	}
	_, err = io.Copy(h, f)
	f.Close()
	if err != nil {
		return "", err
	}
	// go vet passes no analyzer flag with -V=full: the policy is found
	// as the analysis finds it without -privet.config.
	var s config.Settings
	files, err := policyFiles(s)
	if err != nil {
		return "", err
	}
	for _, file := range files {
		data, err := config.ReadFile(file)
		if err != nil {
			return "", err
		}
		h.Write([]byte(file + "\x00"))
		h.Write(data)
		h.Write([]byte{0})
	}
	if err := checkPolicies(s, files); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// policyFiles lists the policy files that can apply below the working
// directory: the one the search finds for it (s.File, PRIVET_CONFIG or
// the .privet.yml found), and those in its subdirectories, skipping
// directories the go command ignores (testdata, vendor, hidden ones,
// _-prefixed ones).
func policyFiles(s config.Settings) ([]string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	if f, err := s.Find(wd); err != nil {
		return nil, err
	} else if f != "" {
		seen[f] = true
	}
	// An explicit file applies to every package: the others are not read.
	if s.File == "" && os.Getenv(config.EnvVar) == "" {
		for _, f := range config.FilesBelow(wd, 0) {
			seen[f] = true
		}
	}
	files := make([]string, 0, len(seen))
	for f := range seen {
		files = append(files, f)
	}
	sort.Strings(files)
	return files, nil
}

// checkPolicies loads the policy that applies in the directory of each
// file, as the analysis would, and returns their problems.
func checkPolicies(s config.Settings, files []string) error {
	var problems []error
	for _, file := range files {
		if _, err := sinks.LoadPolicy(s, filepath.Dir(file)); err != nil {
			problems = append(problems, err)
		}
	}
	return errors.Join(problems...)
}

// checkPolicyKinds checks a -kinds value against the policies that apply
// below the working directory (s.File, PRIVET_CONFIG, or the files found).
func checkPolicyKinds(s config.Settings, kinds string) error {
	if kinds == "" {
		return nil
	}
	var cfgs []*config.Config
	var files []string
	if s.Text != "" {
		if cfg, err := sinks.LoadPolicy(s, ""); err == nil {
			cfgs = append(cfgs, cfg)
		}
	} else if fs, err := policyFiles(s); err != nil {
		return err
	} else {
		files = fs
	}
	for _, file := range files {
		if cfg, err := sinks.LoadPolicy(s, filepath.Dir(file)); err == nil {
			cfgs = append(cfgs, cfg)
		}
	}
	return sinks.CheckKinds(kindList(kinds), cfgs...)
}

// checkVetUnit checks, before unitchecker runs, what would otherwise
// fail the unit without saying why: the policy that applies to the
// package (named by -privet.config or -privet.policy, which go vet does
// not give the tool when it asks for its identity, or found from the
// package's directory, where go vet runs the tool; unitchecker would
// only say "failed prerequisites" of a policy the config pass cannot
// load) and the -privet.kinds list, against that policy. args are the
// vet tool's arguments; only a unit's (ending in a *.cfg file) are
// checked, and only for a package vetted, not for a dependency go vet
// wants the facts of (VetxOnly: its analyses fail, unitchecker says
// nothing of it, so the problems show once per package vetted).
func checkVetUnit(args []string) error {
	if len(args) == 0 || !strings.HasSuffix(args[len(args)-1], ".cfg") {
		return nil
	}
	if _, vetxOnly := vetUnit(args); vetxOnly {
		return nil
	}
	kinds, _ := vetFlag(args, "privet.kinds")
	if err := analyzers.CheckKindsSpelling(kinds); err != nil {
		return fmt.Errorf("-privet.kinds: %v", err)
	}
	if mode, ok := vetFlag(args, "privetdiscover.sources"); ok && !slices.Contains(config.SourceModes, mode) {
		return fmt.Errorf("-privetdiscover.sources: unknown mode %q (known: %s)", mode, strings.Join(config.SourceModes, ", "))
	}
	var s config.Settings
	s.File, _ = vetFlag(args, "privet.config")
	s.Text, _ = vetFlag(args, "privet.policy")
	wd, err := os.Getwd()
	if err != nil {
		return nil
	}
	cfg, err := sinks.LoadPolicy(s, wd)
	if err != nil {
		if s.Text == "" && s.File != "" && !filepath.IsAbs(s.File) {
			return fmt.Errorf("%v (go vet runs privet in each package's directory: give -privet.config the policy file's absolute path)", err)
		}
		return err
	}
	if kinds != "" {
		if err := sinks.CheckKinds(kindList(kinds), cfg); err != nil {
			return fmt.Errorf("-privet.kinds: %v", err)
		}
	}
	return nil
}

// vetFlag returns the value of a flag among the vet tool's arguments
// ("-name=value", "--name=value" or "-name value").
func vetFlag(args []string, name string) (string, bool) {
	for i, a := range args {
		if !strings.HasPrefix(a, "-") {
			continue
		}
		n, v, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if n != name {
			continue
		}
		if hasValue {
			return v, true
		}
		if i+1 < len(args) {
			return args[i+1], true
		}
	}
	return "", false
}
