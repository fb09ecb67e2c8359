package lsp

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
)

// pkgInfo is one package of a module, as go list describes it.
type pkgInfo struct {
	ImportPath   string
	Dir          string
	Name         string
	GoFiles      []string
	CgoFiles     []string
	TestGoFiles  []string
	XTestGoFiles []string
	Imports      []string
	TestImports  []string
	XTestImports []string
}

// files lists the package's Go files, test files included, as absolute
// names.
func (p *pkgInfo) files() []string {
	var out []string
	for _, list := range [][]string{p.GoFiles, p.CgoFiles, p.TestGoFiles, p.XTestGoFiles} {
		for _, f := range list {
			out = append(out, filepath.Join(p.Dir, f))
		}
	}
	return out
}

// imports reports whether the package or its tests import path.
func (p *pkgInfo) imports(path string) bool {
	return slices.Contains(p.Imports, path) || slices.Contains(p.TestImports, path) || slices.Contains(p.XTestImports, path)
}

// graph is the import graph of the packages of one module (go list
// ./... in its root), enough to find the dependents of an edited
// package.
type graph struct {
	root   string
	byPath map[string]*pkgInfo
	byDir  map[string]*pkgInfo
	rdeps  map[string][]string // import path -> packages of the module importing it (tests included)
	// missing holds the directories asked about that hold no package of
	// the module (testdata, files excluded by build tags), so that they
	// do not make every run list the module again.
	missing map[string]bool
}

// listFields are the go list fields the graph needs.
const listFields = "ImportPath,Dir,Name,GoFiles,CgoFiles,TestGoFiles,XTestGoFiles,Imports,TestImports,XTestImports"

// loadGraph runs go list in a module root.
func (s *Server) loadGraph(ctx context.Context, root, overlay string) (*graph, error) {
	args := []string{"list", "-e", "-json=" + listFields}
	args = append(args, s.buildFlags...)
	if overlay != "" {
		args = append(args, "-overlay="+overlay)
	}
	args = append(args, "./...")
	var stdout, stderr bytes.Buffer
	cmd := s.goCommand(ctx, root, args, &stdout, &stderr)
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("go list: %v: %s", err, bytes.TrimSpace(stderr.Bytes()))
	}
	g := &graph{root: root, byPath: map[string]*pkgInfo{}, byDir: map[string]*pkgInfo{}, rdeps: map[string][]string{}, missing: map[string]bool{}}
	dec := json.NewDecoder(&stdout)
	for {
		p := new(pkgInfo)
		if err := dec.Decode(p); err == io.EOF {
			break
		} else if err != nil {
			return nil, fmt.Errorf("go list: %v", err)
		}
		if p.ImportPath == "" || p.Dir == "" {
			continue
		}
		g.byPath[p.ImportPath] = p
		g.byDir[p.Dir] = p
	}
	for _, p := range g.byPath {
		seen := map[string]bool{}
		for _, list := range [][]string{p.Imports, p.TestImports, p.XTestImports} {
			for _, imp := range list {
				if _, ok := g.byPath[imp]; ok && imp != p.ImportPath && !seen[imp] {
					seen[imp] = true
					g.rdeps[imp] = append(g.rdeps[imp], p.ImportPath)
				}
			}
		}
	}
	for k := range g.rdeps {
		slices.Sort(g.rdeps[k])
	}
	return g, nil
}

// dependents lists the packages of the module that import any of paths,
// directly or not, excluding paths themselves; sorted.
func (g *graph) dependents(paths []string) []string {
	seen := map[string]bool{}
	for _, p := range paths {
		seen[p] = true
	}
	queue := slices.Clone(paths)
	var out []string
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		for _, q := range g.rdeps[p] {
			if !seen[q] {
				seen[q] = true
				out = append(out, q)
				queue = append(queue, q)
			}
		}
	}
	slices.Sort(out)
	return out
}

// withModuleDeps adds to paths the packages of the module they import,
// directly or not, tests included; sorted.
func (g *graph) withModuleDeps(paths []string) []string {
	seen := map[string]bool{}
	var out []string
	var visit func(string)
	visit = func(path string) {
		if seen[path] {
			return
		}
		seen[path] = true
		out = append(out, path)
		p := g.byPath[path]
		if p == nil {
			return
		}
		for _, list := range [][]string{p.Imports, p.TestImports, p.XTestImports} {
			for _, imp := range list {
				if _, ok := g.byPath[imp]; ok {
					visit(imp)
				}
			}
		}
	}
	for _, p := range paths {
		visit(p)
	}
	slices.Sort(out)
	return out
}

// knows reports whether the graph is still right about a file: its
// directory is a package of the graph that lists the file, and every
// import of the file that names a package of the module is among the
// package's imports (a new import adds an edge to the graph).
func (g *graph) knows(file string, imports []string) bool {
	p := g.byDir[filepath.Dir(file)]
	if p == nil {
		return g.missing[filepath.Dir(file)]
	}
	if !slices.Contains(p.files(), file) {
		return false
	}
	for _, imp := range imports {
		if _, ok := g.byPath[imp]; ok && !p.imports(imp) {
			return false
		}
	}
	return true
}

// moduleRoot returns the directory of the go.mod that governs dir, or
// "" when there is none.
func moduleRoot(dir string) string {
	for {
		if st, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil && !st.IsDir() {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}
