// Package app calls the sinks of policyargs/llm: only the rule that fits
// (Asker.Ask, argument 0) makes a sink; the out-of-range rules before it
// do not hide it.
package app

import "policyargs/llm"

type User struct {
	Email string `privet:"pii"`
}

func Greet(c *llm.Client, u *User, a llm.Asker) string {
	llm.Send(u.Email, u.Email, u.Email)
	a.Ask(u.Email) // want `pii data \(User.Email\) reaches an AI service \(llm Asker.Ask\)`
	return c.Ask("hi " + u.Email)
}
