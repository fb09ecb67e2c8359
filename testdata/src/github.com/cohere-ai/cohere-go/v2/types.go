// Stub of github.com/cohere-ai/cohere-go/v2@v2.15.3 (package api) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package api

type ChatRequest struct {
	Message  string  `json:"message" url:"-"`
	Model    *string `json:"model,omitempty" url:"-"`
	Preamble *string `json:"preamble,omitempty" url:"-"`
}

type ChatStreamRequest struct {
	Message  string  `json:"message" url:"-"`
	Model    *string `json:"model,omitempty" url:"-"`
	Preamble *string `json:"preamble,omitempty" url:"-"`
}

type NonStreamedChatResponse struct {
	Text         string  `json:"text" url:"text"`
	GenerationId *string `json:"generation_id,omitempty" url:"generation_id,omitempty"`
	ResponseId   *string `json:"response_id,omitempty" url:"response_id,omitempty"`
}

type StreamedChatResponse struct {
	EventType string
}

type GenerateRequest struct {
	Prompt         string  `json:"prompt" url:"-"`
	Model          *string `json:"model,omitempty" url:"-"`
	NumGenerations *int    `json:"num_generations,omitempty" url:"-"`
}

type GenerateStreamRequest struct {
	Prompt string  `json:"prompt" url:"-"`
	Model  *string `json:"model,omitempty" url:"-"`
}

type Generation struct {
	Id string `json:"id" url:"id"`
}

type GenerateStreamedResponse struct {
	EventType string
}

type EmbedInputType string

const (
	EmbedInputTypeSearchDocument EmbedInputType = "search_document"
	EmbedInputTypeSearchQuery    EmbedInputType = "search_query"
)

type EmbedRequest struct {
	Texts     []string        `json:"texts,omitempty" url:"-"`
	Images    []string        `json:"images,omitempty" url:"-"`
	Model     *string         `json:"model,omitempty" url:"-"`
	InputType *EmbedInputType `json:"input_type,omitempty" url:"-"`
}

type EmbedFloatsResponse struct {
	Id         string      `json:"id" url:"id"`
	Embeddings [][]float64 `json:"embeddings,omitempty" url:"embeddings,omitempty"`
}

type EmbedByTypeResponse struct {
	Id string `json:"id" url:"id"`
}

type EmbedResponse struct {
	ResponseType     string
	EmbeddingsFloats *EmbedFloatsResponse
	EmbeddingsByType *EmbedByTypeResponse
}

type RerankDocument = map[string]string

type RerankRequestDocumentsItem struct {
	String         string
	RerankDocument RerankDocument
}

type RerankRequest struct {
	Model     *string                       `json:"model,omitempty" url:"-"`
	Query     string                        `json:"query" url:"-"`
	Documents []*RerankRequestDocumentsItem `json:"documents,omitempty" url:"-"`
}

type RerankResponse struct {
	Id *string `json:"id,omitempty" url:"id,omitempty"`
}

type ClassifyRequest struct {
	Inputs []string `json:"inputs,omitempty" url:"-"`
}

type ClassifyResponse struct {
	Id string `json:"id" url:"id"`
}

type SummarizeRequest struct {
	Text string `json:"text" url:"-"`
}

type SummarizeResponse struct {
	Id      *string `json:"id,omitempty" url:"id,omitempty"`
	Summary *string `json:"summary,omitempty" url:"summary,omitempty"`
}

// V2 API types (v_2.go).

type UserMessageV2Content struct {
	String string
}

type UserMessageV2 struct {
	Content *UserMessageV2Content `json:"content" url:"content"`
}

type SystemMessageV2Content struct {
	String string
}

type SystemMessageV2 struct {
	Content *SystemMessageV2Content `json:"content" url:"content"`
}

type ChatMessageV2 struct {
	Role   string
	User   *UserMessageV2
	System *SystemMessageV2
}

type ChatMessages = []*ChatMessageV2

type V2ChatRequest struct {
	Model    string       `json:"model" url:"-"`
	Messages ChatMessages `json:"messages,omitempty" url:"-"`
}

type V2ChatStreamRequest struct {
	Model    string       `json:"model" url:"-"`
	Messages ChatMessages `json:"messages,omitempty" url:"-"`
}

type V2ChatResponse struct {
	Id string `json:"id" url:"id"`
}

type V2ChatStreamResponse struct {
	Type string
}

type V2EmbedRequest struct {
	Texts     []string       `json:"texts,omitempty" url:"-"`
	Images    []string       `json:"images,omitempty" url:"-"`
	Model     string         `json:"model" url:"-"`
	InputType EmbedInputType `json:"input_type" url:"-"`
}

type V2RerankRequest struct {
	Model     string   `json:"model" url:"-"`
	Query     string   `json:"query" url:"-"`
	Documents []string `json:"documents,omitempty" url:"-"`
}

type V2RerankResponse struct {
	Id *string `json:"id,omitempty" url:"id,omitempty"`
}
