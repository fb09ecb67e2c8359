// Package openai shows flows into the official OpenAI SDK
// (github.com/openai/openai-go/v3).
package openai

import (
	"context"
	"fmt"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	"github.com/openai/openai-go/v3/responses"
)

type Customer struct {
	ID    string
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

// SummarizeTicket builds the messages with the SDK builders.
func SummarizeTicket(ctx context.Context, c Customer) {
	client := openai.NewClient(option.WithAPIKey("sk-test"))
	params := openai.ChatCompletionNewParams{
		Model: openai.ChatModelGPT4o,
		Messages: []openai.ChatCompletionMessageParamUnion{
			openai.SystemMessage("You summarise support tickets."),
			openai.UserMessage(fmt.Sprintf("Customer %s asks for a refund.", c.Email)),
		},
	}
	client.Chat.Completions.New(ctx, params) // want `pii data \(Customer.Email\) reaches an AI service \(openai Chat.Completions.New\) without an approved sanitizer`
}

// SummarizeTicketClean sends the ID and the masked address only.
func SummarizeTicketClean(ctx context.Context, c Customer) (string, error) {
	client := openai.NewClient(option.WithAPIKey("sk-test"))
	resp, err := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model: openai.ChatModelGPT4o,
		Messages: []openai.ChatCompletionMessageParamUnion{
			openai.UserMessage(fmt.Sprintf("Customer %s (%s) asks for a refund.", c.ID, MaskEmail(c.Email))),
		},
	})
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}

// StreamCardQuestion passes the params inline; the call spans several
// lines and is reported on its first.
func StreamCardQuestion(ctx context.Context, c Customer) {
	client := openai.NewClient()
	stream := client.Chat.Completions.NewStreaming(ctx, openai.ChatCompletionNewParams{ // want `payment data \(Customer.Card\) reaches an AI service \(openai Chat.Completions.NewStreaming\) without an approved sanitizer`
		Model:    openai.ChatModelGPT4oMini,
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("Is this card valid? " + c.Card)},
	})
	defer stream.Close()
	for stream.Next() {
		_ = stream.Current()
	}
}

// TagUser puts the address in the user field of otherwise clean params.
func TagUser(ctx context.Context, c Customer) {
	client := openai.NewClient()
	params := openai.ChatCompletionNewParams{
		Model:    openai.ChatModelGPT4o,
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage("Hello")},
	}
	params.User = openai.String(c.Email)
	client.Chat.Completions.New(ctx, params) // want `pii data \(Customer.Email\) reaches an AI service \(openai Chat.Completions.New\) without an approved sanitizer`
}

// EmbedEmail sends the address to the embeddings endpoint.
func EmbedEmail(ctx context.Context, c Customer) {
	client := openai.NewClient()
	input := openai.EmbeddingNewParamsInputUnion{OfString: openai.String(c.Email)}
	client.Embeddings.New(ctx, openai.EmbeddingNewParams{Model: openai.EmbeddingModelTextEmbedding3Small, Input: input}) // want `pii data \(Customer.Email\) reaches an AI service \(openai Embeddings.New\) without an approved sanitizer`
}

// EmbedIDs is clean.
func EmbedIDs(ctx context.Context, cs []Customer) {
	client := openai.NewClient()
	var ids []string
	for _, c := range cs {
		ids = append(ids, c.ID)
	}
	client.Embeddings.New(ctx, openai.EmbeddingNewParams{
		Model: openai.EmbeddingModelTextEmbedding3Small,
		Input: openai.EmbeddingNewParamsInputUnion{OfArrayOfStrings: ids},
	})
}

// DraftReply uses the Responses API with an input item list.
func DraftReply(ctx context.Context, c Customer) {
	client := openai.NewClient()
	items := responses.ResponseInputParam{
		responses.ResponseInputItemParamOfMessage("Draft a reply to "+c.Email, responses.EasyInputMessageRoleUser),
	}
	client.Responses.New(ctx, responses.ResponseNewParams{ // want `pii data \(Customer.Email\) reaches an AI service \(openai Responses.New\) without an approved sanitizer`
		Model: openai.ChatModelGPT4o,
		Input: responses.ResponseNewParamsInputUnion{OfInputItemList: items},
	})
}

// DraftReplyClean uses the Responses API with the ID only.
func DraftReplyClean(ctx context.Context, c Customer) {
	client := openai.NewClient()
	client.Responses.New(ctx, responses.ResponseNewParams{
		Model:        openai.ChatModelGPT4o,
		Instructions: openai.String("Be brief."),
		Input:        responses.ResponseNewParamsInputUnion{OfString: openai.String("Draft a reply to customer " + c.ID)},
	})
}

// RawPost sends a hand-built body.
func RawPost(ctx context.Context, c Customer) error {
	client := openai.NewClient()
	var out map[string]any
	body := map[string]any{"model": "gpt-4o", "input": "Card " + c.Card}
	return client.Post(ctx, "/responses", body, &out) // want `payment data \(Customer.Card\) reaches an AI service \(openai Client.Post\) without an approved sanitizer`
}
