// Package knownmiss holds flows privet does not follow yet. Each want
// states the finding a complete analysis would report; TestKnownMisses is
// skipped with the issue reference until the engine learns them.
package knownmiss

import "knownmiss/service"

//privet:sink ai
func Send(s string) {}

// A function handed to another package's constructor, kept in an
// unexported field and called by a method there: the constructor's
// package does not know the function, and the caller does not see the
// field being set (issue #3).
func injectedAcrossPackages(c *service.Customer) {
	s := service.New(Send)
	s.Notify(c) // want `pii data \(Customer.Email\)`
}
