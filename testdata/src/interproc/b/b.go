package b // want package:"analyzed"

// Package b is a pass-through helper: no source, no sink.

import "fmt"

func Wrap(s string) string { // want Wrap:`p0->r0`
	return fmt.Sprintf("customer says: %s", s)
}

func Constant(s string) string { return "nothing of s" }
