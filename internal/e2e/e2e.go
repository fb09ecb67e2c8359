package e2e

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"golang.org/x/tools/txtar"
)

// modulePath is the module whose root RepoRoot looks for.
const modulePath = "github.com/privetlint/privet"

// RepoRoot walks up from dir to the directory whose go.mod declares the
// privet module.
func RepoRoot(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for d := dir; ; {
		data, err := os.ReadFile(filepath.Join(d, "go.mod"))
		if err == nil && declaresModule(data, modulePath) {
			return d, nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", fmt.Errorf("no go.mod declaring %s above %s", modulePath, dir)
		}
		d = parent
	}
}

func declaresModule(gomod []byte, path string) bool {
	for line := range strings.Lines(string(gomod)) {
		f := strings.Fields(line)
		if len(f) == 2 && f[0] == "module" && strings.Trim(f[1], `"`) == path {
			return true
		}
	}
	return false
}

// BuildPrivet compiles cmd/privet from the repository at root into dir and
// returns the binary's path.
func BuildPrivet(ctx context.Context, root, dir string) (string, error) {
	if err := readSources(root); err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "privet")
	if os.PathSeparator == '\\' {
		bin += ".exe"
	}
	cmd := exec.CommandContext(ctx, "go", "build", "-o", bin, modulePath+"/cmd/privet")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build %s/cmd/privet: %v\n%s", modulePath, err, out)
	}
	return bin, nil
}

// GoEnv is the environment for go commands run on test modules: the
// caller's, with module mode forced and no workspace or toolchain switch.
func GoEnv() []string {
	return append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GOTOOLCHAIN=local")
}

// Vet runs `go vet -vettool=bin [flags] ./...` in the module at dir and returns the
// combined output with dir stripped, and the exit status. Modules are
// resolved first, so download messages never appear in the output. A non-nil
// error means go could not be run or the module could not be loaded.
func Vet(ctx context.Context, bin, dir string, flags ...string) (out []byte, status int, err error) {
	list := exec.CommandContext(ctx, "go", "list", "-deps", "-test", "./...")
	list.Dir = dir
	list.Env = GoEnv()
	var stderr bytes.Buffer
	list.Stderr = &stderr
	if err := list.Run(); err != nil {
		return nil, 0, fmt.Errorf("go list -deps -test ./... in %s: %v\n%s", dir, err, stderr.Bytes())
	}

	args := append(append([]string{"vet", "-vettool=" + bin}, flags...), "./...")
	vet := exec.CommandContext(ctx, "go", args...)
	vet.Dir = dir
	vet.Env = GoEnv()
	out, err = vet.CombinedOutput()
	if ee, ok := errors.AsType[*exec.ExitError](err); ok {
		status, err = ee.ExitCode(), nil
	}
	if err != nil {
		return nil, 0, fmt.Errorf("go vet in %s: %v", dir, err)
	}
	return Normalize(out, dir), status, nil
}

// Normalize removes the temporary directory dir from go vet output: a path
// below it becomes relative, dir itself becomes ".".
func Normalize(out []byte, dir string) []byte {
	dirs := []string{dir}
	if real, err := filepath.EvalSymlinks(dir); err == nil && real != dir {
		dirs = append(dirs, real) // macOS: /var -> /private/var
	}
	for _, d := range dirs {
		out = bytes.ReplaceAll(out, []byte(d+string(filepath.Separator)), nil)
		out = bytes.ReplaceAll(out, []byte(d), []byte("."))
	}
	return out
}

// CopyDir copies the regular files below src into dst, skipping the names
// in skip (base names, at any depth).
func CopyDir(dst, src string, skip ...string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		for _, s := range skip {
			if d.Name() == s && path != src {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}

// readSources reads every Go file privet is built from. go test caches a
// test's result keyed on the files the test process opens; the build runs
// in a subprocess, so without this an edit to privet would not re-run the
// end-to-end tests.
func readSources(root string) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != root && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) {
			return filepath.SkipDir
		}
		if !d.IsDir() && (strings.HasSuffix(path, ".go") || d.Name() == "go.mod" || d.Name() == "go.sum") {
			_, err := os.ReadFile(path)
			return err
		}
		return nil
	})
}

// LayScript writes the files of a testdata/e2e archive into dir, all but
// its sections (want, exit, unordered, flags), and returns the diagnostic
// lines of its want section: the findings go vet reports, which the other
// hosts (standalone, golangci-lint) must report too.
func LayScript(dir, script string) (findings []string, err error) {
	ar, err := txtar.ParseFile(script)
	if err != nil {
		return nil, err
	}
	for _, f := range ar.Files {
		switch f.Name {
		case "want":
			for _, l := range strings.Split(string(f.Data), "\n") {
				if strings.HasSuffix(l, "without an approved sanitizer") {
					findings = append(findings, l)
				}
			}
		case "exit", "unordered", "flags":
		default:
			path := filepath.Join(dir, filepath.FromSlash(f.Name))
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				return nil, err
			}
			if err := os.WriteFile(path, f.Data, 0o644); err != nil {
				return nil, err
			}
		}
	}
	return findings, nil
}
