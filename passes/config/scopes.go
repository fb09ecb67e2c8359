package config

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// ScopeWarnings checks the from: and packages: entries of the policy
// that name packages of the module modPath, rooted at the directory
// root, against its directories: an exact path needs a directory with a
// Go file, a tree (path/...) a directory. A misspelt entry would
// otherwise scope a rule to nothing without a word (an allow rule then
// lifts nothing; a deny rule denies nothing; an access rule lets no one
// read). Regexps and paths of other modules are not checked. The
// warnings are in the order of the file's lines.
func (c *Config) ScopeWarnings(modPath, root string) []Problem {
	var entries []ScopeEntry
	for _, r := range slices.Concat(c.Allow, c.Deny, c.Require) {
		entries = append(entries, r.From...)
	}
	for _, r := range c.Access {
		entries = append(entries, r.Readers...)
	}
	var out []Problem
	for _, e := range entries {
		if e.Package.IsRegexp() {
			continue
		}
		path, tree := strings.CutSuffix(e.Text, "/...")
		if e.Func != nil && !tree {
			// pkg.Func: the package part must exist (or the whole entry
			// as a package).
			if dirOf(modPath, root, path) != "" && hasGo(dirOf(modPath, root, path)) {
				continue
			}
			path = e.Func.Package.Text
		}
		dir := dirOf(modPath, root, path)
		if dir == "" && path != modPath && !strings.HasPrefix(path, modPath+"/") {
			continue // another module's
		}
		if st, err := os.Stat(dir); err == nil && st.IsDir() && (tree || hasGo(dir)) {
			continue
		}
		out = append(out, Problem{Pos: e.Pos, Message: fmt.Sprintf("%s matches no package of module %s", Quote(e.Text), modPath)})
	}
	slices.SortStableFunc(out, func(a, b Problem) int { return a.Pos.Line - b.Pos.Line })
	return out
}

// dirOf is the directory of a package path of the module, or "".
func dirOf(modPath, root, path string) string {
	if path == modPath {
		return root
	}
	rel, ok := strings.CutPrefix(path, modPath+"/")
	if !ok {
		return ""
	}
	return filepath.Join(root, filepath.FromSlash(rel))
}

// hasGo reports whether a directory holds a Go file.
func hasGo(dir string) bool {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	return slices.ContainsFunc(ents, func(e os.DirEntry) bool { return !e.IsDir() && strings.HasSuffix(e.Name(), ".go") })
}
