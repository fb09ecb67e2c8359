// Package billing charges cards through a payment gateway and reports
// failures to Sentry.
package billing

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"example.com/shop/model"
)

const gateway = "https://payments.example-gateway.com/v1/charges"
const sentry = "https://o1.ingest.sentry.io/api/1/store/"

// Charge sends the card to the gateway.
func Charge(o *model.Order) error {
	form := url.Values{"number": {o.Card.CardNumber}, "exp": {o.Card.Expiry}, "amount": {fmt.Sprint(o.Total)}}
	_, err := http.PostForm(gateway, form) // leak: CardNumber, Expiry
	return err
}

// Failed reports a failed charge with the card's last four digits only.
func Failed(o *model.Order, err error) {
	msg := fmt.Sprintf("charge %s failed (%s ending %s): %v", o.ID, o.Card.Brand, o.Card.Last4, err)
	http.Post(sentry, "application/json", strings.NewReader(msg))
}

// Dump reports the whole order on a panic.
func Dump(o *model.Order) {
	http.Post(sentry, "application/json", strings.NewReader(fmt.Sprintf("%+v", *o))) // leak: Order as a whole (card)
}
