// Package summarize asks a language model to summarize support tickets.
package summarize

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"github.com/openai/openai-go/v3"

	"example.com/support/customer"
	"example.com/support/privacy"
	"example.com/support/prompt"
)

// Summarizer calls the OpenAI chat completions API.
type Summarizer struct {
	client openai.Client
}

// New returns a Summarizer configured from the environment.
func New() *Summarizer {
	return &Summarizer{client: openai.NewClient()}
}

func (s *Summarizer) complete(ctx context.Context, p string) (string, error) {
	resp, err := s.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(p)},
		Model:    openai.ChatModelGPT4o,
	})
	if err != nil || len(resp.Choices) == 0 {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}

// Leaky sends the customer's email address to the model.
func (s *Summarizer) Leaky(ctx context.Context, t customer.Ticket) (string, error) {
	p := prompt.Summary(t.Subject, t.Body, t.Customer.Email)
	return s.complete(ctx, p)
}

// Masked sends only the masked address and the customer id.
func (s *Summarizer) Masked(ctx context.Context, t customer.Ticket) (string, error) {
	p := prompt.Summary(t.Subject, t.Body, privacy.MaskEmail(t.Customer.Email)+" ("+t.Customer.ID+")")
	return s.complete(ctx, p)
}

// Reviewed sends the name; legal approved this for the enterprise plan.
func (s *Summarizer) Reviewed(ctx context.Context, t customer.Ticket) (string, error) {
	p := prompt.Summary(t.Subject, t.Body, t.Customer.Name)
	//privet:ignore enterprise DPA covers names, ticket SEC-42
	return s.complete(ctx, p)
}

type chatRequest struct {
	Model    string        `json:"model"`
	Messages []chatMessage `json:"messages"`
}

type chatMessage struct {
	Role    string `json:"role"`
	Content string `json:"content" privet:"-"` // carries what is put in it
}

// Raw calls the API over plain HTTP, with the customer's name in the payload.
func Raw(t customer.Ticket) error {
	body, err := json.Marshal(chatRequest{
		Model:    "gpt-4o",
		Messages: []chatMessage{{Role: "user", Content: "Greet " + t.Customer.Name + ": " + t.Body}},
	})
	if err != nil {
		return err
	}
	resp, err := http.Post("https://api.openai.com/v1/chat/completions", "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
