// Package goopenai shows flows into the community OpenAI SDK
// (github.com/sashabaranov/go-openai).
package goopenai

import (
	"context"
	"fmt"

	"github.com/sashabaranov/go-openai"
)

type Customer struct {
	ID    string
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

// WriteEmail sends both sensitive fields in one message: one report each.
func WriteEmail(ctx context.Context, c Customer) {
	client := openai.NewClient("sk-test")
	req := openai.ChatCompletionRequest{
		Model: openai.GPT4o,
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: "You write polite emails."},
			{Role: openai.ChatMessageRoleUser, Content: fmt.Sprintf("Write to %s about card %s.", c.Email, c.Card)},
		},
	}
	client.CreateChatCompletion(ctx, req) // want `pii,payment data \(Customer.Card, Customer.Email\) reaches an AI service \(go-openai CreateChatCompletion\) without an approved sanitizer`
}

// WriteEmailClean sends the ID and the masked address.
func WriteEmailClean(ctx context.Context, c Customer) (string, error) {
	client := openai.NewClientWithConfig(openai.DefaultConfig("sk-test"))
	resp, err := client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{
		Model: openai.GPT4oMini,
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleUser, Content: "Write to customer " + c.ID + " at " + MaskEmail(c.Email)},
		},
	})
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}

// StreamParts puts the address in a multi-part message.
func StreamParts(ctx context.Context, c Customer) {
	client := openai.NewClient("sk-test")
	msg := openai.ChatCompletionMessage{Role: openai.ChatMessageRoleUser}
	msg.MultiContent = append(msg.MultiContent, openai.ChatMessagePart{Type: openai.ChatMessagePartTypeText, Text: c.Email})
	stream, err := client.CreateChatCompletionStream(ctx, openai.ChatCompletionRequest{Model: openai.GPT4o, Messages: []openai.ChatCompletionMessage{msg}}) // want `pii data \(Customer.Email\) reaches an AI service \(go-openai CreateChatCompletionStream\) without an approved sanitizer`
	if err != nil {
		return
	}
	defer stream.Close()
}

// Embed sends the address through the EmbeddingRequestConverter interface.
func Embed(ctx context.Context, c Customer) {
	client := openai.NewClient("sk-test")
	client.CreateEmbeddings(ctx, openai.EmbeddingRequestStrings{Input: []string{c.Email}, Model: openai.SmallEmbedding3}) // want `pii data \(Customer.Email\) reaches an AI service \(go-openai CreateEmbeddings\) without an approved sanitizer`
}

// EmbedClean embeds the ID only.
func EmbedClean(ctx context.Context, c Customer) {
	client := openai.NewClient("sk-test")
	client.CreateEmbeddings(ctx, openai.EmbeddingRequest{Input: c.ID, Model: openai.SmallEmbedding3})
}

// AddToThread sends the card number as an assistant thread message (a2).
func AddToThread(ctx context.Context, threadID string, c Customer) {
	client := openai.NewClient("sk-test")
	client.CreateMessage(ctx, threadID, openai.MessageRequest{Role: "user", Content: "Card: " + c.Card}) // want `payment data \(Customer.Card\) reaches an AI service \(go-openai CreateMessage\) without an approved sanitizer`
}
