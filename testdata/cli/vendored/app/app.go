// Package app hashes a customer's address before sending it, once with a
// helper of its own module and once with a dependency's.
package app

import (
	"crypto/sha256"
	"encoding/hex"

	"example.com/hashlib"
)

type Customer struct {
	Email string `privet:"pii"`
}

// Send sends text to a model.
//
//privet:sink ai
func Send(text string) {}

// digest is the module's own hashing helper: its summary says the
// result is clean.
func digest(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

func Own(c *Customer) { Send(digest(c.Email)) }

// Dependency's hashing helper: hashlib is not analysed (a dependency
// whose only relevant call is a built-in sanitizer), so Digest passes
// its argument through and this is reported: a false report the policy
// removes with a sanitizer rule for hashlib.Digest.
func Dependency(c *Customer) { Send(hashlib.Digest(c.Email)) }
