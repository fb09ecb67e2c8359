package anthropic

import (
	"context"

	anthropicv1 "github.com/anthropics/anthropic-sdk-go"
	optionv1 "github.com/anthropics/anthropic-sdk-go/option"
)

// TriageV1 uses the v1 SDK, whose MessageParam is a struct with a role.
func TriageV1(ctx context.Context, c Customer) {
	client := anthropicv1.NewClient(optionv1.WithAPIKey("sk-ant-test"))
	params := anthropicv1.MessageNewParams{
		Model:     anthropicv1.ModelClaudeSonnet4_5,
		MaxTokens: 1024,
		Messages:  []anthropicv1.MessageParam{anthropicv1.NewUserMessage(anthropicv1.NewTextBlock("Refund for " + c.Email))},
	}
	client.Messages.New(ctx, params) // want `pii data \(Customer.Email\) reaches an AI service \(anthropic Messages.New\) without an approved sanitizer`
}

// TagUserV1 puts the address in the metadata user id.
func TagUserV1(ctx context.Context, c Customer) {
	client := anthropicv1.NewClient()
	params := anthropicv1.MessageNewParams{
		Model:     anthropicv1.ModelClaudeSonnet4_5,
		MaxTokens: 1024,
		Messages:  []anthropicv1.MessageParam{anthropicv1.NewUserMessage(anthropicv1.NewTextBlock("Hello"))},
		Metadata:  anthropicv1.MetadataParam{UserID: anthropicv1.String(c.Email)},
	}
	client.Messages.New(ctx, params) // want `pii data \(Customer.Email\) reaches an AI service \(anthropic Messages.New\) without an approved sanitizer`
}

// LegacyCompletion uses the v1-only text completions API.
func LegacyCompletion(ctx context.Context, c Customer) {
	client := anthropicv1.NewClient()
	prompt := "\n\nHuman: is card " + c.Card + " valid?\n\nAssistant:"
	client.Completions.New(ctx, anthropicv1.CompletionNewParams{Model: anthropicv1.ModelClaudeSonnet4_5, MaxTokensToSample: 256, Prompt: prompt}) // want `payment data \(Customer.Card\) reaches an AI service \(anthropic Completions.New\) without an approved sanitizer`
}

// TriageV1Clean sends the ID only.
func TriageV1Clean(ctx context.Context, c Customer) {
	client := anthropicv1.NewClient()
	client.Messages.CountTokens(ctx, anthropicv1.MessageCountTokensParams{
		Model:    anthropicv1.ModelClaudeSonnet4_5,
		Messages: []anthropicv1.MessageParam{anthropicv1.NewUserMessage(anthropicv1.NewTextBlock("Refund for " + c.ID))},
	})
}
