// Stub of github.com/sashabaranov/go-openai@v1.43.0 for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package openai

import (
	"context"
	"io"
	"net/http"
)

const (
	ChatMessageRoleSystem    = "system"
	ChatMessageRoleUser      = "user"
	ChatMessageRoleAssistant = "assistant"
)

const (
	GPT4o     = "gpt-4o"
	GPT4oMini = "gpt-4o-mini"
)

type HTTPDoer interface {
	Do(req *http.Request) (*http.Response, error)
}

type APIType string

type ClientConfig struct {
	authToken string

	BaseURL    string
	OrgID      string
	APIType    APIType
	APIVersion string
	HTTPClient HTTPDoer
}

func DefaultConfig(authToken string) ClientConfig {
	return ClientConfig{authToken: authToken, BaseURL: "https://api.openai.com/v1"}
}

type Client struct {
	config ClientConfig
}

func NewClient(authToken string) *Client {
	return NewClientWithConfig(DefaultConfig(authToken))
}

func NewClientWithConfig(config ClientConfig) *Client {
	return &Client{config: config}
}

// Chat.

type ChatMessagePartType string

const ChatMessagePartTypeText ChatMessagePartType = "text"

type ChatMessagePart struct {
	Type ChatMessagePartType `json:"type,omitempty"`
	Text string              `json:"text,omitempty"`
}

type ChatCompletionMessage struct {
	Role         string `json:"role"`
	Content      string `json:"content,omitempty"`
	Refusal      string `json:"refusal,omitempty"`
	MultiContent []ChatMessagePart
	Name         string `json:"name,omitempty"`
}

type ChatCompletionRequest struct {
	Model            string                  `json:"model"`
	Messages         []ChatCompletionMessage `json:"messages"`
	MaxTokens        int                     `json:"max_tokens,omitempty"`
	Temperature      float32                 `json:"temperature,omitempty"`
	Stream           bool                    `json:"stream"`
	User             string                  `json:"user,omitempty"`
	Metadata         map[string]string       `json:"metadata,omitempty"`
	SafetyIdentifier string                  `json:"safety_identifier,omitempty"`
}

type ChatCompletionChoice struct {
	Index   int                   `json:"index"`
	Message ChatCompletionMessage `json:"message"`
}

type ChatCompletionResponse struct {
	ID      string                 `json:"id"`
	Model   string                 `json:"model"`
	Choices []ChatCompletionChoice `json:"choices"`
}

type ChatCompletionStreamResponse struct {
	ID string `json:"id"`
}

type streamReader[T any] struct {
	cur T
}

func (stream *streamReader[T]) Recv() (response T, err error) { return stream.cur, io.EOF }

func (stream *streamReader[T]) Close() error { return nil }

type ChatCompletionStream struct {
	*streamReader[ChatCompletionStreamResponse]
}

func (c *Client) CreateChatCompletion(
	ctx context.Context,
	request ChatCompletionRequest,
) (response ChatCompletionResponse, err error) {
	return
}

func (c *Client) CreateChatCompletionStream(
	ctx context.Context,
	request ChatCompletionRequest,
) (stream *ChatCompletionStream, err error) {
	return &ChatCompletionStream{&streamReader[ChatCompletionStreamResponse]{}}, nil
}

// Completions.

type CompletionRequest struct {
	Model  string `json:"model"`
	Prompt any    `json:"prompt,omitempty"`
	Suffix string `json:"suffix,omitempty"`
	User   string `json:"user,omitempty"`
}

type CompletionResponse struct {
	ID string `json:"id"`
}

type CompletionStream struct {
	*streamReader[CompletionResponse]
}

func (c *Client) CreateCompletion(
	ctx context.Context,
	request CompletionRequest,
) (response CompletionResponse, err error) {
	return
}

func (c *Client) CreateCompletionStream(
	ctx context.Context,
	request CompletionRequest,
) (stream *CompletionStream, err error) {
	return &CompletionStream{&streamReader[CompletionResponse]{}}, nil
}

// Embeddings.

type EmbeddingModel string

const (
	AdaEmbeddingV2  EmbeddingModel = "text-embedding-ada-002"
	SmallEmbedding3 EmbeddingModel = "text-embedding-3-small"
)

type EmbeddingRequestConverter interface {
	Convert() EmbeddingRequest
}

type EmbeddingRequest struct {
	Input any            `json:"input"`
	Model EmbeddingModel `json:"model"`
	User  string         `json:"user,omitempty"`
}

func (r EmbeddingRequest) Convert() EmbeddingRequest { return r }

type EmbeddingRequestStrings struct {
	Input []string       `json:"input"`
	Model EmbeddingModel `json:"model"`
	User  string         `json:"user"`
}

func (r EmbeddingRequestStrings) Convert() EmbeddingRequest {
	return EmbeddingRequest{Input: r.Input, Model: r.Model, User: r.User}
}

type Embedding struct {
	Embedding []float32 `json:"embedding"`
	Index     int       `json:"index"`
}

type EmbeddingResponse struct {
	Data  []Embedding    `json:"data"`
	Model EmbeddingModel `json:"model"`
}

func (c *Client) CreateEmbeddings(
	ctx context.Context,
	conv EmbeddingRequestConverter,
) (res EmbeddingResponse, err error) {
	return
}

// Responses.

type CreateResponseRequest struct {
	Input        any            `json:"input"`
	Instructions string         `json:"instructions,omitempty"`
	Metadata     map[string]any `json:"metadata,omitempty"`
	Model        string         `json:"model,omitempty"`
	User         string         `json:"user,omitempty"`
}

type CreateResponseResponse struct {
	ID string `json:"id"`
}

type ResponseStreamEventType string

type ResponseStreamEvent struct {
	Type ResponseStreamEventType `json:"type"`
}

type ResponseStream struct {
	*streamReader[ResponseStreamEvent]
}

func (c *Client) CreateResponse(
	ctx context.Context,
	request CreateResponseRequest,
) (response CreateResponseResponse, err error) {
	return
}

func (c *Client) CreateResponseStream(
	ctx context.Context,
	request CreateResponseRequest,
) (stream *ResponseStream, err error) {
	return &ResponseStream{&streamReader[ResponseStreamEvent]{}}, nil
}

// Files and batches.

type PurposeType string

type FileRequest struct {
	FileName string `json:"file"`
	FilePath string `json:"-"`
	Purpose  string `json:"purpose"`
}

type FileBytesRequest struct {
	Name    string
	Bytes   []byte
	Purpose PurposeType
}

type File struct {
	ID string `json:"id"`
}

func (c *Client) CreateFileBytes(ctx context.Context, request FileBytesRequest) (file File, err error) {
	return
}

func (c *Client) CreateFile(ctx context.Context, request FileRequest) (file File, err error) {
	return
}

type BatchLineItem interface {
	MarshalBatchLineItem() []byte
}

type BatchEndpoint string

type UploadBatchFileRequest struct {
	FileName string
	Lines    []BatchLineItem
}

type CreateBatchRequest struct {
	InputFileID      string         `json:"input_file_id"`
	Endpoint         BatchEndpoint  `json:"endpoint"`
	CompletionWindow string         `json:"completion_window"`
	Metadata         map[string]any `json:"metadata"`
}

type CreateBatchWithUploadFileRequest struct {
	Endpoint         BatchEndpoint  `json:"endpoint"`
	CompletionWindow string         `json:"completion_window"`
	Metadata         map[string]any `json:"metadata"`
	UploadBatchFileRequest
}

type Batch struct {
	ID       string        `json:"id"`
	Object   string        `json:"object"`
	Endpoint BatchEndpoint `json:"endpoint"`
}

type BatchResponse struct {
	Batch
}

func (c *Client) UploadBatchFile(ctx context.Context, request UploadBatchFileRequest) (File, error) {
	return File{}, nil
}

func (c *Client) CreateBatch(
	ctx context.Context,
	request CreateBatchRequest,
) (response BatchResponse, err error) {
	return
}

func (c *Client) CreateBatchWithUploadFile(
	ctx context.Context,
	request CreateBatchWithUploadFileRequest,
) (response BatchResponse, err error) {
	return
}

// Assistants API.

type ThreadMessageRole string

const ThreadMessageRoleUser ThreadMessageRole = "user"

type ThreadMessage struct {
	Role     ThreadMessageRole `json:"role"`
	Content  string            `json:"content"`
	Metadata map[string]any    `json:"metadata,omitempty"`
}

type ThreadRequest struct {
	Messages []ThreadMessage `json:"messages,omitempty"`
	Metadata map[string]any  `json:"metadata,omitempty"`
}

type Thread struct {
	ID string `json:"id"`
}

func (c *Client) CreateThread(ctx context.Context, request ThreadRequest) (response Thread, err error) {
	return
}

type MessageRequest struct {
	Role     string         `json:"role"`
	Content  string         `json:"content"`
	Metadata map[string]any `json:"metadata,omitempty"`
}

type Message struct {
	ID string `json:"id"`
}

func (c *Client) CreateMessage(ctx context.Context, threadID string, request MessageRequest) (msg Message, err error) {
	return
}

type RunRequest struct {
	AssistantID            string          `json:"assistant_id"`
	Model                  string          `json:"model,omitempty"`
	Instructions           string          `json:"instructions,omitempty"`
	AdditionalInstructions string          `json:"additional_instructions,omitempty"`
	AdditionalMessages     []ThreadMessage `json:"additional_messages,omitempty"`
	Metadata               map[string]any  `json:"metadata,omitempty"`
}

type Run struct {
	ID string `json:"id"`
}

func (c *Client) CreateRun(
	ctx context.Context,
	threadID string,
	request RunRequest,
) (response Run, err error) {
	return
}

type CreateThreadAndRunRequest struct {
	RunRequest
	Thread ThreadRequest `json:"thread"`
}

func (c *Client) CreateThreadAndRun(
	ctx context.Context,
	request CreateThreadAndRunRequest) (response Run, err error) {
	return
}

type ToolOutput struct {
	ToolCallID string `json:"tool_call_id"`
	Output     any    `json:"output"`
}

type SubmitToolOutputsRequest struct {
	ToolOutputs []ToolOutput `json:"tool_outputs"`
}

func (c *Client) SubmitToolOutputs(
	ctx context.Context,
	threadID string,
	runID string,
	request SubmitToolOutputsRequest) (response Run, err error) {
	return
}

type AssistantRequest struct {
	Model        string         `json:"model"`
	Name         *string        `json:"name,omitempty"`
	Description  *string        `json:"description,omitempty"`
	Instructions *string        `json:"instructions,omitempty"`
	Metadata     map[string]any `json:"metadata,omitempty"`
}

type Assistant struct {
	ID string `json:"id"`
}

func (c *Client) CreateAssistant(ctx context.Context, request AssistantRequest) (response Assistant, err error) {
	return
}

// Moderation, images, audio, fine-tuning, vector stores.

type ModerationRequest struct {
	Input string `json:"input,omitempty"`
	Model string `json:"model,omitempty"`
}

type ModerationResponse struct {
	ID string `json:"id"`
}

func (c *Client) Moderations(ctx context.Context, request ModerationRequest) (response ModerationResponse, err error) {
	return
}

type ImageRequest struct {
	Prompt string `json:"prompt,omitempty"`
	Model  string `json:"model,omitempty"`
	User   string `json:"user,omitempty"`
}

type ImageResponse struct {
	Created int64 `json:"created,omitempty"`
}

func (c *Client) CreateImage(ctx context.Context, request ImageRequest) (response ImageResponse, err error) {
	return
}

type AudioResponseFormat string

type AudioRequest struct {
	Model    string
	FilePath string
	Reader   io.Reader
	Prompt   string
	Language string
	Format   AudioResponseFormat
}

type AudioResponse struct {
	Text string `json:"text"`
}

func (c *Client) CreateTranscription(
	ctx context.Context,
	request AudioRequest,
) (response AudioResponse, err error) {
	return
}

func (c *Client) CreateTranslation(
	ctx context.Context,
	request AudioRequest,
) (response AudioResponse, err error) {
	return
}

type SpeechModel string

type SpeechVoice string

type CreateSpeechRequest struct {
	Model        SpeechModel `json:"model"`
	Input        string      `json:"input"`
	Voice        SpeechVoice `json:"voice"`
	Instructions string      `json:"instructions,omitempty"`
}

type RawResponse struct {
	io.ReadCloser
}

func (c *Client) CreateSpeech(ctx context.Context, request CreateSpeechRequest) (response RawResponse, err error) {
	return
}

type FineTuningJobRequest struct {
	TrainingFile   string `json:"training_file"`
	ValidationFile string `json:"validation_file,omitempty"`
	Model          string `json:"model,omitempty"`
	Suffix         string `json:"suffix,omitempty"`
}

type FineTuningJob struct {
	ID string `json:"id"`
}

func (c *Client) CreateFineTuningJob(
	ctx context.Context,
	request FineTuningJobRequest,
) (response FineTuningJob, err error) {
	return
}

type VectorStoreFileRequest struct {
	FileID string `json:"file_id"`
}

type VectorStoreFile struct {
	ID string `json:"id"`
}

func (c *Client) CreateVectorStoreFile(
	ctx context.Context,
	vectorStoreID string,
	request VectorStoreFileRequest,
) (response VectorStoreFile, err error) {
	return
}
