// Package clinic sends health data to AI services: denied, though an
// allow rule names the same flow, and a //privet:ignore on it is
// reported too.
package clinic

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strings"

	"github.com/openai/openai-go/v3"

	"scoped/model"
)

func Summarize(ctx context.Context, c model.Customer) {
	client := openai.NewClient()
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{ // want `^health data \(Customer.Diagnosis\) reaches an AI service \(openai Chat.Completions.New\), which the policy denies: health data never goes to an AI service \(.privet.yml:15\)$`
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(c.Diagnosis)},
	})
}

func Suppressed(ctx context.Context, c model.Customer) {
	client := openai.NewClient()
	//privet:ignore reviewed by the clinic lead // want `^//privet:ignore cannot suppress a flow the policy denies: health data to an AI service \(.privet.yml:15\)$`
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{ // want `which the policy denies`
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(c.Diagnosis)},
	})
}

// Mixed: the denied category is reported as denied, the other one as an
// ordinary leak, in a diagnostic of its own.
func Mixed(ctx context.Context, c model.Customer) {
	client := openai.NewClient()
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{ // want `^health data \(Customer.Diagnosis.*which the policy denies` `^pii data .*without an approved sanitizer$`
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(c.Diagnosis + c.Email)},
	})
}

// Redacted: a health sanitizer does not lift the deny rule either.
func Redacted(ctx context.Context, c model.Customer) {
	client := openai.NewClient()
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{ // want `^health data \(Customer.Diagnosis\) reaches an AI service \(openai Chat.Completions.New\), which the policy denies`
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(model.Redact(c.Diagnosis))},
	})
}

// Hashed: nor does a built-in sanitizer.
func Hashed(ctx context.Context, c model.Customer) {
	client := openai.NewClient()
	sum := sha256.Sum256([]byte(c.Diagnosis))
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{ // want `^health data \(Customer.Diagnosis\) reaches an AI service \(openai Chat.Completions.New\), which the policy denies`
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(hex.EncodeToString(sum[:]))},
	})
}

// RedactedElsewhere: outside AI services the sanitizer cleans health data.
func RedactedElsewhere(c model.Customer) {
	http.Post("https://example.org", "text/plain", strings.NewReader(model.Redact(c.Diagnosis)))
}

// Clean: no sensitive field.
func Clean(ctx context.Context, c model.Customer) {
	client := openai.NewClient()
	client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(c.ID)},
	})
}

// Notes: the clinic may call the source function the access rules name.
func Notes(id string) string { return model.LoadNotes(id) }
