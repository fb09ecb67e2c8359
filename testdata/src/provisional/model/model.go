// Package model declares a customer nobody has annotated.
package model

type Customer struct {
	Name        string
	Email       string
	HomeAddress string
	Tier        string
}

// Contact returns the customer's e-mail: its summary carries the
// provisional source to callers in other packages.
func (c *Customer) Contact() string { return c.Email }
