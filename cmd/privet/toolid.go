package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

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
		data, err := os.ReadFile(file)
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
	if os.Getenv(config.EnvVar) == "" {
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

// checkPolicyFlags loads the policy that the vet tool's -privet.config
// or -privet.policy flag names, if any, and returns its problems: go vet
// asks for the tool's identity (version) without its flags, so these are
// checked when a package is analysed.
func checkPolicyFlags(vet []string) error {
	var s config.Settings
	for _, a := range vet {
		name, value, ok := strings.Cut(strings.TrimLeft(a, "-"), "=")
		switch {
		case !ok:
		case name == "privet.config":
			s.File = value
		case name == "privet.policy":
			s.Text = value
		}
	}
	if s == (config.Settings{}) {
		return nil
	}
	_, err := sinks.LoadPolicy(s, "")
	return err
}
