// Stub of github.com/firebase/genkit/go@v1.4.0 (package ai) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package ai

import (
	"context"
	"iter"

	"github.com/firebase/genkit/go/core/api"
)

type Role string

const (
	RoleUser   Role = "user"
	RoleSystem Role = "system"
	RoleModel  Role = "model"
)

type Part struct {
	ContentType string `json:"contentType,omitempty"`
	Text        string `json:"text,omitempty"`
}

func NewTextPart(text string) *Part { return &Part{ContentType: "plain/text", Text: text} }

type Message struct {
	Content  []*Part        `json:"content,omitempty"`
	Metadata map[string]any `json:"metadata,omitempty"`
	Role     Role           `json:"role,omitempty"`
}

func NewUserMessage(parts ...*Part) *Message { return &Message{Role: RoleUser, Content: parts} }

func NewUserTextMessage(text string) *Message { return NewUserMessage(NewTextPart(text)) }

type Document struct {
	Content  []*Part        `json:"content,omitempty"`
	Metadata map[string]any `json:"metadata,omitempty"`
}

func DocumentFromText(text string, metadata map[string]any) *Document {
	return &Document{Content: []*Part{NewTextPart(text)}, Metadata: metadata}
}

type ModelRequest struct {
	Messages []*Message `json:"messages,omitempty"`
}

type ModelResponseChunk struct {
	Content []*Part `json:"content,omitempty"`
}

type ModelResponse struct {
	Message *Message      `json:"message,omitempty"`
	Request *ModelRequest `json:"request,omitempty"`
}

func (mr *ModelResponse) Text() string {
	if mr.Message == nil || len(mr.Message.Content) == 0 {
		return ""
	}
	return mr.Message.Content[0].Text
}

type GenerateActionOptions struct {
	Messages []*Message  `json:"messages,omitempty"`
	Model    string      `json:"model,omitempty"`
	Docs     []*Document `json:"docs,omitempty"`
}

type EmbedResponse struct {
	Embeddings []*Embedding `json:"embeddings,omitempty"`
}

type Embedding struct {
	Embedding []float32 `json:"embedding,omitempty"`
}

type RetrieverResponse struct {
	Documents []*Document `json:"documents,omitempty"`
}

type StreamValue[Out, Stream any] struct {
	Done     bool
	Chunk    Stream
	Output   Out
	Response *ModelResponse
}

type ModelStreamValue = StreamValue[struct{}, *ModelResponseChunk]

type ModelStreamCallback = func(context.Context, *ModelResponseChunk) error

type ModelFunc = func(context.Context, *ModelRequest, ModelStreamCallback) (*ModelResponse, error)

type ModelMiddleware = func(ModelFunc) ModelFunc

// Option plumbing (option.go): each option type implements the apply
// methods of the calls that accept it.

type commonGenOptions struct {
	Messages  []*Message
	ModelName string
}

type promptingOptions struct {
	System string
	Prompt string
	Args   []any
}

type documentOptions struct {
	Documents []*Document
}

type promptExecutionOptions struct{ Input any }

type generateOptions struct{}

type promptOptions struct{}

type embedderOptions struct{}

type retrieverOptions struct{}

type GenerateOption interface {
	applyGenerate(*generateOptions) error
}

type PromptOption interface {
	applyPrompt(*promptOptions) error
}

type PromptExecuteOption interface {
	applyPromptExecute(*promptExecutionOptions) error
}

type EmbedderOption interface {
	applyEmbedder(*embedderOptions) error
}

type RetrieverOption interface {
	applyRetriever(*retrieverOptions) error
}

type CommonGenOption interface {
	applyCommonGen(*commonGenOptions) error
	applyPrompt(*promptOptions) error
	applyGenerate(*generateOptions) error
	applyPromptExecute(*promptExecutionOptions) error
}

type PromptingOption interface {
	applyPrompting(*promptingOptions) error
	applyPrompt(*promptOptions) error
	applyGenerate(*generateOptions) error
}

type DocumentOption interface {
	applyDocument(*documentOptions) error
	applyGenerate(*generateOptions) error
	applyPromptExecute(*promptExecutionOptions) error
	applyEmbedder(*embedderOptions) error
	applyRetriever(*retrieverOptions) error
}

func (o *commonGenOptions) applyCommonGen(*commonGenOptions) error                 { return nil }
func (o *commonGenOptions) applyPrompt(*promptOptions) error                       { return nil }
func (o *commonGenOptions) applyGenerate(*generateOptions) error                   { return nil }
func (o *commonGenOptions) applyPromptExecute(*promptExecutionOptions) error       { return nil }
func (o *promptingOptions) applyPrompting(*promptingOptions) error                 { return nil }
func (o *promptingOptions) applyPrompt(*promptOptions) error                       { return nil }
func (o *promptingOptions) applyGenerate(*generateOptions) error                   { return nil }
func (o *documentOptions) applyDocument(*documentOptions) error                    { return nil }
func (o *documentOptions) applyGenerate(*generateOptions) error                    { return nil }
func (o *documentOptions) applyPromptExecute(*promptExecutionOptions) error        { return nil }
func (o *documentOptions) applyEmbedder(*embedderOptions) error                    { return nil }
func (o *documentOptions) applyRetriever(*retrieverOptions) error                  { return nil }
func (o *promptExecutionOptions) applyPromptExecute(*promptExecutionOptions) error { return nil }

func WithMessages(messages ...*Message) CommonGenOption { return &commonGenOptions{Messages: messages} }

func WithModelName(name string) CommonGenOption { return &commonGenOptions{ModelName: name} }

func WithSystem(text string, args ...any) PromptingOption {
	return &promptingOptions{System: text, Args: args}
}

func WithPrompt(text string, args ...any) PromptingOption {
	return &promptingOptions{Prompt: text, Args: args}
}

func WithTextDocs(text ...string) DocumentOption {
	docs := make([]*Document, len(text))
	for i, t := range text {
		docs[i] = DocumentFromText(t, nil)
	}
	return &documentOptions{Documents: docs}
}

func WithDocs(docs ...*Document) DocumentOption { return &documentOptions{Documents: docs} }

func WithInput(input any) PromptExecuteOption { return &promptExecutionOptions{Input: input} }

func GenerateWithRequest(ctx context.Context, r api.Registry, opts *GenerateActionOptions, mw []ModelMiddleware, cb ModelStreamCallback) (*ModelResponse, error) {
	return &ModelResponse{}, nil
}

func Generate(ctx context.Context, r api.Registry, opts ...GenerateOption) (*ModelResponse, error) {
	return &ModelResponse{}, nil
}

func GenerateText(ctx context.Context, r api.Registry, opts ...GenerateOption) (string, error) {
	return "", nil
}

func GenerateData[Out any](ctx context.Context, r api.Registry, opts ...GenerateOption) (*Out, *ModelResponse, error) {
	return new(Out), &ModelResponse{}, nil
}

func GenerateStream(ctx context.Context, r api.Registry, opts ...GenerateOption) iter.Seq2[*ModelStreamValue, error] {
	return func(yield func(*ModelStreamValue, error) bool) {}
}

func GenerateDataStream[Out any](ctx context.Context, r api.Registry, opts ...GenerateOption) iter.Seq2[*StreamValue[Out, Out], error] {
	return func(yield func(*StreamValue[Out, Out], error) bool) {}
}

func Embed(ctx context.Context, r api.Registry, opts ...EmbedderOption) (*EmbedResponse, error) {
	return &EmbedResponse{}, nil
}

// Prompt is a defined prompt (genkit.DefinePrompt, genkit.LookupPrompt).
type Prompt interface {
	Name() string
	Execute(ctx context.Context, opts ...PromptExecuteOption) (*ModelResponse, error)
	ExecuteStream(ctx context.Context, opts ...PromptExecuteOption) iter.Seq2[*ModelStreamValue, error]
	Render(ctx context.Context, input any) (*GenerateActionOptions, error)
}
