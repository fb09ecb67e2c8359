// Package category holds the data categories privet tracks and the small
// set type the passes use to carry them.
package category

import (
	"sort"
	"strings"
)

// The built-in categories. The policy file may declare more.
const (
	PII        = "pii"
	Payment    = "payment"
	Purchase   = "purchase"
	Location   = "location"
	Health     = "health"
	Credential = "credential"
)

// Builtin lists the built-in categories in documentation order.
var Builtin = []string{PII, Payment, Purchase, Location, Health, Credential}

// IsBuiltin reports whether name is a built-in category.
func IsBuiltin(name string) bool {
	for _, b := range Builtin {
		if b == name {
			return true
		}
	}
	return false
}

// Set is a sorted, duplicate-free list of category names. The zero value
// is the empty set. Sets are values: operations return new sets and never
// modify their operands, so a Set may be shared freely.
type Set []string

// Of returns the set of the given names.
func Of(names ...string) Set {
	if len(names) == 0 {
		return nil
	}
	s := append(Set(nil), names...)
	sort.Slice(s, func(i, j int) bool { return less(s[i], s[j]) })
	out := s[:0]
	for i, n := range s {
		if i == 0 || n != s[i-1] {
			out = append(out, n)
		}
	}
	return out
}

// Parse reads a comma- or space-separated list such as "pii,payment".
func Parse(list string) Set {
	return Of(strings.FieldsFunc(list, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' })...)
}

// less orders built-in categories in documentation order, then the others
// by name, so that messages read "pii,payment" rather than alphabetically.
func less(a, b string) bool {
	ra, rb := rank(a), rank(b)
	if ra != rb {
		return ra < rb
	}
	return a < b
}

func rank(name string) int {
	for i, b := range Builtin {
		if b == name {
			return i
		}
	}
	return len(Builtin)
}

// Empty reports whether the set has no element.
func (s Set) Empty() bool { return len(s) == 0 }

// Has reports whether name is in s.
func (s Set) Has(name string) bool {
	for _, n := range s {
		if n == name {
			return true
		}
	}
	return false
}

// Union returns s ∪ t.
func (s Set) Union(t Set) Set {
	if len(t) == 0 {
		return s
	}
	if len(s) == 0 {
		return t
	}
	return Of(append(append([]string(nil), s...), t...)...)
}

// Minus returns s \ t.
func (s Set) Minus(t Set) Set {
	if len(t) == 0 || len(s) == 0 {
		return s
	}
	var out Set
	for _, n := range s {
		if !t.Has(n) {
			out = append(out, n)
		}
	}
	return out
}

// Equal reports whether s and t hold the same names.
func (s Set) Equal(t Set) bool {
	if len(s) != len(t) {
		return false
	}
	for i := range s {
		if s[i] != t[i] {
			return false
		}
	}
	return true
}

// String joins the names with commas, the struct tag syntax.
func (s Set) String() string { return strings.Join(s, ",") }
