// Package googleai shows flows into the Google AI Go SDK
// (github.com/google/generative-ai-go/genai).
package googleai

import (
	"context"
	"strings"

	"github.com/google/generative-ai-go/genai"
	"google.golang.org/api/option"
)

type Customer struct {
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
	ID    string
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

// Summarize sends the address as a text part.
func Summarize(ctx context.Context, c Customer) {
	client, err := genai.NewClient(ctx, option.WithAPIKey("key"))
	if err != nil {
		return
	}
	defer client.Close()
	client.GenerativeModel("gemini-1.5-flash").GenerateContent(ctx, genai.Text("Summarise the account of "+c.Email)) // want `pii data \(Customer.Email\) reaches an AI service \(googleai GenerativeModel.GenerateContent\) without an approved sanitizer`
}

// Embed embeds the card.
func Embed(ctx context.Context, client *genai.Client, c Customer) {
	em := client.EmbeddingModel("text-embedding-004")
	em.EmbedContent(ctx, genai.Text(c.Card)) // want `payment data \(Customer.Card\) reaches an AI service \(googleai EmbeddingModel.EmbedContent\) without an approved sanitizer`
}

// Upload uploads a file that holds the address.
func Upload(ctx context.Context, client *genai.Client, c Customer) {
	client.UploadFile(ctx, "", strings.NewReader("customer: "+c.Email), nil) // want `pii data \(Customer.Email\) reaches an AI service \(googleai Client.UploadFile\) without an approved sanitizer`
}

// SummarizeClean sends the ID.
func SummarizeClean(ctx context.Context, client *genai.Client, c Customer) {
	client.GenerativeModel("gemini-1.5-flash").GenerateContent(ctx, genai.Text("Summarise the account of "+c.ID))
}
