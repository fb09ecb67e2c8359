// Package bedrock shows flows into the AWS Bedrock runtime client
// (github.com/aws/aws-sdk-go-v2/service/bedrockruntime).
package bedrock

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/bedrockruntime"
	"github.com/aws/aws-sdk-go-v2/service/bedrockruntime/document"
	"github.com/aws/aws-sdk-go-v2/service/bedrockruntime/types"
)

type Customer struct {
	ID    string
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

const modelID = "anthropic.claude-3-haiku-20240307-v1:0"

// Invoke marshals a model-specific JSON body.
func Invoke(ctx context.Context, cfg aws.Config, c Customer) {
	client := bedrockruntime.NewFromConfig(cfg)
	body, _ := json.Marshal(map[string]any{
		"prompt":     "Summarise the account of " + c.Email,
		"max_tokens": 200,
	})
	client.InvokeModel(ctx, &bedrockruntime.InvokeModelInput{ // want `pii data \(Customer.Email\) reaches an AI service \(bedrock InvokeModel\) without an approved sanitizer`
		ModelId:     aws.String(modelID),
		ContentType: aws.String("application/json"),
		Body:        body,
	})
}

// InvokeClean sends the ID and the masked address.
func InvokeClean(ctx context.Context, cfg aws.Config, c Customer) {
	client := bedrockruntime.NewFromConfig(cfg)
	body, _ := json.Marshal(map[string]any{"prompt": "Summarise the account of " + c.ID + " " + MaskEmail(c.Email)})
	client.InvokeModel(ctx, &bedrockruntime.InvokeModelInput{ModelId: aws.String(modelID), Body: body})
}

// Converse puts the card number in a text content block.
func Converse(ctx context.Context, cfg aws.Config, c Customer) (*bedrockruntime.ConverseOutput, error) {
	client := bedrockruntime.NewFromConfig(cfg)
	input := &bedrockruntime.ConverseInput{
		ModelId: aws.String(modelID),
		Messages: []types.Message{{
			Role:    types.ConversationRoleUser,
			Content: []types.ContentBlock{&types.ContentBlockMemberText{Value: "Is card " + c.Card + " valid?"}},
		}},
	}
	return client.Converse(ctx, input) // want `payment data \(Customer.Card\) reaches an AI service \(bedrock Converse\) without an approved sanitizer`
}

// ConverseSystem puts the address in the system prompt.
func ConverseSystem(ctx context.Context, cfg aws.Config, c Customer) {
	client := bedrockruntime.NewFromConfig(cfg)
	input := &bedrockruntime.ConverseStreamInput{
		ModelId:  aws.String(modelID),
		Messages: []types.Message{{Role: types.ConversationRoleUser, Content: []types.ContentBlock{&types.ContentBlockMemberText{Value: "Hello"}}}},
		System:   []types.SystemContentBlock{&types.SystemContentBlockMemberText{Value: "The customer is " + c.Email}},
	}
	client.ConverseStream(ctx, input) // want `pii data \(Customer.Email\) reaches an AI service \(bedrock ConverseStream\) without an approved sanitizer`
}

// ConverseClean sends the ID only.
func ConverseClean(ctx context.Context, cfg aws.Config, c Customer) {
	client := bedrockruntime.NewFromConfig(cfg)
	client.Converse(ctx, &bedrockruntime.ConverseInput{
		ModelId:  aws.String(modelID),
		Messages: []types.Message{{Role: types.ConversationRoleUser, Content: []types.ContentBlock{&types.ContentBlockMemberText{Value: "Customer " + c.ID}}}},
	})
}

// AsyncInvoke wraps the payload in a lazy document.
func AsyncInvoke(ctx context.Context, cfg aws.Config, c Customer) {
	client := bedrockruntime.NewFromConfig(cfg)
	input := &bedrockruntime.StartAsyncInvokeInput{
		ModelId:    aws.String(modelID),
		ModelInput: document.NewLazyDocument(map[string]any{"prompt": c.Email}),
	}
	client.StartAsyncInvoke(ctx, input) // want `pii data \(Customer.Email\) reaches an AI service \(bedrock StartAsyncInvoke\) without an approved sanitizer`
}
