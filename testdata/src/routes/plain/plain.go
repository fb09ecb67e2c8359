// Package plain moves strings around and can neither hold customer data
// nor send it: the taint pass takes the fast path and builds no SSA.
package plain

import "strings"

func Shout(s string) string { return strings.ToUpper(s) + "!" }
