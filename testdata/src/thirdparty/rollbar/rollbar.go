// Package rollbar shows flows into github.com/rollbar/rollbar-go.
package rollbar

import (
	"errors"
	"fmt"

	"github.com/rollbar/rollbar-go"
)

type Customer struct {
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
	ID    string
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

// Person identifies the user of later items.
func Person(c Customer) {
	rollbar.SetPerson(c.ID, "customer", c.Email) // want `pii data \(Customer.Email\) reaches an error monitoring service \(rollbar SetPerson\) without an approved sanitizer`
}

// Report sends an error and extras.
func Report(c Customer) {
	rollbar.Error(fmt.Errorf("declined card %s", c.Card))                                                  // want `payment data \(Customer.Card\) reaches an error monitoring service \(rollbar Error\) without an approved sanitizer`
	rollbar.ErrorWithExtras(rollbar.ERR, errors.New("declined"), map[string]interface{}{"email": c.Email}) // want `pii data \(Customer.Email\) reaches an error monitoring service \(rollbar ErrorWithExtras\) without an approved sanitizer`
}

// Client uses a client of its own.
func Client(c Customer) {
	client := rollbar.New("token", "production", "v1", "host", "/")
	client.Message(rollbar.INFO, "refund to "+c.Email) // want `pii data \(Customer.Email\) reaches an error monitoring service \(rollbar Client.Message\) without an approved sanitizer`
}

// ReportClean reports the ID.
func ReportClean(c Customer) {
	rollbar.Error(errors.New("declined for " + c.ID))
	rollbar.SetPerson(c.ID, "customer", MaskEmail(c.Email))
}
