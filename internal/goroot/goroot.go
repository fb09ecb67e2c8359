// Package goroot tells standard library packages apart, so that passes
// can skip them: privet models the standard library instead of analysing
// it, and no privet annotation lives there.
package goroot

import (
	"go/build"
	"path/filepath"
	"runtime"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// IsStd reports whether the package of a pass is part of the standard
// library: its path has no dot in the first element and its files live
// under GOROOT. (Test packages in GOPATH layouts also lack dots, hence the
// file check.)
func IsStd(pass *analysis.Pass) bool {
	first, _, _ := strings.Cut(pass.Pkg.Path(), "/")
	if strings.Contains(first, ".") || len(pass.Files) == 0 {
		return false
	}
	name := filepath.ToSlash(pass.Fset.File(pass.Files[0].Pos()).Name())
	for _, root := range []string{build.Default.GOROOT, runtime.GOROOT()} {
		if root != "" && strings.HasPrefix(name, filepath.ToSlash(filepath.Join(root, "src"))+"/") {
			return true
		}
	}
	return false
}
