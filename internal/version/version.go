// Package version says which privet is running: the module version it
// was built as, the VCS revision of a build from a clone, and the Go
// version, read from the binary's build information. Every host shows
// it: privet -version and privet version, go vet's -V=full, SARIF's
// tool.driver, the language server's serverInfo.
package version

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

// ModulePath is privet's module.
const ModulePath = "github.com/privetlint/privet"

// Info is what the build information says about privet.
type Info struct {
	// Version is the module version privet was built as: a release
	// ("v1.2.0"), a pseudo-version (also what the go command stamps a
	// build inside a clone with, "+dirty" when modified), "v0.0.0" for a
	// required version replaced by a clone, or "(devel)" for a build
	// inside a clone without VCS information.
	Version string
	// Replace is the directory or module privet's module was replaced
	// with, when it was a dependency of the main module (go tool privet
	// with a replace directive).
	Replace string
	// Revision, Time and Modified come from the VCS of a build inside
	// the clone (go install ./cmd/privet; not with -buildvcs=false).
	Revision string
	Time     string
	Modified bool
	// Go is the Go version privet was built with.
	Go string
}

// Get reads the running binary's build information.
func Get() Info {
	info := Info{Version: "(devel)", Go: runtime.Version()}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return info
	}
	info.Go = bi.GoVersion
	mod := &bi.Main
	if mod.Path != ModulePath {
		mod = nil
		for _, d := range bi.Deps {
			if d.Path == ModulePath {
				mod = d
				break
			}
		}
	}
	if mod != nil {
		if mod.Version != "" {
			info.Version = mod.Version
		}
		if r := mod.Replace; r != nil {
			info.Replace = r.Path
			if r.Version != "" {
				info.Replace += "@" + r.Version
			}
		}
	}
	if mod == &bi.Main {
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				info.Revision = s.Value
			case "vcs.time":
				info.Time = s.Value
			case "vcs.modified":
				info.Modified = s.Value == "true"
			}
		}
	}
	return info
}

// Released reports whether the version names a module version (a
// release or a pseudo-version), not a build from a clone.
func (i Info) Released() bool {
	return i.Version != "(devel)" && i.Version != "v0.0.0" && i.Replace == ""
}

// Short is the version in one word: "v1.2.0", or "devel" followed by
// the first 12 hex digits of the revision when known ("devel+0123456789ab",
// "+dirty" when modified).
func (i Info) Short() string {
	if i.Released() {
		return i.Version
	}
	s := "devel"
	if i.Revision != "" {
		s += "+" + abbrev(i.Revision)
		if i.Modified {
			s += ".dirty"
		}
	}
	return s
}

// Semantic is the version as Semantic Versioning 2.0 (SARIF's
// semanticVersion): "1.2.0" for a release or pseudo-version,
// "0.0.0-devel" for a build from a clone, with the revision as build
// metadata.
func (i Info) Semantic() string {
	if i.Released() {
		return strings.TrimPrefix(i.Version, "v")
	}
	s := "0.0.0-devel"
	if i.Revision != "" {
		s += "+" + abbrev(i.Revision)
		if i.Modified {
			s += ".dirty"
		}
	}
	return s
}

// String is the line privet -version prints: "privet v1.2.0 (go1.26.8)";
// for a build inside a clone, the pseudo-version the go command makes
// from the revision (or devel, where it makes none) and the revision:
// "privet v0.0.0-20261206095000-0123456789ab+dirty (revision
// 0123456789ab, modified, 2026-12-06T09:50:00Z; go1.26.8)".
func (i Info) String() string {
	var details []string
	if !i.Released() {
		if i.Version != "(devel)" {
			details = append(details, "module "+i.Version)
		}
		if i.Replace != "" {
			details = append(details, "replaced by "+i.Replace)
		}
	}
	if i.Revision != "" {
		details = append(details, "revision "+abbrev(i.Revision))
	}
	if i.Modified {
		details = append(details, "modified")
	}
	if i.Time != "" {
		details = append(details, i.Time)
	}
	version := i.Version
	if !i.Released() {
		version = "devel"
	}
	if len(details) == 0 {
		return fmt.Sprintf("privet %s (%s)", version, i.Go)
	}
	return fmt.Sprintf("privet %s (%s; %s)", version, strings.Join(details, ", "), i.Go)
}

func abbrev(rev string) string {
	if len(rev) > 12 {
		return rev[:12]
	}
	return rev
}
