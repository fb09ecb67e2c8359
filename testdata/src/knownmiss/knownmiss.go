// Package knownmiss holds flows privet does not follow yet. Each want
// states the finding a complete analysis would report; TestKnownMisses is
// skipped with the issue reference until the engine learns them.
package knownmiss

type Customer struct {
	Email string `privet:"pii"`
}

//privet:sink ai
func Send(s string) {}

type handler struct{ send func(string) }

// Function values stored in fields are not resolved (issue #3).
func viaField(c *Customer) {
	h := handler{send: Send}
	h.send(c.Email) // want `pii data \(Customer.Email\)`
}
