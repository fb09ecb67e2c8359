// Stub of github.com/tmc/langchaingo@v0.1.14 for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package schema

import "context"

type Document struct {
	PageContent string
	Metadata    map[string]any
	Score       float32
}

type AgentAction struct {
	Tool      string
	ToolInput string
	Log       string
	ToolID    string
}

type AgentStep struct {
	Action      AgentAction
	Observation string
}

type AgentFinish struct {
	ReturnValues map[string]any
	Log          string
}

type Memory interface {
	GetMemoryKey(ctx context.Context) string
	MemoryVariables(ctx context.Context) []string
	LoadMemoryVariables(ctx context.Context, inputs map[string]any) (map[string]any, error)
	SaveContext(ctx context.Context, inputs map[string]any, outputs map[string]any) error
	Clear(ctx context.Context) error
}
