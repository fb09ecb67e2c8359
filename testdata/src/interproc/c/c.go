// Package c sends.
package c

import (
	"interproc/a"
	"interproc/b"
	"net/http"
	"strings"
)

func Post(body string) {
	http.Post("https://example.org/notes", "text/plain", strings.NewReader(body))
}

func leakThroughChain(id string) {
	c := a.Load(id)
	Post(b.Wrap(c.Email)) // want `pii data \(Customer.Email\) reaches an HTTP request \(http.Post\)`
}

func leakThroughSourceFunc(id string) {
	c := a.Load(id)
	Post(a.EmailOf(c)) // want `pii data \(Customer.Email\)`
}

func clean(id string) {
	c := a.Load(id)
	Post(b.Wrap(c.ID))
	Post(a.Constant(c.Email))
}

func leakThroughCallback(id string) {
	c := a.Load(id)
	a.Notify(c, Post)                   // want `pii data \(Customer.Email\) reaches an HTTP request \(http.Post\)`
	a.Each([]string{c.Email, id}, Post) // want `pii data \(Customer.Email\)`
	a.Each([]string{id}, Post)
	a.Notify(c, func(string) {})
}

func leakThroughHook(id string) {
	h := &a.Hooks{OnMessage: Post}
	h.Fire(a.Load(id)) // want `pii data \(Customer.Email\) reaches an HTTP request \(http.Post\)`
}
