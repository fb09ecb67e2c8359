// Package goroot tells standard library packages apart, so that passes
// can skip them: privet models the standard library instead of analysing
// it, and no privet annotation lives there.
package goroot

import (
	"go/build"
	"go/token"
	"go/types"
	"path/filepath"
	"runtime"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// IsStd reports whether the package of a pass is part of the standard
// library: its path has no dot in the first element and its files live
// under GOROOT. (Test packages in GOPATH layouts also lack dots, hence the
// file check.) unsafe, which has no files, is standard too.
func IsStd(pass *analysis.Pass) bool {
	if pass.Pkg == types.Unsafe {
		return true
	}
	if !stdPath(pass.Pkg.Path()) || len(pass.Files) == 0 {
		return false
	}
	return inGOROOT(pass.Fset.File(pass.Files[0].Pos()).Name())
}

// IsStdPackage is IsStd for an imported package, judged by the file of
// one of its declarations.
func IsStdPackage(fset *token.FileSet, pkg *types.Package) bool {
	if !stdPath(pkg.Path()) {
		return false
	}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		if pos := scope.Lookup(name).Pos(); pos.IsValid() {
			return inGOROOT(fset.Position(pos).Filename)
		}
	}
	return true // nothing declared: nothing to look at either
}

func stdPath(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

func inGOROOT(file string) bool {
	name := filepath.ToSlash(file)
	for _, root := range []string{build.Default.GOROOT, runtime.GOROOT()} {
		if root != "" && strings.HasPrefix(name, filepath.ToSlash(filepath.Join(root, "src"))+"/") {
			return true
		}
	}
	return false
}
