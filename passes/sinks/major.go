package sinks

import (
	"strconv"
	"strings"
)

// A family names its modules without the major version suffix
// ("github.com/stripe/stripe-go", "gopkg.in/segmentio/analytics-go") and
// its entries by import paths without it ("github.com/stripe/stripe-go/customer"),
// so that a new major of an SDK is covered the day it is published: the
// catalog would otherwise rot one major at a time (stripe-go ships one a
// few months apart). A package path is matched by taking the suffix out:
// the element right after a module root that reads vN (N >= 2), or the
// ".vN" that gopkg.in puts on the root's last element.

// roots is the set of module roots of the families indexed.
type roots map[string]bool

// split takes the major suffix out of a package path: the module root it
// belongs to ("" when none of the catalog's), the path without the suffix,
// and the major (1 without suffix; 0 outside the catalog). Only the element
// right after the root counts, so cohere-go/v2/v2 (package v2 of major 2)
// is cohere-go/v2 at major 2.
func (r roots) split(path string) (root, base string, major int) {
	for i := 0; i <= len(path); i++ {
		if i < len(path) && path[i] != '/' {
			continue
		}
		prefix := path[:i]
		if r[prefix] {
			if n, tail, ok := majorElem(path[i:]); ok {
				return prefix, prefix + tail, n
			}
			return prefix, path, 1
		}
		if g, n, ok := gopkgMajor(prefix); ok && r[g] {
			return g, g + path[i:], n
		}
	}
	return "", path, 0
}

// majorElem reads "/vN" (N >= 2) at the start of rest, followed by the
// end or a slash, and returns N and what follows it.
func majorElem(rest string) (int, string, bool) {
	if !strings.HasPrefix(rest, "/v") {
		return 0, "", false
	}
	end := strings.IndexByte(rest[1:], '/') + 1
	if end == 0 {
		end = len(rest)
	}
	n, ok := majorNumber(rest[2:end])
	if !ok || n < 2 {
		return 0, "", false
	}
	return n, rest[end:], true
}

// gopkgMajor reads a gopkg.in path ending in ".vN" ("gopkg.in/x/y.v3") and
// returns it without the suffix and N.
func gopkgMajor(prefix string) (string, int, bool) {
	if !strings.HasPrefix(prefix, "gopkg.in/") {
		return "", 0, false
	}
	dot := strings.LastIndex(prefix, ".v")
	if dot < 0 || strings.Contains(prefix[dot:], "/") {
		return "", 0, false
	}
	n, ok := majorNumber(prefix[dot+2:])
	if !ok {
		return "", 0, false
	}
	return prefix[:dot], n, true
}

// majorNumber parses the digits of a major version: no sign, no leading
// zero.
func majorNumber(s string) (int, bool) {
	if s == "" || s[0] == '0' || strings.TrimLeft(s, "0123456789") != "" {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// Versioned is the import path of package base (a catalog path, without
// the major suffix) in major n of module root: what a user imports.
func Versioned(root, base string, n int) string {
	rest := strings.TrimPrefix(base, root)
	switch {
	case strings.HasPrefix(root, "gopkg.in/"):
		return root + ".v" + strconv.Itoa(n) + rest
	case n <= 1:
		return base
	}
	return root + "/v" + strconv.Itoa(n) + rest
}

// Unversioned reports whether a module root is written without a major
// suffix, as Family.Modules requires.
func Unversioned(root string) bool {
	if i := strings.LastIndexByte(root, '/'); i >= 0 {
		if _, _, ok := majorElem(root[i:]); ok {
			return false
		}
	}
	_, _, ok := gopkgMajor(root)
	return !ok
}
