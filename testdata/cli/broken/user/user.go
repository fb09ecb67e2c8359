// Package user type-checks but imports a package that does not: it is not
// analysed.
package user

import "example.com/broken/broken"

// Twice doubles the answer.
func Twice() int { return 2 * broken.Answer() }
