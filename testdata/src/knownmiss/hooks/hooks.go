// Package hooks calls a function that its importers set.
package hooks

type Customer struct {
	Email string `privet:"pii"`
}

// OnMessage is set by importers.
var OnMessage = func(string) {}

func Fire(c *Customer) { OnMessage(c.Email) }
