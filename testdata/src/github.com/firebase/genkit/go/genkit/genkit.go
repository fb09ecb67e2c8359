// Stub of github.com/firebase/genkit/go@v1.4.0 (package genkit) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package genkit

import (
	"context"
	"iter"

	"github.com/firebase/genkit/go/ai"
	"github.com/firebase/genkit/go/core/api"
)

type Genkit struct {
	reg api.Registry
}

type genkitOptions struct {
	DefaultModel string
	Plugins      []api.Plugin
}

type GenkitOption interface {
	apply(g *genkitOptions) error
}

func (o *genkitOptions) apply(gOpts *genkitOptions) error { return nil }

func WithPlugins(plugins ...api.Plugin) GenkitOption { return &genkitOptions{Plugins: plugins} }

func WithDefaultModel(model string) GenkitOption { return &genkitOptions{DefaultModel: model} }

func Init(ctx context.Context, opts ...GenkitOption) *Genkit { return &Genkit{} }

func DefinePrompt(g *Genkit, name string, opts ...ai.PromptOption) ai.Prompt { return nil }

func LookupPrompt(g *Genkit, name string) ai.Prompt { return nil }

func Generate(ctx context.Context, g *Genkit, opts ...ai.GenerateOption) (*ai.ModelResponse, error) {
	return ai.Generate(ctx, g.reg, opts...)
}

func GenerateStream(ctx context.Context, g *Genkit, opts ...ai.GenerateOption) iter.Seq2[*ai.ModelStreamValue, error] {
	return ai.GenerateStream(ctx, g.reg, opts...)
}

func GenerateText(ctx context.Context, g *Genkit, opts ...ai.GenerateOption) (string, error) {
	return ai.GenerateText(ctx, g.reg, opts...)
}

func GenerateData[Out any](ctx context.Context, g *Genkit, opts ...ai.GenerateOption) (*Out, *ai.ModelResponse, error) {
	return ai.GenerateData[Out](ctx, g.reg, opts...)
}

func GenerateDataStream[Out any](ctx context.Context, g *Genkit, opts ...ai.GenerateOption) iter.Seq2[*ai.StreamValue[Out, Out], error] {
	return ai.GenerateDataStream[Out](ctx, g.reg, opts...)
}

func Retrieve(ctx context.Context, g *Genkit, opts ...ai.RetrieverOption) (*ai.RetrieverResponse, error) {
	return &ai.RetrieverResponse{}, nil
}

func Embed(ctx context.Context, g *Genkit, opts ...ai.EmbedderOption) (*ai.EmbedResponse, error) {
	return ai.Embed(ctx, g.reg, opts...)
}
