// Package broken does not type-check.
package broken

// Answer returns the answer.
func Answer() int { return "forty-two" }
