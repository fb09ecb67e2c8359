package a // want package:"analyzed"

// Package a holds the sensitive data.

type Customer struct {
	ID    string
	Email string `privet:"pii"`
}

// Load returns a customer; the data in it is sensitive by its tags.
func Load(id string) *Customer { // want Load:`p0->r0`
	return &Customer{ID: id}
}

// EmailOf returns sensitive data from a source read inside.
func EmailOf(c *Customer) string { // want EmailOf:`src\(Customer.Email:pii\)->r0 p0/f1->r0`
	return c.Email
}

// Constant drops its argument; its package is analysed, so callers know.
func Constant(s string) string { return "nothing of s" }
