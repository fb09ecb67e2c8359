package host_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestLayers checks that no pass, analyzer or leaf helper imports the
// host layer, directly or not: the analyzers must stay usable by any
// host (go vet, golangci-lint, gopls-style drivers) without it.
func TestLayers(t *testing.T) {
	const module = "github.com/privetlint/privet/"
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedImports | packages.NeedDeps, Dir: "../.."}
	pkgs, err := packages.Load(cfg, "./passes/...", "./analyzers/...", "./internal/...")
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, p := range pkgs {
		if strings.HasPrefix(p.PkgPath, module+"internal/host") || strings.HasPrefix(p.PkgPath, module+"internal/e2e") {
			continue
		}
		checked++
		packages.Visit([]*packages.Package{p}, func(dep *packages.Package) bool {
			if strings.HasPrefix(dep.PkgPath, module+"internal/host") {
				t.Errorf("%s imports %s: the host layer is for hosts only", p.PkgPath, dep.PkgPath)
				return false
			}
			return true
		}, nil)
	}
	if checked < 10 {
		t.Errorf("checked %d packages; the patterns matched too little", checked)
	}
}
