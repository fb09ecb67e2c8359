// Package ocigenai shows flows into Oracle Cloud's generative AI
// inference client (github.com/oracle/oci-go-sdk/v65/generativeaiinference).
package ocigenai

import (
	"context"

	"github.com/oracle/oci-go-sdk/v65/common"
	"github.com/oracle/oci-go-sdk/v65/generativeaiinference"
)

type Ticket struct {
	ID   string
	Body string `privet:"pii"`
}

//privet:sanitizer pii
func Redact(s string) string { return "[redacted]" }

func client() generativeaiinference.GenerativeAiInferenceClient {
	c, _ := generativeaiinference.NewGenerativeAiInferenceClientWithConfigurationProvider(common.DefaultConfigProvider())
	return c
}

// Reply asks a hosted model to answer the customer's ticket.
func Reply(ctx context.Context, t Ticket) {
	msg := generativeaiinference.UserMessage{Content: []generativeaiinference.ChatContent{
		generativeaiinference.TextContent{Text: common.String(t.Body)},
	}}
	req := generativeaiinference.ChatRequest{ChatDetails: generativeaiinference.ChatDetails{
		CompartmentId: common.String("ocid1.compartment.oc1..support"),
		ChatRequest:   generativeaiinference.GenericChatRequest{Messages: []generativeaiinference.Message{msg}},
	}}
	client().Chat(ctx, req) // want `pii data \(Ticket.Body\) reaches an AI service \(oci-genai Chat\) without an approved sanitizer`
}

// Summarize sends the ticket to be summarized.
func Summarize(ctx context.Context, t Ticket) {
	req := generativeaiinference.SummarizeTextRequest{SummarizeTextDetails: generativeaiinference.SummarizeTextDetails{Input: common.String(t.Body)}}
	client().SummarizeText(ctx, req) // want `pii data \(Ticket.Body\) reaches an AI service \(oci-genai SummarizeText\) without an approved sanitizer`
}

// SummarizeClean sends the redacted ticket and its id.
func SummarizeClean(ctx context.Context, t Ticket) {
	req := generativeaiinference.SummarizeTextRequest{SummarizeTextDetails: generativeaiinference.SummarizeTextDetails{Input: common.String(t.ID + ": " + Redact(t.Body))}}
	client().SummarizeText(ctx, req)
}
