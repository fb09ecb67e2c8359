// Stub of github.com/tmc/langchaingo@v0.1.14 for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package chains

import (
	"context"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/prompts"
	"github.com/tmc/langchaingo/schema"
)

type Chain interface {
	Call(ctx context.Context, inputs map[string]any, options ...ChainCallOption) (map[string]any, error)
	GetMemory() schema.Memory
	GetInputKeys() []string
	GetOutputKeys() []string
}

type chainCallOption struct {
	Model       string
	MaxTokens   int
	Temperature float64
}

type ChainCallOption func(*chainCallOption)

func WithModel(model string) ChainCallOption {
	return func(o *chainCallOption) {
		o.Model = model
	}
}

func WithTemperature(temperature float64) ChainCallOption {
	return func(o *chainCallOption) {
		o.Temperature = temperature
	}
}

func Call(ctx context.Context, c Chain, inputValues map[string]any, options ...ChainCallOption) (map[string]any, error) { // nolint: lll
	return c.Call(ctx, inputValues, options...)
}

func Run(ctx context.Context, c Chain, input any, options ...ChainCallOption) (string, error) {
	inputKeys := c.GetInputKeys()
	if len(inputKeys) != 1 {
		return "", nil
	}
	out, err := Call(ctx, c, map[string]any{inputKeys[0]: input}, options...)
	s, _ := out["text"].(string)
	return s, err
}

func Predict(ctx context.Context, c Chain, inputValues map[string]any, options ...ChainCallOption) (string, error) {
	out, err := Call(ctx, c, inputValues, options...)
	s, _ := out["text"].(string)
	return s, err
}

func Apply(ctx context.Context, c Chain, inputValues []map[string]any, maxWorkers int, options ...ChainCallOption) ([]map[string]any, error) { // nolint:lll
	results := make([]map[string]any, 0, len(inputValues))
	for _, in := range inputValues {
		out, err := Call(ctx, c, in, options...)
		if err != nil {
			return nil, err
		}
		results = append(results, out)
	}
	return results, nil
}

type LLMChain struct {
	Prompt    prompts.FormatPrompter
	LLM       llms.Model
	Memory    schema.Memory
	OutputKey string
}

var _ Chain = &LLMChain{}

func NewLLMChain(llm llms.Model, prompt prompts.FormatPrompter, opts ...ChainCallOption) *LLMChain {
	return &LLMChain{
		Prompt:    prompt,
		LLM:       llm,
		OutputKey: "text",
	}
}

func (c LLMChain) Call(ctx context.Context, values map[string]any, options ...ChainCallOption) (map[string]any, error) {
	promptValue, err := c.Prompt.FormatPrompt(values)
	if err != nil {
		return nil, err
	}
	result, err := llms.GenerateFromSinglePrompt(ctx, c.LLM, promptValue.String())
	return map[string]any{c.OutputKey: result}, err
}

func (c LLMChain) GetMemory() schema.Memory { //nolint:ireturn
	return c.Memory
}

func (c LLMChain) GetInputKeys() []string {
	return c.Prompt.GetInputVariables()
}

func (c LLMChain) GetOutputKeys() []string {
	return []string{c.OutputKey}
}
