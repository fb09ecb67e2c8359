package taint

import (
	"go/types"
	"strings"

	"github.com/privetlint/privet/internal/category"
	"github.com/privetlint/privet/passes/annotations"
	"github.com/privetlint/privet/passes/config"
)

// Provisional sources: fields that carry no privet mark but whose name
// says they hold customer data (what privetdiscover reports) are sources
// of the category they look like, so that a module nobody has annotated
// yet gets flows on its first run. Whether a field looks sensitive is
// not the engine's to decide: Guess (from analyzers/discover) says it.
// A provisional source is named "Type.Field, unmarked: looks like CAT",
// and that name travels through summaries like any other.

// Guess returns the categories an unmarked field i of the struct st
// (declared as owner) looks like, or none.
type Guess func(cfg *config.Config, ann *annotations.Result, owner *types.TypeName, st *types.Struct, i int) category.Set

// Provisional configures provisional sources for NewProvisional.
type Provisional struct {
	// Guess classifies fields; nil: no provisional sources.
	Guess Guess
	// Mode, when not nil and not empty, overrides discover.sources (a
	// flag's value): auto, always or never.
	Mode *string
}

// ProvisionalMark separates a provisional source's field from what it
// looks like in its name.
const ProvisionalMark = ", unmarked: looks like "

// SplitProvisional splits a source name into the field and the note
// ("unmarked: looks like pii"); ok is false for a declared source.
func SplitProvisional(source string) (name, note string, ok bool) {
	name, cats, ok := strings.Cut(source, ProvisionalMark)
	if !ok {
		return source, "", false
	}
	return name, strings.TrimPrefix(ProvisionalMark, ", ") + cats, true
}

// ProvisionalMode decides whether provisional sources are on for a
// package and says why, e.g. "auto: on, no sources declared".
func ProvisionalMode(mode string, cfg *config.Config, ann *annotations.Result) (bool, string) {
	if mode == "" {
		mode = cfg.Discover.Sources
	}
	switch {
	case cfg.Discover.Disabled:
		return false, "off: discover.enabled is false"
	case mode == "never":
		return false, "never: explicit sources only"
	case mode == "always":
		return true, "always: explicit and discovered sources"
	case len(cfg.Sources) > 0:
		return false, "auto: off, the policy declares sources"
	case ann.SourcesDeclaredIn() != "":
		return false, "auto: off, sources declared in " + ann.SourcesDeclaredIn()
	}
	return true, "auto: on, no sources declared in this package, its dependencies or the policy"
}

// forPass returns the guess in force for a package, or nil. module is
// the path of the package's module ("" when unknown): only types of
// that module are guessed about. A dependency's types are not the
// team's data model and cannot be tagged by it: fastglue.Request or
// fasthttp.RequestCtx, whose fields look like credentials, made every
// handler's request a provisional source on libredesk (a sources: rule
// in the policy names such a type when it does hold customer data).
func (p Provisional) forPass(cfg *config.Config, ann *annotations.Result, module string) func(owner *types.TypeName, st *types.Struct, i int) category.Set {
	if p.Guess == nil {
		return nil
	}
	mode := ""
	if p.Mode != nil {
		mode = *p.Mode
	}
	if on, _ := ProvisionalMode(mode, cfg, ann); !on {
		return nil
	}
	return func(owner *types.TypeName, st *types.Struct, i int) category.Set {
		if module != "" && owner != nil && owner.Pkg() != nil && !inModule(owner.Pkg().Path(), module) {
			return nil
		}
		return p.Guess(cfg, ann, owner, st, i)
	}
}

// inModule reports whether a package path belongs to the module path
// (or to a module nested below it, which the path alone cannot tell).
func inModule(pkg, module string) bool {
	return pkg == module || strings.HasPrefix(pkg, module+"/")
}

// provisionalName names a provisional source.
func provisionalName(name string, cats category.Set) string {
	return name + ProvisionalMark + cats.String()
}
