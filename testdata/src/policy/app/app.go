package app

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/openai/openai-go/v3"
	"policy/llmgw"
	"policy/privacy"
	"policy/userpb"
)

type Scan struct {
	ID          string
	Fingerprint []byte
}

func configSource(ctx context.Context, c *llmgw.Client, u *userpb.User) {
	c.Ask(ctx, "gpt", "hello "+u.Email) // want `pii data \(User.Email\) reaches an AI service \(llmgw Client.Ask\)`
	c.Ask(ctx, "gpt", "hello "+u.Id)
	c.Ask(ctx, u.Email, "model name is not a payload") // args: [2] only
	c.Ping(ctx, u.Email)                               // Ping is not a sink
}

func wholeType(ctx context.Context, c *llmgw.Client, a userpb.Address) {
	c.Ask(ctx, "gpt", a.City) // want `location data \(Address.City\)`
}

func tagSource(u *userpb.User) {
	http.Post("https://example.org", "text/plain", strings.NewReader(u.Password)) // want `credential data \(User.Password\) reaches an HTTP request`
}

func functionSource(ctx context.Context, c *llmgw.Client) {
	c.Ask(ctx, "gpt", userpb.LoadNotes("42")) // want `purchase data \(userpb.LoadNotes\)`
}

func declaredCategory(ctx context.Context, c *llmgw.Client, s Scan) {
	c.Ask(ctx, "gpt", string(s.Fingerprint)) // want `biometric data \(Scan.Fingerprint\)`
}

func sanitizers(ctx context.Context, c *llmgw.Client, u *userpb.User) {
	c.Ask(ctx, "gpt", privacy.MaskPhone(u.Phone))
	c.Ask(ctx, "gpt", privacy.MaskAll(u.Password))
	c.Ask(ctx, "gpt", privacy.MaskPhone(u.Password)) // want `credential data \(User.Password\)`
	phone := u.Phone
	c.Ask(ctx, "gpt", phone) // want `pii data \(User.Phone\)`
	privacy.ScrubPhone(&phone)
	c.Ask(ctx, "gpt", phone)
}

func allowedHost(u *userpb.User) {
	http.Post("https://api.example.com/v1/users", "text/plain", strings.NewReader(u.Email))
	http.Post("https://billing.internal.example.com/x", "text/plain", strings.NewReader(u.Email))
	http.Post("https://api.example.org/v1/users", "text/plain", strings.NewReader(u.Email))    // want `pii data \(User.Email\)`
	http.Post("https://api.example.com/v1/users", "text/plain", strings.NewReader(u.Password)) // want `credential data \(User.Password\)`
}

func debugDump(u *userpb.User) {
	http.Post("https://example.org", "text/plain", strings.NewReader(u.Email))
}

type Order struct {
	Card  string `privet:"payment"`
	Email string `privet:"pii"`
}

// allowedFamily: payment data may reach the openai family by policy; pii
// in the same call is still reported, with only pii in the message.
func allowedFamily(ctx context.Context, o Order) {
	client := openai.NewClient()
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("card " + o.Card)},
	})
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{ // want `^pii data \(Order\) reaches an AI service`
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(fmt.Sprint(o))},
	})
}
