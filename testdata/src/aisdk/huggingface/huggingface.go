// Package huggingface shows flows into the Hugging Face Inference API
// client (github.com/hupe1980/go-huggingface).
package huggingface

import (
	"context"

	huggingface "github.com/hupe1980/go-huggingface"
)

type Ticket struct {
	ID   string
	Body string `privet:"pii"`
}

//privet:sanitizer pii
func Redact(s string) string { return "[redacted]" }

// Summarize asks a hosted model for a summary of the customer's ticket.
func Summarize(ctx context.Context, t Ticket) {
	ic := huggingface.NewInferenceClient("hf_token")
	ic.Summarization(ctx, &huggingface.SummarizationRequest{Inputs: []string{t.Body}}) // want `pii data \(Ticket.Body\) reaches an AI service \(huggingface Summarization\) without an approved sanitizer`
}

// Chat continues a conversation with the customer's text.
func Chat(ctx context.Context, t Ticket) {
	ic := huggingface.NewInferenceClient("hf_token")
	ic.Conversational(ctx, &huggingface.ConversationalRequest{Inputs: huggingface.ConverstationalInputs{Text: t.Body}}) // want `pii data \(Ticket.Body\) reaches an AI service \(huggingface Conversational\) without an approved sanitizer`
}

// SummarizeClean sends the redacted ticket.
func SummarizeClean(ctx context.Context, t Ticket) {
	ic := huggingface.NewInferenceClient("hf_token")
	ic.Summarization(ctx, &huggingface.SummarizationRequest{Inputs: []string{t.ID + ": " + Redact(t.Body)}})
}
