package discover

import (
	"fmt"
	"go/types"
	"reflect"
	"strings"

	"github.com/privetlint/privet/internal/category"
	"github.com/privetlint/privet/passes/annotations"
	"github.com/privetlint/privet/passes/config"
	"github.com/privetlint/privet/passes/taint"
)

// Settings are the values of privetdiscover's flags, shared with the
// taint analyzer built with Sources(s) so that -privetdiscover.sources
// and -privetdiscover.min_confidence reach the engine.
type Settings struct {
	MinConfidence string // -min_confidence
	Sources       string // -sources: auto, always or never
	AllFields     bool   // -all_fields: field reports also where provisional sources are on
}

// Sources returns the taint option that makes the fields privetdiscover
// would report provisional sources of the category they look like
// (taint.NewProvisional), under the mode of discover.sources or s.
func Sources(s *Settings) taint.Provisional {
	return taint.Provisional{
		Guess: func(cfg *config.Config, ann *annotations.Result, owner *types.TypeName, st *types.Struct, i int) category.Set {
			return guess(cfg, ann, s.MinConfidence, owner, st, i)
		},
		Mode: &s.Sources,
	}
}

// guess is the decision of structType and field made from types alone,
// for fields of any package: a named struct type declared at package
// level outside the standard library, a named field with no privet key
// in its tag, not ignored by discover.ignore, not of a sensitive or
// annotated type, whose best match is at least as sure as the minimum.
func guess(cfg *config.Config, ann *annotations.Result, level string, owner *types.TypeName, st *types.Struct, i int) category.Set {
	if owner == nil || owner.Pkg() == nil || owner.Parent() != owner.Pkg().Scope() {
		return nil
	}
	path := owner.Pkg().Path()
	if first, _, _ := strings.Cut(path, "/"); !strings.Contains(first, ".") && stdlib(first) {
		return nil
	}
	f, tag := st.Field(i), st.Tag(i)
	if f.Embedded() || f.Name() == "_" {
		return nil
	}
	if _, ok := reflect.StructTag(tag).Lookup("privet"); ok {
		return nil
	}
	if level == "" {
		level = cfg.Discover.MinConfidence
	}
	min, err := ParseConfidence(level)
	if err != nil {
		return nil
	}
	d := &discoverer{cfg: cfg, ann: ann}
	if cfg.Discover.Ignored(owner.Name(), f.Name()) || d.sensitiveType(owner) || d.coveredType(f.Type()) || coveredByHolders(owner) {
		return nil
	}
	p, c, _ := best(f.Name(), tag, f.Type(), newOwner(owner.Name(), path).withFields(st))
	if p == nil || c < min {
		return nil
	}
	return category.Of(p.Category)
}

// modeFlag is the -sources flag: auto, always, never or empty.
type modeFlag struct{ s *string }

func (f modeFlag) String() string {
	if f.s == nil {
		return ""
	}
	return *f.s
}

func (f modeFlag) Set(v string) error {
	for _, m := range config.SourceModes {
		if v == m {
			*f.s = v
			return nil
		}
	}
	return fmt.Errorf("unknown sources mode %q (known: %s)", v, strings.Join(config.SourceModes, ", "))
}
