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
	Name  string `privet:"pii"`
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

// The read is in another package: no edit here keeps the program right
// (wrapping the argument would mask whatever was built around the
// value), so there is no fix.
func readElsewhere(u *a.Customer) {
	Send(a.EmailOf(u)) // want `pii data \(Customer.Email\)`
}

func prompt(subject, contact string) string { return subject + "\n" + contact }

// The read is wrapped where the value enters the flow, not the prompt
// built around it at the sending call.
func builtBefore(c *Customer) {
	p := prompt("export broken", c.Email)
	Send(p) // want `pii data \(Customer.Email\)`
}

// The read is in another function of the package.
func contact(c *Customer) string { return c.Email }

func readInHelper(c *Customer) {
	Send(prompt("export broken", contact(c))) // want `pii data \(Customer.Email\)`
}

// The read of the source inside the argument is what gets wrapped: the
// argument is a reader, or a prompt that must stay readable.
func inside(c *Customer) {
	http.Post("https://example.org", "text/plain", strings.NewReader(c.Email)) // want `pii data \(Customer.Email\)`
	Send(fmt.Sprintf("the customer %s asks", c.Email))                         // want `pii data \(Customer.Email\)`
}

// The read is an address taken: wrapping it would not compile, so there
// is no fix.
func addressOf(c *Customer) {
	p := &c.Email
	Send(*p) // want `pii data \(Customer.Email\)`
}

// MaskEmail is for addresses: a name gets the sanitizer for everything.
func name(c *Customer) {
	Send(c.Name) // want `pii data \(Customer.Name\)`
}

// Two sources into one call: one report, whose fix wraps both reads.
func twoSources(c *Customer) {
	Send(c.Email + c.Name) // want `pii data \(Customer.Email, Customer.Name\)`
}
