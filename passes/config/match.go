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
	recv := funcname.Receiver(fn)
	if p.NoReceiver && recv != "" {
		return false
	}
	return p.Package.Match(fn.Pkg().Path()) && p.Receiver.Match(recv) && p.Method.Match(fn.Name())
}
