package config

import (
	"go/types"
	"regexp"
	"strings"

	"github.com/privetlint/privet/internal/funcname"
)

// Pattern matches a name exactly, or as a regular expression when
// written /like this/. The empty pattern matches anything.
type Pattern struct {
	Text string
	re   *regexp.Regexp
}

// compilePattern parses a pattern as written in the file.
func compilePattern(s string) (Pattern, error) {
	if len(s) >= 2 && strings.HasPrefix(s, "/") && strings.HasSuffix(s, "/") {
		re, err := regexp.Compile(s[1 : len(s)-1])
		if err != nil {
			return Pattern{}, err
		}
		return Pattern{Text: s, re: re}, nil
	}
	return Pattern{Text: s}, nil
}

// Match reports whether name matches.
func (p Pattern) Match(name string) bool {
	switch {
	case p.Text == "":
		return true
	case p.re != nil:
		return p.re.MatchString(name)
	}
	return p.Text == name
}

// IsRegexp reports whether the pattern is a regular expression.
func (p Pattern) IsRegexp() bool { return p.re != nil }

// FuncPattern matches functions and methods by package, receiver (the
// named type, pointer stripped; empty pattern: any, including none) and
// name.
type FuncPattern struct {
	Package, Receiver, Method Pattern
	// NoReceiver requires a package-level function (set when the rule
	// was written as "pkg.Func").
	NoReceiver bool
}

// Match reports whether fn matches.
func (p FuncPattern) Match(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	fn = fn.Origin()
	return p.MatchName(fn.Pkg().Path(), funcname.Receiver(fn), fn.Name())
}

// MatchName reports whether a function named by its package path,
// receiver type name ("" for none) and name matches.
func (p FuncPattern) MatchName(pkg, recv, name string) bool {
	if p.NoReceiver && recv != "" {
		return false
	}
	return p.Package.Match(pkg) && p.Receiver.Match(recv) && p.Method.Match(name)
}

// FuncName is the name Cleaning marks categories with: pkg.Func or
// pkg.Type.Method, the form require rules are written in.
func FuncName(fn *types.Func) string {
	fn = fn.Origin()
	name := fn.Name()
	if recv := funcname.Receiver(fn); recv != "" {
		name = recv + "." + name
	}
	if fn.Pkg() == nil {
		return name
	}
	return fn.Pkg().Path() + "." + name
}

// splitFuncName is the inverse of FuncName.
func splitFuncName(s string) (pkg, recv, name string) {
	fp, ok := parseFuncName(s)
	if !ok {
		return "", "", s
	}
	return fp.Package.Text, fp.Receiver.Text, fp.Method.Text
}
