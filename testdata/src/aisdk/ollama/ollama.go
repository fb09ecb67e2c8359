// Package ollama shows flows into the Ollama client
// (github.com/ollama/ollama/api), here talking to a remote host.
package ollama

import (
	"context"
	"net/http"
	"net/url"

	"github.com/ollama/ollama/api"
)

type Customer struct {
	ID    string
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

func remote() *api.Client {
	base, _ := url.Parse("https://ollama.com")
	return api.NewClient(base, http.DefaultClient)
}

// Chat sends the address in a chat message.
func Chat(ctx context.Context, c Customer) error {
	client := remote()
	stream := false
	req := &api.ChatRequest{
		Model:    "llama3.2",
		Messages: []api.Message{{Role: "user", Content: "Draft a reply to " + c.Email}},
		Stream:   &stream,
	}
	return client.Chat(ctx, req, func(resp api.ChatResponse) error { return nil }) // want `pii data \(Customer.Email\) reaches an AI service \(ollama Chat\) without an approved sanitizer`
}

// ChatClean sends the ID and the masked address.
func ChatClean(ctx context.Context, c Customer) error {
	client := remote()
	req := &api.ChatRequest{
		Model:    "llama3.2",
		Messages: []api.Message{{Role: "user", Content: "Draft a reply to " + c.ID + " " + MaskEmail(c.Email)}},
	}
	return client.Chat(ctx, req, func(resp api.ChatResponse) error { return nil })
}

// Generate puts the card number in the system prompt.
func Generate(ctx context.Context, c Customer) {
	client := remote()
	req := &api.GenerateRequest{Model: "llama3.2", Prompt: "Is my card fine?"}
	req.System = "The customer's card is " + c.Card
	client.Generate(ctx, req, func(api.GenerateResponse) error { return nil }) // want `payment data \(Customer.Card\) reaches an AI service \(ollama Generate\) without an approved sanitizer`
}

// Embed sends the address to the embedding endpoint.
func Embed(ctx context.Context, c Customer) (*api.EmbedResponse, error) {
	client, err := api.ClientFromEnvironment()
	if err != nil {
		return nil, err
	}
	return client.Embed(ctx, &api.EmbedRequest{Model: "nomic-embed-text", Input: []string{c.Email}}) // want `pii data \(Customer.Email\) reaches an AI service \(ollama Embed\) without an approved sanitizer`
}
