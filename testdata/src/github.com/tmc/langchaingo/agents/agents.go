// Stub of github.com/tmc/langchaingo@v0.1.14 for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package agents

import (
	"context"

	"github.com/tmc/langchaingo/chains"
	"github.com/tmc/langchaingo/schema"
	"github.com/tmc/langchaingo/tools"
)

type Agent interface {
	Plan(ctx context.Context, intermediateSteps []schema.AgentStep, inputs map[string]string, options ...chains.ChainCallOption) ([]schema.AgentAction, *schema.AgentFinish, error) //nolint:lll
	GetInputKeys() []string
	GetOutputKeys() []string
	GetTools() []tools.Tool
}

type Options struct {
	maxIterations int
}

type Option func(*Options)

func WithMaxIterations(iterations int) Option {
	return func(co *Options) {
		co.maxIterations = iterations
	}
}

type Executor struct {
	Agent         Agent
	Memory        schema.Memory
	MaxIterations int
}

var _ chains.Chain = &Executor{}

func NewExecutor(agent Agent, opts ...Option) *Executor {
	var o Options
	for _, opt := range opts {
		opt(&o)
	}
	return &Executor{Agent: agent, MaxIterations: o.maxIterations}
}

func (e *Executor) Call(ctx context.Context, inputValues map[string]any, options ...chains.ChainCallOption) (map[string]any, error) { //nolint:lll
	return map[string]any{}, nil
}

func (e *Executor) GetInputKeys() []string { return e.Agent.GetInputKeys() }

func (e *Executor) GetOutputKeys() []string { return e.Agent.GetOutputKeys() }

func (e *Executor) GetMemory() schema.Memory { return e.Memory } //nolint:ireturn
