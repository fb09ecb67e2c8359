// Package cohere shows flows into github.com/cohere-ai/cohere-go/v2, the
// v1 endpoints of client.Client and the v2 ones under client.V2.
package cohere

import (
	"context"

	cohere "github.com/cohere-ai/cohere-go/v2"
	cohereclient "github.com/cohere-ai/cohere-go/v2/client"
	"github.com/cohere-ai/cohere-go/v2/option"
)

type Customer struct {
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
	ID    string
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

// Chat uses the v1 chat endpoint.
func Chat(ctx context.Context, c Customer) (string, error) {
	client := cohereclient.NewClient(option.WithToken("key"))
	resp, err := client.Chat(ctx, &cohere.ChatRequest{Message: "Summarise the account of " + c.Email}) // want `pii data \(Customer.Email\) reaches an AI service \(cohere Chat\) without an approved sanitizer`
	if err != nil {
		return "", err
	}
	return resp.Text, nil
}

// ChatV2 sends a user message through the v2 client.
func ChatV2(ctx context.Context, client *cohereclient.Client, c Customer) {
	client.V2.Chat(ctx, &cohere.V2ChatRequest{ // want `payment data \(Customer.Card\) reaches an AI service \(cohere V2.Chat\) without an approved sanitizer`
		Model: "command-a-03-2025",
		Messages: cohere.ChatMessages{
			{Role: "user", User: &cohere.UserMessageV2{Content: &cohere.UserMessageV2Content{String: "Is card " + c.Card + " valid?"}}},
		},
	})
}

// Embed embeds the address.
func Embed(ctx context.Context, client *cohereclient.Client, c Customer) {
	client.V2.Embed(ctx, &cohere.V2EmbedRequest{Texts: []string{c.Email}, Model: "embed-v4.0", InputType: cohere.EmbedInputTypeSearchDocument}) // want `pii data \(Customer.Email\) reaches an AI service \(cohere V2.Embed\) without an approved sanitizer`
}

// ChatClean sends the ID and the masked address.
func ChatClean(ctx context.Context, client *cohereclient.Client, c Customer) {
	client.Chat(ctx, &cohere.ChatRequest{Message: c.ID + " " + MaskEmail(c.Email)})
}
