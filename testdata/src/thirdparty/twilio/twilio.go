// Package twilio shows flows into github.com/twilio/twilio-go: params
// filled by setters, sent by the generated services.
package twilio

import (
	"github.com/twilio/twilio-go"
	api "github.com/twilio/twilio-go/rest/api/v2010"
	verify "github.com/twilio/twilio-go/rest/verify/v2"
)

type Customer struct {
	Email string `privet:"pii"`
	Phone string `privet:"pii"`
	Card  string `privet:"payment"`
	ID    string
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

// SMS texts the card's last digits to the customer's phone.
func SMS(c Customer) error {
	client := twilio.NewRestClient()
	params := &api.CreateMessageParams{}
	params.SetTo(c.Phone)
	params.SetFrom("+15550000000")
	params.SetBody("Your card " + c.Card + " was charged")
	_, err := client.Api.CreateMessage(params) // want `pii,payment data \(Customer.Card, Customer.Phone\) reaches a messaging service \(twilio Api.CreateMessage\) without an approved sanitizer`
	return err
}

// Verify starts an e-mail verification.
func Verify(client *twilio.RestClient, c Customer) {
	params := &verify.CreateVerificationParams{}
	params.SetTo(c.Email).SetChannel("email")
	client.VerifyV2.CreateVerification("VA000", params) // want `pii data \(Customer.Email\) reaches a messaging service \(twilio VerifyV2.CreateVerification\) without an approved sanitizer`
}

// SMSClean texts a fixed message to a fixed number.
func SMSClean(client *twilio.RestClient, c Customer) {
	params := &api.CreateMessageParams{}
	params.SetTo("+15550000001")
	params.SetBody("Order " + c.ID + " shipped")
	client.Api.CreateMessage(params)
}
