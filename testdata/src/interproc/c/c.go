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
