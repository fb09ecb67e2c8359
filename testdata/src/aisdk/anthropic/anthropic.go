// Package anthropic shows flows into the Anthropic SDK, v2
// (github.com/anthropics/anthropic-sdk-go/v2) in this file and v1 in
// anthropic_v1.go.
package anthropic

import (
	"context"
	"fmt"
	"strings"

	"github.com/anthropics/anthropic-sdk-go/v2"
	"github.com/anthropics/anthropic-sdk-go/v2/option"
)

type Customer struct {
	ID    string
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

// Triage builds the message with NewUserMessage and NewTextBlock.
func Triage(ctx context.Context, c Customer) (string, error) {
	client := anthropic.NewClient(option.WithAPIKey("sk-ant-test"))
	msg, err := client.Messages.New(ctx, anthropic.MessageNewParams{ // want `pii data \(Customer.Email\) reaches an AI service \(anthropic Messages.New\) without an approved sanitizer`
		Model:     anthropic.ModelClaudeSonnet4_5,
		MaxTokens: 1024,
		System:    []anthropic.TextBlockParam{{Text: "You triage support tickets."}},
		Messages: []anthropic.MessageParam{
			anthropic.NewUserMessage(anthropic.NewTextBlock(fmt.Sprintf("Ticket from %s: my order is late.", c.Email))),
		},
	})
	if err != nil {
		return "", err
	}
	return msg.Content[0].Text, nil
}

// TriageClean sends the ID and the masked address.
func TriageClean(ctx context.Context, c Customer) {
	client := anthropic.NewClient()
	params := anthropic.MessageNewParams{
		Model:     anthropic.ModelClaudeSonnet4_5,
		MaxTokens: 1024,
		Messages: []anthropic.MessageParam{
			anthropic.NewUserMessage(anthropic.NewTextBlock("Ticket from customer " + c.ID + " (" + MaskEmail(c.Email) + ")")),
		},
	}
	client.Messages.New(ctx, params)
}

// SystemPrompt puts the card number in the system prompt of a stream.
func SystemPrompt(ctx context.Context, c Customer) {
	client := anthropic.NewClient()
	params := anthropic.MessageNewParams{
		Model:     anthropic.ModelClaudeHaiku4_5,
		MaxTokens: 256,
		Messages:  []anthropic.MessageParam{anthropic.NewUserMessage(anthropic.NewTextBlock("Is my payment method fine?"))},
	}
	params.System = append(params.System, anthropic.TextBlockParam{Text: "The customer's card is " + c.Card})
	stream := client.Messages.NewStreaming(ctx, params) // want `payment data \(Customer.Card\) reaches an AI service \(anthropic Messages.NewStreaming\) without an approved sanitizer`
	defer stream.Close()
}

// BetaMessage uses the beta builders.
func BetaMessage(ctx context.Context, c Customer) {
	client := anthropic.NewClient()
	client.Beta.Messages.New(ctx, anthropic.BetaMessageNewParams{ // want `pii data \(Customer.Email\) reaches an AI service \(anthropic Beta.Messages.New\) without an approved sanitizer`
		Model:     anthropic.ModelClaudeSonnet4_5,
		MaxTokens: 512,
		Messages:  []anthropic.BetaMessageParam{anthropic.NewBetaUserMessage(anthropic.NewBetaTextBlock(c.Email))},
	})
}

// UploadNotes uploads a file built from the address.
func UploadNotes(ctx context.Context, c Customer) {
	client := anthropic.NewClient()
	client.Files.Upload(ctx, anthropic.FileUploadParams{File: strings.NewReader("notes about " + c.Email)}) // want `pii data \(Customer.Email\) reaches an AI service \(anthropic Files.Upload\) without an approved sanitizer`
}

// Thread sends a turn of a message thread (client.Beta.Messages.NewThread):
// no entry or rule names BetaMessageThread.Send, but the SDK's code sends
// its params through Beta.Messages.New, so it is a sink of the family,
// derived from the code (issue 14).
func Thread(ctx context.Context, c Customer) {
	client := anthropic.NewClient()
	thread := client.Beta.Messages.NewThread(anthropic.BetaMessageThreadCreateParams{Model: anthropic.ModelClaudeSonnet4_5, MaxTokens: 512})
	thread.Send(ctx, anthropic.BetaMessageThreadSendParams{ // want `pii data \(Customer.Email\) reaches an AI service \(anthropic BetaMessageThread.Send\) without an approved sanitizer`
		Messages: []anthropic.BetaMessageParam{anthropic.NewBetaUserMessage(anthropic.NewBetaTextBlock("Where is my order? " + c.Email))},
	})
}

// ThreadClean sends the turn with the masked address, and reads the
// history (a method whose code sends nothing).
func ThreadClean(ctx context.Context, c Customer) {
	client := anthropic.NewClient()
	thread := client.Beta.Messages.NewThread(anthropic.BetaMessageThreadCreateParams{Model: anthropic.ModelClaudeSonnet4_5, MaxTokens: 512})
	thread.Send(ctx, anthropic.BetaMessageThreadSendParams{
		Messages: []anthropic.BetaMessageParam{anthropic.NewBetaUserMessage(anthropic.NewBetaTextBlock("Where is my order? " + MaskEmail(c.Email)))},
	})
	_ = thread.Messages()
}
