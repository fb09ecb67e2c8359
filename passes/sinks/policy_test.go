package sinks_test

import (
	"os"
	"path/filepath"
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
