// Package sanitizers shows what sanitizers clean and what they do not.
package sanitizers

import (
	"crypto/sha256"
	"fmt"
)

type Customer struct {
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
}

//privet:sink ai
func Send(payload string) {}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

//privet:sanitizer
func Redact(s string) string { return "[redacted]" }

func clean(c *Customer) {
	Send(MaskEmail(c.Email))
	Send(Redact(c.Card))
	Send(fmt.Sprintf("%x", sha256.Sum256([]byte(c.Email))))
}

func otherCategory(c *Customer) {
	Send(MaskEmail(c.Card)) // want `payment data \(Customer.Card\)`
}

func onePathOnly(c *Customer, ok bool) {
	s := c.Email
	if ok {
		s = MaskEmail(s)
	}
	Send(s) // want `pii data \(Customer.Email\)`
}

func originalAfterSanitizing(c *Customer) {
	masked := MaskEmail(c.Email)
	_ = masked
	Send(c.Email) // want `pii data \(Customer.Email\)`
}

// sanitizingHelper cleans inside: its callers are clean too.
func sanitizingHelper(c *Customer) string { return MaskEmail(c.Email) }

func viaSanitizingHelper(c *Customer) {
	Send(sanitizingHelper(c))
}
