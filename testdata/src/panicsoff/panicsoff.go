// Package panicsoff: without enable: [panic], a panic is no sink.
package panicsoff

type Customer struct {
	Email string `privet:"pii"`
}

func direct(c *Customer) {
	panic(c.Email)
}
