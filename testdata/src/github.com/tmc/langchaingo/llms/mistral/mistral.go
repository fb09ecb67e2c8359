// Stub of github.com/tmc/langchaingo@v0.1.14 for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package mistral

import (
	"context"

	"github.com/tmc/langchaingo/llms"
)

type Option func(*clientOptions)

type clientOptions struct {
	apiKey string
	model  string
}

func WithAPIKey(apiKey string) Option {
	return func(o *clientOptions) {
		o.apiKey = apiKey
	}
}

func WithModel(model string) Option {
	return func(o *clientOptions) {
		o.model = model
	}
}

type Model struct {
	opts clientOptions
}

var _ llms.Model = (*Model)(nil)

func New(opts ...Option) (*Model, error) {
	var o clientOptions
	for _, opt := range opts {
		opt(&o)
	}
	return &Model{opts: o}, nil
}

func (m *Model) Call(ctx context.Context, prompt string, options ...llms.CallOption) (string, error) {
	return llms.GenerateFromSinglePrompt(ctx, m, prompt, options...)
}

func (m *Model) GenerateContent(ctx context.Context, langchainMessages []llms.MessageContent, options ...llms.CallOption) (*llms.ContentResponse, error) {
	return &llms.ContentResponse{Choices: []*llms.ContentChoice{{Content: ""}}}, nil
}

func (m *Model) CreateEmbedding(_ context.Context, inputTexts []string) ([][]float32, error) {
	return make([][]float32, len(inputTexts)), nil
}
