// Package genai shows flows into the Google Gen AI SDK
// (google.golang.org/genai).
package genai

import (
	"context"

	"google.golang.org/genai"
)

type Customer struct {
	ID    string
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

const model = "gemini-2.5-flash"

func newClient(ctx context.Context) *genai.Client {
	client, err := genai.NewClient(ctx, &genai.ClientConfig{APIKey: "test", Backend: genai.BackendGeminiAPI})
	if err != nil {
		panic(err)
	}
	return client
}

// Summarize uses the genai.Text builder.
func Summarize(ctx context.Context, c Customer) (string, error) {
	client := newClient(ctx)
	resp, err := client.Models.GenerateContent(ctx, model, genai.Text("Summarise the account of "+c.Email), nil) // want `pii data \(Customer.Email\) reaches an AI service \(genai Models.GenerateContent\) without an approved sanitizer`
	if err != nil {
		return "", err
	}
	return resp.Text(), nil
}

// SummarizeClean sends the ID and the masked address.
func SummarizeClean(ctx context.Context, c Customer) (string, error) {
	client := newClient(ctx)
	resp, err := client.Models.GenerateContent(ctx, model, genai.Text("Summarise the account of "+c.ID+" "+MaskEmail(c.Email)), nil)
	if err != nil {
		return "", err
	}
	return resp.Text(), nil
}

// SystemInstruction leaks through the config argument.
func SystemInstruction(ctx context.Context, c Customer) {
	client := newClient(ctx)
	config := &genai.GenerateContentConfig{
		SystemInstruction: genai.NewContentFromText("The customer's card is "+c.Card, genai.RoleUser),
	}
	for resp, err := range client.Models.GenerateContentStream(ctx, model, genai.Text("Is my card fine?"), config) { // want `payment data \(Customer.Card\) reaches an AI service \(genai Models.GenerateContentStream\) without an approved sanitizer`
		if err != nil || resp == nil {
			return
		}
	}
}

// Chat sends the address as a chat part.
func Chat(ctx context.Context, c Customer) {
	client := newClient(ctx)
	chat, err := client.Chats.Create(ctx, model, nil, nil)
	if err != nil {
		return
	}
	chat.SendMessage(ctx, genai.Part{Text: "My email is " + c.Email}) // want `pii data \(Customer.Email\) reaches an AI service \(genai Chat.SendMessage\) without an approved sanitizer`
}

// ChatHistory seeds the chat history with the address.
func ChatHistory(ctx context.Context, c Customer) {
	client := newClient(ctx)
	history := []*genai.Content{genai.NewContentFromText("I am "+c.Email, genai.RoleUser)}
	client.Chats.Create(ctx, model, nil, history) // want `pii data \(Customer.Email\) reaches an AI service \(genai Chats.Create\) without an approved sanitizer`
}

// Embed builds the content from parts.
func Embed(ctx context.Context, c Customer) {
	client := newClient(ctx)
	parts := []*genai.Part{genai.NewPartFromText(c.Email)}
	contents := []*genai.Content{genai.NewContentFromParts(parts, genai.RoleUser)}
	client.Models.EmbedContent(ctx, "text-embedding-004", contents, nil) // want `pii data \(Customer.Email\) reaches an AI service \(genai Models.EmbedContent\) without an approved sanitizer`
}
