// Package bugsnag shows flows into github.com/bugsnag/bugsnag-go (v1 and v2).
package bugsnag

import (
	"errors"

	"github.com/bugsnag/bugsnag-go"
	bugsnagv2 "github.com/bugsnag/bugsnag-go/v2"
)

type Customer struct {
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
	ID    string
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

// Notify attaches the user to the report.
func Notify(err error, c Customer) {
	bugsnag.Notify(err, bugsnag.User{Id: c.ID, Email: c.Email}) // want `pii data \(Customer.Email\) reaches an error monitoring service \(bugsnag Notify\) without an approved sanitizer`
}

// MetaData attaches the card as metadata (v2).
func MetaData(c Customer) {
	md := bugsnagv2.MetaData{}
	md.Add("payment", "card", c.Card)
	bugsnagv2.Notify(errors.New("declined"), md) // want `payment data \(Customer.Card\) reaches an error monitoring service \(bugsnag Notify\) without an approved sanitizer`
}

// NotifyClean attaches the ID only.
func NotifyClean(err error, c Customer) {
	bugsnag.Notify(err, bugsnag.User{Id: c.ID, Email: MaskEmail(c.Email)})
}
