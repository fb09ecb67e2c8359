// Stub of github.com/tmc/langchaingo@v0.1.14 for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package llms

import "context"

type Model interface {
	GenerateContent(ctx context.Context, messages []MessageContent, options ...CallOption) (*ContentResponse, error)

	// Deprecated: use GenerateContent.
	Call(ctx context.Context, prompt string, options ...CallOption) (string, error)
}

func GenerateFromSinglePrompt(ctx context.Context, llm Model, prompt string, options ...CallOption) (string, error) {
	msg := MessageContent{
		Role:  ChatMessageTypeHuman,
		Parts: []ContentPart{TextContent{Text: prompt}},
	}
	resp, err := llm.GenerateContent(ctx, []MessageContent{msg}, options...)
	if err != nil || len(resp.Choices) == 0 {
		return "", err
	}
	return resp.Choices[0].Content, nil
}

type ChatMessageType string

const (
	ChatMessageTypeAI      ChatMessageType = "ai"
	ChatMessageTypeHuman   ChatMessageType = "human"
	ChatMessageTypeSystem  ChatMessageType = "system"
	ChatMessageTypeGeneric ChatMessageType = "generic"
	ChatMessageTypeTool    ChatMessageType = "tool"
)

type ChatMessage interface {
	GetType() ChatMessageType
	GetContent() string
}

type PromptValue interface {
	String() string
	Messages() []ChatMessage
}

type MessageContent struct {
	Role  ChatMessageType
	Parts []ContentPart
}

func TextPart(s string) TextContent {
	return TextContent{Text: s}
}

func BinaryPart(mime string, data []byte) BinaryContent {
	return BinaryContent{
		MIMEType: mime,
		Data:     data,
	}
}

type ContentPart interface {
	isPart()
}

type TextContent struct {
	Text string
}

func (tc TextContent) String() string {
	return tc.Text
}

func (TextContent) isPart() {}

type BinaryContent struct {
	MIMEType string
	Data     []byte
}

func (BinaryContent) isPart() {}

type ContentResponse struct {
	Choices []*ContentChoice
}

type ContentChoice struct {
	Content    string
	StopReason string
}

func TextParts(role ChatMessageType, parts ...string) MessageContent {
	result := MessageContent{
		Role:  role,
		Parts: []ContentPart{},
	}
	for _, part := range parts {
		result.Parts = append(result.Parts, TextPart(part))
	}
	return result
}

type CallOption func(*CallOptions)

type CallOptions struct {
	Model       string  `json:"model"`
	MaxTokens   int     `json:"max_tokens"`
	Temperature float64 `json:"temperature"`
}

func WithModel(model string) CallOption {
	return func(o *CallOptions) {
		o.Model = model
	}
}

func WithTemperature(temperature float64) CallOption {
	return func(o *CallOptions) {
		o.Temperature = temperature
	}
}
