// Package genkit shows flows into Firebase Genkit for Go
// (github.com/firebase/genkit/go): prompts and documents passed as options.
package genkit

import (
	"context"

	"github.com/firebase/genkit/go/ai"
	"github.com/firebase/genkit/go/genkit"
)

type Customer struct {
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
	ID    string
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

// Summarize passes the address in the prompt option.
func Summarize(ctx context.Context, g *genkit.Genkit, c Customer) (string, error) {
	return genkit.GenerateText(ctx, g, ai.WithPrompt("Summarise the account of %s", c.Email)) // want `pii data \(Customer.Email\) reaches an AI service \(genkit GenerateText\) without an approved sanitizer`
}

// System passes the card in the system prompt and a message.
func System(ctx context.Context, c Customer) {
	g := genkit.Init(ctx, genkit.WithDefaultModel("googleai/gemini-2.5-flash"))
	genkit.Generate(ctx, g, // want `payment data \(Customer.Card\) reaches an AI service \(genkit Generate\) without an approved sanitizer`
		ai.WithSystem("The customer's card is "+c.Card),
		ai.WithMessages(ai.NewUserTextMessage("Is my card fine?")))
}

type summary struct {
	Text string `json:"text"`
}

// Data uses the generic structured-output helper.
func Data(ctx context.Context, g *genkit.Genkit, c Customer) {
	genkit.GenerateData[summary](ctx, g, ai.WithTextDocs("customer "+c.Email), ai.WithPrompt("Summarise.")) // want `pii data \(Customer.Email\) reaches an AI service \(genkit GenerateData\) without an approved sanitizer`
}

// Prompt runs a defined prompt with the address as input.
func Prompt(ctx context.Context, g *genkit.Genkit, c Customer) {
	p := genkit.LookupPrompt(g, "summarize")
	p.Execute(ctx, ai.WithInput(map[string]any{"email": c.Email})) // want `pii data \(Customer.Email\) reaches an AI service \(genkit ai.Prompt.Execute\) without an approved sanitizer`
}

// SummarizeClean passes the ID and the masked address.
func SummarizeClean(ctx context.Context, g *genkit.Genkit, c Customer) {
	genkit.GenerateText(ctx, g, ai.WithPrompt("Summarise the account of %s (%s)", c.ID, MaskEmail(c.Email)))
}
