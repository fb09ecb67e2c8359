// Package generics shows taint through generic functions and types.
package generics

type Customer struct {
	ID    string
	Email string `privet:"pii"`
}

//privet:sink ai
func Send(payload any) {}

func Identity[T any](v T) T { return v }

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

func instantiated(c *Customer) {
	Send(Identity(c.Email)) // want `pii data \(Customer.Email\)`
	Send(Identity(c.ID))
	b := Box[string]{V: c.Email}
	Send(b.Get()) // want `pii data \(Customer.Email\)`
}

func SendAll[T any](vs []T) {
	for _, v := range vs {
		Send(v)
	}
}

func genericBody(c *Customer) {
	SendAll([]string{c.Email}) // want `pii data \(Customer.Email\)`
}
