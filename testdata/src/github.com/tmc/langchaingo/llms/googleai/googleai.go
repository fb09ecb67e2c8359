// Stub of github.com/tmc/langchaingo@v0.1.14 for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package googleai

import (
	"context"

	"github.com/tmc/langchaingo/llms"
)

type Option func(*Options)

type Options struct {
	apiKey       string
	defaultModel string
}

func WithAPIKey(apiKey string) Option {
	return func(o *Options) {
		o.apiKey = apiKey
	}
}

func WithDefaultModel(defaultModel string) Option {
	return func(o *Options) {
		o.defaultModel = defaultModel
	}
}

type GoogleAI struct {
	opts Options
}

var _ llms.Model = (*GoogleAI)(nil)

func New(ctx context.Context, opts ...Option) (*GoogleAI, error) {
	var o Options
	for _, opt := range opts {
		opt(&o)
	}
	return &GoogleAI{opts: o}, nil
}

func (g *GoogleAI) Call(ctx context.Context, prompt string, options ...llms.CallOption) (string, error) {
	return llms.GenerateFromSinglePrompt(ctx, g, prompt, options...)
}

func (g *GoogleAI) GenerateContent(ctx context.Context, messages []llms.MessageContent, options ...llms.CallOption) (*llms.ContentResponse, error) {
	return &llms.ContentResponse{Choices: []*llms.ContentChoice{{Content: ""}}}, nil
}

func (g *GoogleAI) CreateEmbedding(ctx context.Context, texts []string) ([][]float32, error) {
	return make([][]float32, len(texts)), nil
}
