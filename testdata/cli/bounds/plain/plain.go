// Package plain holds no sensitive data and calls no sink: it takes the
// fast path (privet -v counts it).
package plain

import "strings"

func Shout(s string) string { return strings.ToUpper(s) + "!" }
