// Package vertexai shows flows into the Vertex AI SDK
// (cloud.google.com/go/vertexai/genai): parts, the model's system
// instruction and a chat's history.
package vertexai

import (
	"context"

	"cloud.google.com/go/vertexai/genai"
)

type Customer struct {
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
	ID    string
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

func newModel(ctx context.Context) *genai.GenerativeModel {
	client, err := genai.NewClient(ctx, "project", "europe-west4")
	if err != nil {
		panic(err)
	}
	return client.GenerativeModel("gemini-2.0-flash")
}

// Summarize sends the address as a text part.
func Summarize(ctx context.Context, c Customer) {
	model := newModel(ctx)
	model.GenerateContent(ctx, genai.Text("Summarise the account of "+c.Email)) // want `pii data \(Customer.Email\) reaches an AI service \(vertexai GenerativeModel.GenerateContent\) without an approved sanitizer`
}

// System puts the card into the model's system instruction.
func System(ctx context.Context, c Customer) {
	model := newModel(ctx)
	model.SystemInstruction = &genai.Content{Parts: []genai.Part{genai.Text("The customer's card is " + c.Card)}}
	model.GenerateContent(ctx, genai.Text("Is my card fine?")) // want `payment data \(Customer.Card\) reaches an AI service \(vertexai GenerativeModel.GenerateContent\) without an approved sanitizer`
}

// History seeds a chat with the address.
func History(ctx context.Context, c Customer) {
	chat := newModel(ctx).StartChat()
	chat.History = []*genai.Content{genai.NewUserContent(genai.Text("I am " + c.Email))}
	chat.SendMessage(ctx, genai.Text("What is my plan?")) // want `pii data \(Customer.Email\) reaches an AI service \(vertexai ChatSession.SendMessage\) without an approved sanitizer`
}

// SummarizeClean sends the ID and the masked address.
func SummarizeClean(ctx context.Context, c Customer) {
	newModel(ctx).GenerateContent(ctx, genai.Text("Summarise the account of "+c.ID+" "+MaskEmail(c.Email)))
}
