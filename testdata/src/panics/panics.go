// Package panics shows panic as a sink: its policy enables it.
package panics

import "fmt"

type Customer struct {
	ID    string
	Email string `privet:"pii"`
}

func direct(c *Customer) {
	if c.ID == "" {
		panic("no id for " + c.Email) // want `pii data \(Customer.Email\) reaches a crash report \(panic\) without an approved sanitizer`
	}
	panic(c.ID)
}

func goAndDefer(c *Customer) {
	defer panic(fmt.Sprint(c.Email)) // want `pii data \(Customer.Email\) reaches a crash report \(panic\)`
	go panic(c.Email)                // want `pii data \(Customer.Email\) reaches a crash report \(panic\)`
}

// A helper that panics with its argument: reported where the customer's
// data is passed.
func fail(msg string) { panic(msg) }

func viaHelper(c *Customer) {
	fail(c.Email) // want `pii data \(Customer.Email\) reaches a crash report \(panic\)`
	fail(c.ID)
}
