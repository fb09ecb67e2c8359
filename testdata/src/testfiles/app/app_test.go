package app

import (
	"net/http"
	"strings"
	"testing"
)

// A test double posting fixture data: not reported unless tests are
// asked for (-privet.tests, or tests: true in the policy).
func TestNotify(t *testing.T) {
	c := Customer{Email: "ada@example.com"}
	http.Post("https://hooks.example.com/x", "text/plain", strings.NewReader(c.Email))
}

type postingMailer struct{}

func (postingMailer) Mail(to string) {
	http.Post("https://hooks.example.com/mail", "text/plain", strings.NewReader(to))
}
