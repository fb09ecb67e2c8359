// Package interfaces shows sinks reached through interface methods.
package interfaces

type Customer struct {
	ID    string
	Email string `privet:"pii"`
}

// Assistant is an interface whose method is declared a sink.
type Assistant interface {
	//privet:sink ai
	Ask(prompt string) string
}

func viaAnnotatedInterface(a Assistant, c *Customer) {
	a.Ask("summarise " + c.Email) // want `pii data \(Customer.Email\) reaches an AI service \(interfaces Assistant.Ask\)`
	a.Ask(c.ID)
}

// Notifier is a plain interface; one implementation in scope sends.
type Notifier interface {
	Notify(msg string)
}

type llmNotifier struct{ a Assistant }

func (n llmNotifier) Notify(msg string) { n.a.Ask(msg) }

func viaImplementation(n Notifier, c *Customer) {
	n.Notify(c.Email) // want `pii data \(Customer.Email\) reaches an AI service \(interfaces Assistant.Ask\)`
}

type Stringer interface{ String() string }

type person struct{ c *Customer }

func (p person) String() string { return p.c.Email }

func resultThroughInterface(s Stringer, a Assistant) {
	a.Ask(s.String())
}

func concreteResult(c *Customer, a Assistant) {
	p := person{c}
	a.Ask(p.String()) // want `pii data \(Customer.Email\)`
}
