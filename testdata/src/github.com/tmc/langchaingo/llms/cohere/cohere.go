// Stub of github.com/tmc/langchaingo@v0.1.14 for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package cohere

import (
	"context"

	"github.com/tmc/langchaingo/llms"
)

type Option func(*options)

type options struct {
	token   string
	model   string
	baseURL string
}

func WithToken(token string) Option {
	return func(o *options) {
		o.token = token
	}
}

func WithModel(model string) Option {
	return func(o *options) {
		o.model = model
	}
}

func WithBaseURL(baseURL string) Option {
	return func(o *options) {
		o.baseURL = baseURL
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

func (o *LLM) Call(ctx context.Context, prompt string, options ...llms.CallOption) (string, error) {
	return llms.GenerateFromSinglePrompt(ctx, o, prompt, options...)
}

func (o *LLM) GenerateContent(ctx context.Context, messages []llms.MessageContent, options ...llms.CallOption) (*llms.ContentResponse, error) {
	return &llms.ContentResponse{Choices: []*llms.ContentChoice{{Content: ""}}}, nil
}
