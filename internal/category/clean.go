package category

import "strings"

// A cleaning says what a sanitizer (or a chain of them) does to the
// categories of a value. It is a Set whose names are:
//
//   - "c": category c is removed;
//   - "c~F": c stays on the value, marked as sanitized by the function F
//     (Sanitized): the policy must know which sanitizer cleaned c (a deny
//     rule, which no sanitizer lifts, or a require rule, for which only
//     some do), so the decision is left to the report;
//   - "*" and "*~F": the same for every category the cleaning does not
//     name (a sanitizer for all categories).
//
// A cleaning of plain names only is a plain set difference, as it always
// was; marks appear only when the policy has deny or require rules.

// Any stands for every category in a cleaning.
const Any = "*"

// Sanitized is the name of category c sanitized by the function by.
func Sanitized(c, by string) string { return c + "~" + by }

// Split returns the category of a name and the sanitizer that cleaned
// it, "" when none did.
func Split(name string) (c, by string) {
	c, by, _ = strings.Cut(name, "~")
	return c, by
}

// Marked reports whether a set holds a marked category or a wildcard:
// then Clean and Then must be used instead of Minus and Union.
func (s Set) Marked() bool {
	for _, n := range s {
		if n == Any || strings.Contains(n, "~") {
			return true
		}
	}
	return false
}

// rule returns what a cleaning does to category c: remove (ok, by ""),
// mark with by (ok), or nothing (!ok). A name for c wins over a wildcard.
func (s Set) rule(c string) (by string, ok bool) {
	wild, wildOK := "", false
	for _, n := range s {
		b, f := Split(n)
		switch b {
		case c:
			return f, true
		case Any:
			wild, wildOK = f, true
		}
	}
	return wild, wildOK
}

// Clean applies a cleaning to the categories of a value. A category
// sanitized before is sanitized again by its base name: the last
// sanitizer is the one that counts.
func (s Set) Clean(clean Set) Set {
	if !clean.Marked() && !s.Marked() {
		return s.Minus(clean)
	}
	var out []string
	for _, n := range s {
		c, _ := Split(n)
		by, ok := clean.rule(c)
		switch {
		case !ok:
			out = append(out, n)
		case by != "":
			out = append(out, Sanitized(c, by))
		}
	}
	return Of(out...)
}

// Then returns the cleaning of s followed by next (what a parameter
// goes through: the callee's sanitizers, then the caller's), such that
// x.Clean(s.Then(next)) == x.Clean(s).Clean(next). A category s removes
// stays removed; otherwise next's rule for it replaces s's.
func (s Set) Then(next Set) Set {
	if !s.Marked() && !next.Marked() {
		return s.Union(next)
	}
	bases := map[string]bool{Any: true}
	for _, n := range append(append([]string(nil), s...), next...) {
		c, _ := Split(n)
		bases[c] = true
	}
	var out []string
	for c := range bases {
		r1, ok1 := s.rule(c)
		switch r2, ok2 := next.rule(c); {
		case ok1 && r1 == "":
			out = append(out, c)
		case ok2:
			out = append(out, mark(c, r2))
		case ok1:
			out = append(out, mark(c, r1))
		}
	}
	return Of(out...)
}

// mark is c removed (by "") or c marked by by.
func mark(c, by string) string {
	if by == "" {
		return c
	}
	return Sanitized(c, by)
}
