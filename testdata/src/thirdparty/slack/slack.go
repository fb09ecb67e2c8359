// Package slack shows flows into github.com/slack-go/slack: message
// options, uploads and incoming webhooks.
package slack

import (
	"context"
	"strings"

	"github.com/slack-go/slack"
)

type Customer struct {
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
	ID    string
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

// Notify posts the address to a channel.
func Notify(api *slack.Client, c Customer) error {
	_, _, err := api.PostMessage("C0SUPPORT", slack.MsgOptionText("New signup: "+c.Email, false)) // want `pii data \(Customer.Email\) reaches a messaging service \(slack PostMessage\) without an approved sanitizer`
	return err
}

// Attachment posts the card in an attachment, with a context.
func Attachment(ctx context.Context, c Customer) {
	api := slack.New("xoxb-token")
	att := slack.Attachment{Title: "Declined", Text: "card " + c.Card}
	api.PostMessageContext(ctx, "C0BILLING", slack.MsgOptionAttachments(att)) // want `payment data \(Customer.Card\) reaches a messaging service \(slack PostMessageContext\) without an approved sanitizer`
}

// Webhook posts to an incoming webhook.
func Webhook(c Customer) error {
	return slack.PostWebhook("https://hooks.slack.com/services/T0/B0/x", &slack.WebhookMessage{Text: "refund for " + c.Email}) // want `pii data \(Customer.Email\) reaches a messaging service \(slack PostWebhook\) without an approved sanitizer`
}

// Upload uploads a report that contains the address.
func Upload(api *slack.Client, c Customer) {
	api.UploadFile(slack.UploadFileParameters{Reader: strings.NewReader("customer " + c.Email), Filename: "report.txt", Channel: "C0SUPPORT"}) // want `pii data \(Customer.Email\) reaches a messaging service \(slack UploadFile\) without an approved sanitizer`
}

// NotifyClean posts the ID and the masked address.
func NotifyClean(api *slack.Client, c Customer) {
	api.PostMessage("C0SUPPORT", slack.MsgOptionText("New signup: "+c.ID+" "+MaskEmail(c.Email), false))
}
