// Package closures shows taint through closures, goroutines, method values
// and defers.
package closures

type Customer struct {
	ID    string
	Email string `privet:"pii"`
}

//privet:sink ai
func Send(payload string) {}

func freeVariable(c *Customer) {
	e := c.Email
	f := func() {
		Send(e) // want `pii data \(Customer.Email\) reaches an AI service \(closures Send\)`
	}
	f()
}

func parameter(c *Customer) {
	f := func(s string) { Send(s) }
	f(c.Email) // want `pii data \(Customer.Email\)`
}

func goroutine(c *Customer) {
	go func() {
		Send(c.Email) // want `pii data \(Customer.Email\)`
	}()
	go Send(c.Email) // want `pii data \(Customer.Email\)`
}

func capturedWrite(c *Customer) {
	var s string
	func() { s = c.Email }()
	Send(s) // want `pii data \(Customer.Email\)`
}

func cleanClosure(c *Customer) {
	id := c.ID
	func() { Send(id) }()
}

type Client struct{}

//privet:sink ai
func (Client) Ask(prompt string) {}

func methodValue(c *Customer, cl Client) {
	ask := cl.Ask
	ask(c.Email) // want `pii data \(Customer.Email\) reaches an AI service \(closures Client.Ask\)`
}

func deferred(c *Customer) {
	defer Send(c.Email) // want `pii data \(Customer.Email\)`
}

func returnsClosure(c *Customer) func() string {
	return func() string { return c.Email }
}
