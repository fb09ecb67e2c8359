// Package knownmiss holds flows privet does not follow yet. Each want
// states the finding a complete analysis would report; TestKnownMisses is
// skipped with the issue reference until the engine learns them.
package knownmiss

import "knownmiss/hooks"

//privet:sink ai
func Send(s string) {}

// A function assigned to another package's variable and called there:
// the variable's package does not know the function, and this package
// does not see the call (issue #3).
func hookAcrossPackages(c *hooks.Customer) {
	hooks.OnMessage = Send
	hooks.Fire(c) // want `pii data \(Customer.Email\)`
}
