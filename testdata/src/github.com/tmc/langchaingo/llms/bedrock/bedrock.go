// Stub of github.com/tmc/langchaingo@v0.1.14 for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package bedrock

import (
	"context"

	"github.com/tmc/langchaingo/llms"
)

type Option func(*options)

type options struct {
	modelID string
}

func WithModel(modelID string) Option {
	return func(o *options) {
		o.modelID = modelID
	}
}

type LLM struct {
	opts options
}

var _ llms.Model = (*LLM)(nil)

func New(opts ...Option) (*LLM, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	return &LLM{opts: o}, nil
}

func (l *LLM) Call(ctx context.Context, prompt string, options ...llms.CallOption) (string, error) {
	return llms.GenerateFromSinglePrompt(ctx, l, prompt, options...)
}

func (l *LLM) GenerateContent(ctx context.Context, messages []llms.MessageContent, options ...llms.CallOption) (*llms.ContentResponse, error) {
	return &llms.ContentResponse{Choices: []*llms.ContentChoice{{Content: ""}}}, nil
}
