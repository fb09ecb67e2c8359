// Package fasthttp holds a flow into github.com/valyala/fasthttp that the
// engine misses (issue 7): TestThirdPartyKnownMisses is skipped until it
// learns it; thirdparty/fasthttp has the same case without the want.
package fasthttp

import "github.com/valyala/fasthttp"

type Customer struct {
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
	ID    string
}

// PostArgs fills the form body through the *Args that req.PostArgs()
// returns, a pointer into req. Calls into catalog modules are modelled
// conservatively, and a method result whose type differs from the
// receiver's is a fresh value, not an alias of the receiver's memory: the
// Set stores into that fresh value and req stays clean.
func PostArgs(c Customer) error {
	req := fasthttp.AcquireRequest()
	req.SetRequestURI("https://example.org/customers")
	req.PostArgs().Set("email", c.Email)
	return fasthttp.Do(req, nil) // want `pii data \(Customer.Email\) reaches an HTTP request \(fasthttp Do\) without an approved sanitizer`
}
