package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/privetlint/privet/passes/annotations"
	"github.com/privetlint/privet/passes/config"
)

// sourcesMode says which discover.sources mode is in force for the
// module around dir and why: in auto mode, whether any of its Go files
// (tests, vendor, testdata and hidden directories aside) declares a
// source. Analysis decides per package, from the package and its
// dependencies (annotations.DeclaresSources); privet config, which loads
// no package, looks at the whole module, so a package that imports none
// of the annotated ones may still see provisional sources.
func sourcesMode(d config.Discover, policySources int, dir string) string {
	mode := d.Sources
	if mode == "" {
		mode = "auto"
	}
	switch {
	case d.Disabled:
		return mode + "  # off: discover.enabled is false"
	case mode == "always":
		return "always  # explicit and discovered sources"
	case mode == "never":
		return "never  # explicit sources only"
	case policySources > 0:
		return "auto  # off: the policy declares sources"
	}
	root, module := moduleRoot(dir)
	if at := declaredSource(root); at != "" {
		return "auto  # off: sources declared at " + at
	}
	return "auto  # on: no sources declared in " + module
}

// moduleRoot returns the directory of the go.mod above dir and its
// module path (dir itself and its path when there is none).
func moduleRoot(dir string) (root, module string) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return dir, dir
	}
	for d := abs; ; d = filepath.Dir(d) {
		if data, err := os.ReadFile(filepath.Join(d, "go.mod")); err == nil {
			for _, line := range strings.Split(string(data), "\n") {
				if rest, ok := strings.CutPrefix(strings.TrimSpace(line), "module "); ok {
					return d, strings.Trim(strings.TrimSpace(rest), `"`)
				}
			}
			return d, d
		}
		if filepath.Dir(d) == d {
			return abs, abs
		}
	}
}

// declaredSource returns "file:line" of the first source declared in a
// Go file under root (walk order), or "".
func declaredSource(root string) string {
	found := ""
	filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil || found != "" {
			return filepath.SkipDir
		}
		name := e.Name()
		if e.IsDir() {
			if path != root && (name == "vendor" || name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil || !bytes.Contains(data, []byte("privet:")) {
			return nil
		}
		if line := fileDeclares(path, data); line > 0 {
			rel, err := filepath.Rel(root, path)
			if err != nil {
				rel = path
			}
			found = fmt.Sprintf("%s:%d", filepath.ToSlash(rel), line)
		}
		return nil
	})
	return found
}

// fileDeclares returns the line of the first privet tag with a category
// or //privet:sensitive directive in a Go file, or 0.
func fileDeclares(path string, data []byte) int {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, data, parser.ParseComments)
	if err != nil {
		return 0
	}
	line := 0
	first := func(p token.Pos) {
		if l := fset.Position(p).Line; line == 0 || l < line {
			line = l
		}
	}
	for _, g := range f.Comments {
		for _, c := range g.List {
			if strings.HasPrefix(c.Text, "//privet:sensitive") {
				first(c.Pos())
			}
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		if field, ok := n.(*ast.Field); ok && field.Tag != nil {
			if tag, err := strconv.Unquote(field.Tag.Value); err == nil {
				if cats, _ := annotations.FieldCategories(tag); !cats.Empty() {
					first(field.Tag.Pos())
				}
			}
		}
		return true
	})
	return line
}
