// Stub of github.com/tmc/langchaingo@v0.1.14 for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package prompts

import (
	"strings"

	"github.com/tmc/langchaingo/llms"
)

type FormatPrompter interface {
	FormatPrompt(values map[string]any) (llms.PromptValue, error)
	GetInputVariables() []string
}

type PromptTemplate struct {
	Template       string
	InputVariables []string
}

func NewPromptTemplate(template string, inputVars []string) PromptTemplate {
	return PromptTemplate{
		Template:       template,
		InputVariables: inputVars,
	}
}

func (p PromptTemplate) Format(values map[string]any) (string, error) {
	s := p.Template
	for k, v := range values {
		if str, ok := v.(string); ok {
			s = strings.ReplaceAll(s, "{{."+k+"}}", str)
		}
	}
	return s, nil
}

type StringPromptValue string

func (v StringPromptValue) String() string { return string(v) }

func (v StringPromptValue) Messages() []llms.ChatMessage { return nil }

func (p PromptTemplate) FormatPrompt(values map[string]any) (llms.PromptValue, error) { //nolint:ireturn
	s, err := p.Format(values)
	return StringPromptValue(s), err
}

func (p PromptTemplate) GetInputVariables() []string {
	return p.InputVariables
}
