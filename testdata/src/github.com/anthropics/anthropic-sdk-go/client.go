// Stub of github.com/anthropics/anthropic-sdk-go@v1.84.0 for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package anthropic

import (
	"context"
	"encoding/json"
	"io"

	"github.com/anthropics/anthropic-sdk-go/option"
	"github.com/anthropics/anthropic-sdk-go/packages/param"
	"github.com/anthropics/anthropic-sdk-go/packages/ssestream"
)

type paramUnion = param.APIUnion

type paramObj = param.APIObject

type Model = string

const (
	ModelClaudeSonnet4_5 Model = "claude-sonnet-4-5"
	ModelClaudeHaiku4_5  Model = "claude-haiku-4-5"
)

func String(s string) param.Opt[string] { return param.NewOpt(s) }
func Int(i int64) param.Opt[int64]      { return param.NewOpt(i) }

type Client struct {
	Options     []option.RequestOption
	Completions CompletionService
	Messages    MessageService
	Files       FileService
	Beta        BetaService
}

func NewClient(opts ...option.RequestOption) (r Client) {
	r = Client{Options: opts}
	return
}

func (r *Client) Execute(ctx context.Context, method string, path string, params any, res any, opts ...option.RequestOption) error {
	return nil
}

func (r *Client) Get(ctx context.Context, path string, params any, res any, opts ...option.RequestOption) error {
	return nil
}

func (r *Client) Post(ctx context.Context, path string, params any, res any, opts ...option.RequestOption) error {
	return nil
}

func (r *Client) Put(ctx context.Context, path string, params any, res any, opts ...option.RequestOption) error {
	return nil
}

func (r *Client) Patch(ctx context.Context, path string, params any, res any, opts ...option.RequestOption) error {
	return nil
}

// Messages.

type MessageService struct {
	Options []option.RequestOption
	Batches MessageBatchService
}

func (r *MessageService) New(ctx context.Context, params MessageNewParams, opts ...option.RequestOption) (res *Message, err error) {
	return &Message{}, nil
}

func (r *MessageService) NewStreaming(ctx context.Context, params MessageNewParams, opts ...option.RequestOption) (stream *ssestream.Stream[MessageStreamEventUnion]) {
	return &ssestream.Stream[MessageStreamEventUnion]{}
}

func (r *MessageService) CountTokens(ctx context.Context, params MessageCountTokensParams, opts ...option.RequestOption) (res *MessageTokensCount, err error) {
	return &MessageTokensCount{}, nil
}

type MessageNewParams struct {
	MaxTokens     int64              `json:"max_tokens" api:"required"`
	Messages      []MessageParam     `json:"messages,omitzero" api:"required"`
	Model         Model              `json:"model,omitzero" api:"required"`
	Temperature   param.Opt[float64] `json:"temperature,omitzero"`
	Metadata      MetadataParam      `json:"metadata,omitzero"`
	StopSequences []string           `json:"stop_sequences,omitzero"`
	System        []TextBlockParam   `json:"system,omitzero"`
	paramObj
}

type MetadataParam struct {
	UserID param.Opt[string] `json:"user_id,omitzero"`
	paramObj
}

type MessageParamRole string

const (
	MessageParamRoleUser      MessageParamRole = "user"
	MessageParamRoleAssistant MessageParamRole = "assistant"
)

type MessageParam struct {
	Content []ContentBlockParamUnion `json:"content,omitzero" api:"required"`
	Role    MessageParamRole         `json:"role,omitzero" api:"required"`
	paramObj
}

func NewUserMessage(blocks ...ContentBlockParamUnion) MessageParam {
	return MessageParam{
		Role:    MessageParamRoleUser,
		Content: blocks,
	}
}

func NewAssistantMessage(blocks ...ContentBlockParamUnion) MessageParam {
	return MessageParam{
		Role:    MessageParamRoleAssistant,
		Content: blocks,
	}
}

type ContentBlockParamUnion struct {
	OfText *TextBlockParam `json:",omitzero,inline"`
	paramUnion
}

type TextBlockParam struct {
	Text string `json:"text" api:"required"`
	paramObj
}

func NewTextBlock(text string) ContentBlockParamUnion {
	var variant TextBlockParam
	variant.Text = text
	return ContentBlockParamUnion{OfText: &variant}
}

type MessageCountTokensParams struct {
	Messages []MessageParam                      `json:"messages,omitzero" api:"required"`
	Model    Model                               `json:"model,omitzero" api:"required"`
	System   MessageCountTokensParamsSystemUnion `json:"system,omitzero"`
	paramObj
}

type MessageCountTokensParamsSystemUnion struct {
	OfString         param.Opt[string] `json:",omitzero,inline"`
	OfTextBlockArray []TextBlockParam  `json:",omitzero,inline"`
	paramUnion
}

type Message struct {
	ID      string              `json:"id" api:"required"`
	Content []ContentBlockUnion `json:"content" api:"required"`
	Model   Model               `json:"model" api:"required"`
}

type ContentBlockUnion struct {
	Text string `json:"text"`
	Type string `json:"type"`
}

type MessageStreamEventUnion struct {
	Type string `json:"type"`
}

type MessageTokensCount struct {
	InputTokens int64 `json:"input_tokens" api:"required"`
}

type MessageBatchService struct {
	Options []option.RequestOption
}

func (r *MessageBatchService) New(ctx context.Context, params MessageBatchNewParams, opts ...option.RequestOption) (res *MessageBatch, err error) {
	return &MessageBatch{}, nil
}

type MessageBatchNewParams struct {
	Requests []MessageBatchNewParamsRequest `json:"requests,omitzero" api:"required"`
	paramObj
}

type MessageBatchNewParamsRequest struct {
	CustomID string                             `json:"custom_id" api:"required"`
	Params   MessageBatchNewParamsRequestParams `json:"params,omitzero" api:"required"`
	paramObj
}

type MessageBatchNewParamsRequestParams struct {
	MaxTokens int64            `json:"max_tokens" api:"required"`
	Messages  []MessageParam   `json:"messages,omitzero" api:"required"`
	Model     Model            `json:"model,omitzero" api:"required"`
	Metadata  MetadataParam    `json:"metadata,omitzero"`
	System    []TextBlockParam `json:"system,omitzero"`
	paramObj
}

type MessageBatch struct {
	ID string `json:"id" api:"required"`
}

// Legacy text completions (v1 only).

type CompletionService struct {
	Options []option.RequestOption
}

func (r *CompletionService) New(ctx context.Context, params CompletionNewParams, opts ...option.RequestOption) (res *Completion, err error) {
	return &Completion{}, nil
}

func (r *CompletionService) NewStreaming(ctx context.Context, params CompletionNewParams, opts ...option.RequestOption) (stream *ssestream.Stream[Completion]) {
	return &ssestream.Stream[Completion]{}
}

type CompletionNewParams struct {
	MaxTokensToSample int64         `json:"max_tokens_to_sample" api:"required"`
	Model             Model         `json:"model,omitzero" api:"required"`
	Prompt            string        `json:"prompt" api:"required"`
	Metadata          MetadataParam `json:"metadata,omitzero"`
	paramObj
}

type Completion struct {
	ID         string `json:"id" api:"required"`
	Completion string `json:"completion" api:"required"`
}

// Files.

type FileService struct {
	Options []option.RequestOption
}

func (r *FileService) Upload(ctx context.Context, params FileUploadParams, opts ...option.RequestOption) (res *FileMetadata, err error) {
	return &FileMetadata{}, nil
}

type FileUploadParams struct {
	File io.Reader `json:"file,omitzero" api:"required" format:"binary"`
	paramObj
}

type FileMetadata struct {
	ID string `json:"id" api:"required"`
}

// Beta.

type BetaService struct {
	Options  []option.RequestOption
	Messages BetaMessageService
	Agents   BetaAgentService
	Sessions BetaSessionService
	Files    BetaFileService
}

type BetaMessageService struct {
	Options []option.RequestOption
	Batches BetaMessageBatchService
}

func (r *BetaMessageService) New(ctx context.Context, params BetaMessageNewParams, opts ...option.RequestOption) (res *BetaMessage, err error) {
	return &BetaMessage{}, nil
}

func (r *BetaMessageService) NewStreaming(ctx context.Context, params BetaMessageNewParams, opts ...option.RequestOption) (stream *ssestream.Stream[BetaRawMessageStreamEventUnion]) {
	return &ssestream.Stream[BetaRawMessageStreamEventUnion]{}
}

func (r *BetaMessageService) CountTokens(ctx context.Context, params BetaMessageCountTokensParams, opts ...option.RequestOption) (res *BetaMessageTokensCount, err error) {
	return &BetaMessageTokensCount{}, nil
}

func (r *BetaMessageService) NewToolRunner(tools []BetaTool, params BetaToolRunnerParams, opts ...option.RequestOption) *BetaToolRunner {
	return &BetaToolRunner{params: params}
}

func (r *BetaMessageService) NewToolRunnerStreaming(tools []BetaTool, params BetaToolRunnerParams, opts ...option.RequestOption) *BetaToolRunnerStreaming {
	return &BetaToolRunnerStreaming{params: params}
}

type BetaMessageNewParams struct {
	MaxTokens int64                `json:"max_tokens" api:"required"`
	Messages  []BetaMessageParam   `json:"messages,omitzero" api:"required"`
	Model     Model                `json:"model,omitzero" api:"required"`
	Metadata  BetaMetadataParam    `json:"metadata,omitzero"`
	System    []BetaTextBlockParam `json:"system,omitzero"`
	paramObj
}

type BetaMetadataParam struct {
	UserID param.Opt[string] `json:"user_id,omitzero"`
	paramObj
}

type BetaMessageParamRole string

const (
	BetaMessageParamRoleUser      BetaMessageParamRole = "user"
	BetaMessageParamRoleAssistant BetaMessageParamRole = "assistant"
)

type BetaMessageParam struct {
	Content []BetaContentBlockParamUnion `json:"content,omitzero" api:"required"`
	Role    BetaMessageParamRole         `json:"role,omitzero" api:"required"`
	paramObj
}

func NewBetaUserMessage(blocks ...BetaContentBlockParamUnion) BetaMessageParam {
	return BetaMessageParam{
		Role:    BetaMessageParamRoleUser,
		Content: blocks,
	}
}

type BetaContentBlockParamUnion struct {
	OfText *BetaTextBlockParam `json:",omitzero,inline"`
	paramUnion
}

type BetaTextBlockParam struct {
	Text string `json:"text" api:"required"`
	paramObj
}

func NewBetaTextBlock(text string) BetaContentBlockParamUnion {
	var variant BetaTextBlockParam
	variant.Text = text
	return BetaContentBlockParamUnion{OfText: &variant}
}

type BetaMessageCountTokensParams struct {
	Messages []BetaMessageParam                      `json:"messages,omitzero" api:"required"`
	Model    Model                                   `json:"model,omitzero" api:"required"`
	System   BetaMessageCountTokensParamsSystemUnion `json:"system,omitzero"`
	paramObj
}

type BetaMessageCountTokensParamsSystemUnion struct {
	OfString             param.Opt[string]    `json:",omitzero,inline"`
	OfBetaTextBlockArray []BetaTextBlockParam `json:",omitzero,inline"`
	paramUnion
}

type BetaMessage struct {
	ID      string                  `json:"id" api:"required"`
	Content []BetaContentBlockUnion `json:"content" api:"required"`
}

type BetaContentBlockUnion struct {
	Text string `json:"text"`
	Type string `json:"type"`
}

type BetaRawMessageStreamEventUnion struct {
	Type string `json:"type"`
}

type BetaMessageTokensCount struct {
	InputTokens int64 `json:"input_tokens" api:"required"`
}

type BetaToolInputSchemaParam struct {
	Properties any `json:"properties,omitzero"`
	paramObj
}

type BetaToolResultBlockParamContentUnion struct {
	OfText *BetaTextBlockParam `json:",omitzero,inline"`
	paramUnion
}

type BetaTool interface {
	Name() string
	Description() string
	InputSchema() BetaToolInputSchemaParam
	Execute(ctx context.Context, input json.RawMessage) ([]BetaToolResultBlockParamContentUnion, error)
}

type BetaToolRunnerParams struct {
	BetaMessageNewParams
	MaxIterations int
}

type BetaToolRunner struct {
	params BetaToolRunnerParams
}

func (r *BetaToolRunner) RunToCompletion(ctx context.Context) (*BetaMessage, error) {
	return &BetaMessage{}, nil
}

type BetaToolRunnerStreaming struct {
	params BetaToolRunnerParams
}

type BetaMessageBatchService struct {
	Options []option.RequestOption
}

func (r *BetaMessageBatchService) New(ctx context.Context, params BetaMessageBatchNewParams, opts ...option.RequestOption) (res *BetaMessageBatch, err error) {
	return &BetaMessageBatch{}, nil
}

type BetaMessageBatchNewParams struct {
	Requests []BetaMessageBatchNewParamsRequest `json:"requests,omitzero" api:"required"`
	paramObj
}

type BetaMessageBatchNewParamsRequest struct {
	CustomID string                                 `json:"custom_id" api:"required"`
	Params   BetaMessageBatchNewParamsRequestParams `json:"params,omitzero" api:"required"`
	paramObj
}

type BetaMessageBatchNewParamsRequestParams struct {
	MaxTokens int64                `json:"max_tokens" api:"required"`
	Messages  []BetaMessageParam   `json:"messages,omitzero" api:"required"`
	Model     Model                `json:"model,omitzero" api:"required"`
	System    []BetaTextBlockParam `json:"system,omitzero"`
	paramObj
}

type BetaMessageBatch struct {
	ID string `json:"id" api:"required"`
}

// Managed agents.

type BetaManagedAgentsModel = string

type BetaAgentService struct {
	Options []option.RequestOption
}

func (r *BetaAgentService) New(ctx context.Context, params BetaAgentNewParams, opts ...option.RequestOption) (res *BetaManagedAgentsAgent, err error) {
	return &BetaManagedAgentsAgent{}, nil
}

type BetaAgentNewParams struct {
	Model       BetaManagedAgentsModelConfigParams `json:"model,omitzero" api:"required"`
	Name        string                             `json:"name" api:"required"`
	Description param.Opt[string]                  `json:"description,omitzero"`
	System      param.Opt[string]                  `json:"system,omitzero"`
	Metadata    map[string]string                  `json:"metadata,omitzero"`
	paramObj
}

type BetaManagedAgentsModelConfigParams struct {
	ID BetaManagedAgentsModel `json:"id,omitzero" api:"required"`
	paramObj
}

type BetaManagedAgentsAgent struct {
	ID string `json:"id" api:"required"`
}

type BetaSessionService struct {
	Options []option.RequestOption
	Events  BetaSessionEventService
}

func (r *BetaSessionService) New(ctx context.Context, params BetaSessionNewParams, opts ...option.RequestOption) (res *BetaManagedAgentsSession, err error) {
	return &BetaManagedAgentsSession{}, nil
}

type BetaSessionNewParams struct {
	Agent         BetaSessionNewParamsAgentUnion          `json:"agent,omitzero" api:"required"`
	EnvironmentID string                                  `json:"environment_id" api:"required"`
	Title         param.Opt[string]                       `json:"title,omitzero"`
	InitialEvents []BetaSessionNewParamsInitialEventUnion `json:"initial_events,omitzero"`
	Metadata      map[string]string                       `json:"metadata,omitzero"`
	paramObj
}

type BetaSessionNewParamsAgentUnion struct {
	OfString param.Opt[string] `json:",omitzero,inline"`
	paramUnion
}

type BetaSessionNewParamsInitialEventUnion struct {
	OfUserMessage *BetaManagedAgentsUserMessageEventParams `json:",omitzero,inline"`
	paramUnion
}

type BetaManagedAgentsSession struct {
	ID string `json:"id" api:"required"`
}

type BetaSessionEventService struct {
	Options []option.RequestOption
}

func (r *BetaSessionEventService) Send(ctx context.Context, sessionID string, params BetaSessionEventSendParams, opts ...option.RequestOption) (res *BetaManagedAgentsSendSessionEvents, err error) {
	return &BetaManagedAgentsSendSessionEvents{}, nil
}

type BetaSessionEventSendParams struct {
	Events []BetaManagedAgentsEventParamsUnion `json:"events,omitzero" api:"required"`
	paramObj
}

type BetaManagedAgentsEventParamsUnion struct {
	OfUserMessage *BetaManagedAgentsUserMessageEventParams `json:",omitzero,inline"`
	paramUnion
}

type BetaManagedAgentsUserMessageEventParams struct {
	Content []BetaManagedAgentsUserMessageEventParamsContentUnion `json:"content,omitzero" api:"required"`
	paramObj
}

type BetaManagedAgentsUserMessageEventParamsContentUnion struct {
	OfText *BetaManagedAgentsTextBlockParam `json:",omitzero,inline"`
	paramUnion
}

type BetaManagedAgentsTextBlockParam struct {
	Text string `json:"text" api:"required"`
	paramObj
}

type BetaManagedAgentsSendSessionEvents struct {
	Data []BetaManagedAgentsSendSessionEventsDataUnion `json:"data"`
}

type BetaManagedAgentsSendSessionEventsDataUnion struct {
	ID   string `json:"id"`
	Type string `json:"type"`
}

type BetaFileService struct {
	Options []option.RequestOption
}

func (r *BetaFileService) Upload(ctx context.Context, params BetaFileUploadParams, opts ...option.RequestOption) (res *BetaFileMetadata, err error) {
	return &BetaFileMetadata{}, nil
}

type BetaFileUploadParams struct {
	File io.Reader `json:"file,omitzero" api:"required" format:"binary"`
	paramObj
}

type BetaFileMetadata struct {
	ID string `json:"id" api:"required"`
}
