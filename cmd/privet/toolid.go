package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sort"

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
	files, err := policyFiles()
	if err != nil {
		return "", err
	}
	var problems []error
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			return "", err
		}
		h.Write([]byte(file + "\x00"))
		h.Write(data)
		h.Write([]byte{0})
		cfg, err := config.Load(filepath.Dir(file))
		if err == nil {
			err = sinks.CheckPolicy(cfg)
		}
		if err != nil {
			problems = append(problems, err)
		}
	}
	if len(problems) > 0 {
		return "", errors.Join(problems...)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// policyFiles lists the policy files that can apply below the working
// directory: the one the search finds for it (or PRIVET_CONFIG), and
// those in its subdirectories, skipping directories the go command
// ignores (testdata, vendor, hidden ones, _-prefixed ones).
func policyFiles() ([]string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	if f, err := config.Find(wd); err != nil {
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
