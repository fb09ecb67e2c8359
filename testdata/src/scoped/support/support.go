// Package support sends the same flows as billing, from a package the
// allow rule for Stripe does not name: still reported. Only Reply and
// Desk.Answer may send pii to OpenAI.
package support

import (
	"context"
	"net/http"
	"strings"

	"github.com/openai/openai-go/v3"
	"github.com/stripe/stripe-go/v84"

	"scoped/model"
)

func Refund(ctx context.Context, sc *stripe.Client, c model.Customer) {
	sc.V1PaymentIntents.Create(ctx, &stripe.PaymentIntentCreateParams{PaymentMethod: stripe.String(c.Card)}) // want `^payment data \(Customer.Card\) reaches a payment processor \(stripe V1PaymentIntents.Create\) without an approved sanitizer$`
}

func ask(ctx context.Context, s string) {
	client := openai.NewClient()
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(s)},
	})
}

// Reply is named by the allow rule: the report would be here, at the call
// that passes the value to ask.
func Reply(ctx context.Context, c model.Customer) {
	ask(ctx, "hello "+c.Email)
}

type Desk struct{}

func (Desk) Answer(ctx context.Context, c model.Customer) {
	ask(ctx, "hello "+c.Email)
}

func Other(ctx context.Context, c model.Customer) {
	ask(ctx, "hello "+c.Email) // want `^pii data \(Customer.Email\) reaches an AI service`
}

// Track: denied from this package, whatever the allow rules say.
func Track(c model.Customer) {
	http.Post("https://x.tracker.example/e", "text/plain", strings.NewReader(c.Email)) // want `^pii data \(Customer.Email\) reaches an HTTP request \(http.Post\), which the policy denies: the tracker is not under contract \(.privet.yml:18\)$`
}

func TrackOther(c model.Customer) {
	http.Post("https://x.tracker.example/e", "text/plain", strings.NewReader(c.ID))
}
