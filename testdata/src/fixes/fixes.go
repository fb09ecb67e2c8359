package fixes

import (
	"fmt"
	"interproc/a"
	"net/http"
	"strings"
)

type Customer struct {
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
}

//privet:sink ai
func Send(s string) {}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

//privet:sanitizer
func Redact(s string) string { return "" }

func direct(c *Customer) {
	Send(strings.ToUpper(c.Email)) // want `pii data \(Customer.Email\)`
	Send(c.Card)                   // want `payment data \(Customer.Card\)`
}

func helper(s string) { Send(s) }

func viaHelper(c *Customer) {
	helper(c.Email) // want `pii data \(Customer.Email\)`
}

func noSingleArg(c *Customer, u *a.Customer) {
	Send(a.EmailOf(u)) // want `pii data \(Customer.Email\)`
}

// The read of the source inside the argument is what gets wrapped: the
// argument is a reader, or a prompt that must stay readable.
func inside(c *Customer) {
	http.Post("https://example.org", "text/plain", strings.NewReader(c.Email)) // want `pii data \(Customer.Email\)`
	Send(fmt.Sprintf("the customer %s asks", c.Email))                         // want `pii data \(Customer.Email\)`
}
