// Stub of github.com/openai/openai-go/v2@v2.7.1 for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package openai

import (
	"context"

	"github.com/openai/openai-go/v2/option"
	"github.com/openai/openai-go/v2/packages/param"
	"github.com/openai/openai-go/v2/packages/ssestream"
	"github.com/openai/openai-go/v2/shared"
)

type BetaService struct {
	Options    []option.RequestOption
	Assistants BetaAssistantService
	Threads    BetaThreadService
}

// Beta responses.

type BetaResponseNewParamsModel string

type BetaResponseNewParams struct {
	Instructions param.Opt[string]               `json:"instructions,omitzero"`
	User         param.Opt[string]               `json:"user,omitzero"`
	Metadata     map[string]string               `json:"metadata,omitzero"`
	Input        BetaResponseNewParamsInputUnion `json:"input,omitzero"`
	Model        BetaResponseNewParamsModel      `json:"model,omitzero"`
	paramObj
}

type BetaResponseNewParamsInputUnion struct {
	OfString param.Opt[string] `json:",omitzero,inline"`
	paramUnion
}

type BetaResponseCompactParamsModel string

type BetaResponseCompactParams struct {
	Model        BetaResponseCompactParamsModel      `json:"model,omitzero" api:"required"`
	Instructions param.Opt[string]                   `json:"instructions,omitzero"`
	Input        BetaResponseCompactParamsInputUnion `json:"input,omitzero"`
	paramObj
}

type BetaResponseCompactParamsInputUnion struct {
	OfString param.Opt[string] `json:",omitzero,inline"`
	paramUnion
}

type BetaResponse struct {
	ID string `json:"id" api:"required"`
}

type BetaResponseStreamEventUnion struct {
	Type string `json:"type"`
}

type BetaCompactedResponse struct {
	ID string `json:"id" api:"required"`
}

// Assistants.

type BetaAssistantService struct {
	Options []option.RequestOption
}

func (r *BetaAssistantService) New(ctx context.Context, body BetaAssistantNewParams, opts ...option.RequestOption) (res *Assistant, err error) {
	return &Assistant{}, nil
}

func (r *BetaAssistantService) Update(ctx context.Context, assistantID string, body BetaAssistantUpdateParams, opts ...option.RequestOption) (res *Assistant, err error) {
	return &Assistant{}, nil
}

type BetaAssistantNewParams struct {
	Model        shared.ChatModel  `json:"model,omitzero" api:"required"`
	Description  param.Opt[string] `json:"description,omitzero"`
	Instructions param.Opt[string] `json:"instructions,omitzero"`
	Name         param.Opt[string] `json:"name,omitzero"`
	Metadata     shared.Metadata   `json:"metadata,omitzero"`
	paramObj
}

type BetaAssistantUpdateParams struct {
	Description  param.Opt[string] `json:"description,omitzero"`
	Instructions param.Opt[string] `json:"instructions,omitzero"`
	Name         param.Opt[string] `json:"name,omitzero"`
	Metadata     shared.Metadata   `json:"metadata,omitzero"`
	paramObj
}

type Assistant struct {
	ID string `json:"id" api:"required"`
}

// Threads, messages, runs.

type BetaThreadService struct {
	Options  []option.RequestOption
	Runs     BetaThreadRunService
	Messages BetaThreadMessageService
}

func (r *BetaThreadService) New(ctx context.Context, body BetaThreadNewParams, opts ...option.RequestOption) (res *Thread, err error) {
	return &Thread{}, nil
}

func (r *BetaThreadService) NewAndRun(ctx context.Context, body BetaThreadNewAndRunParams, opts ...option.RequestOption) (res *Run, err error) {
	return &Run{}, nil
}

func (r *BetaThreadService) NewAndRunStreaming(ctx context.Context, body BetaThreadNewAndRunParams, opts ...option.RequestOption) (stream *ssestream.Stream[AssistantStreamEventUnion]) {
	return &ssestream.Stream[AssistantStreamEventUnion]{}
}

type BetaThreadNewParams struct {
	Metadata shared.Metadata              `json:"metadata,omitzero"`
	Messages []BetaThreadNewParamsMessage `json:"messages,omitzero"`
	paramObj
}

type BetaThreadNewParamsMessage struct {
	Content BetaThreadNewParamsMessageContentUnion `json:"content,omitzero" api:"required"`
	Role    string                                 `json:"role,omitzero" api:"required"`
	paramObj
}

type BetaThreadNewParamsMessageContentUnion struct {
	OfString param.Opt[string] `json:",omitzero,inline"`
	paramUnion
}

type BetaThreadNewAndRunParams struct {
	Instructions param.Opt[string]               `json:"instructions,omitzero"`
	Metadata     shared.Metadata                 `json:"metadata,omitzero"`
	Model        shared.ChatModel                `json:"model,omitzero"`
	Thread       BetaThreadNewAndRunParamsThread `json:"thread,omitzero"`
	paramObj
}

type BetaThreadNewAndRunParamsThread struct {
	Metadata shared.Metadata                          `json:"metadata,omitzero"`
	Messages []BetaThreadNewAndRunParamsThreadMessage `json:"messages,omitzero"`
	paramObj
}

type BetaThreadNewAndRunParamsThreadMessage struct {
	Content BetaThreadNewAndRunParamsThreadMessageContentUnion `json:"content,omitzero" api:"required"`
	Role    string                                             `json:"role,omitzero" api:"required"`
	paramObj
}

type BetaThreadNewAndRunParamsThreadMessageContentUnion struct {
	OfString param.Opt[string] `json:",omitzero,inline"`
	paramUnion
}

type Thread struct {
	ID string `json:"id" api:"required"`
}

type Run struct {
	ID string `json:"id" api:"required"`
}

type AssistantStreamEventUnion struct {
	Event string `json:"event"`
}

type BetaThreadMessageService struct {
	Options []option.RequestOption
}

func (r *BetaThreadMessageService) New(ctx context.Context, threadID string, body BetaThreadMessageNewParams, opts ...option.RequestOption) (res *Message, err error) {
	return &Message{}, nil
}

type BetaThreadMessageNewParamsRole string

const BetaThreadMessageNewParamsRoleUser BetaThreadMessageNewParamsRole = "user"

type BetaThreadMessageNewParams struct {
	Content  BetaThreadMessageNewParamsContentUnion `json:"content,omitzero" api:"required"`
	Role     BetaThreadMessageNewParamsRole         `json:"role,omitzero" api:"required"`
	Metadata shared.Metadata                        `json:"metadata,omitzero"`
	paramObj
}

type BetaThreadMessageNewParamsContentUnion struct {
	OfString param.Opt[string] `json:",omitzero,inline"`
	paramUnion
}

type Message struct {
	ID string `json:"id" api:"required"`
}

type BetaThreadRunService struct {
	Options []option.RequestOption
}

func (r *BetaThreadRunService) New(ctx context.Context, threadID string, params BetaThreadRunNewParams, opts ...option.RequestOption) (res *Run, err error) {
	return &Run{}, nil
}

func (r *BetaThreadRunService) NewStreaming(ctx context.Context, threadID string, params BetaThreadRunNewParams, opts ...option.RequestOption) (stream *ssestream.Stream[AssistantStreamEventUnion]) {
	return &ssestream.Stream[AssistantStreamEventUnion]{}
}

func (r *BetaThreadRunService) SubmitToolOutputs(ctx context.Context, threadID string, runID string, body BetaThreadRunSubmitToolOutputsParams, opts ...option.RequestOption) (res *Run, err error) {
	return &Run{}, nil
}

func (r *BetaThreadRunService) SubmitToolOutputsStreaming(ctx context.Context, threadID string, runID string, body BetaThreadRunSubmitToolOutputsParams, opts ...option.RequestOption) (stream *ssestream.Stream[AssistantStreamEventUnion]) {
	return &ssestream.Stream[AssistantStreamEventUnion]{}
}

type BetaThreadRunNewParams struct {
	AssistantID            string                                    `json:"assistant_id" api:"required"`
	AdditionalInstructions param.Opt[string]                         `json:"additional_instructions,omitzero"`
	Instructions           param.Opt[string]                         `json:"instructions,omitzero"`
	AdditionalMessages     []BetaThreadRunNewParamsAdditionalMessage `json:"additional_messages,omitzero"`
	Metadata               shared.Metadata                           `json:"metadata,omitzero"`
	paramObj
}

type BetaThreadRunNewParamsAdditionalMessage struct {
	Content BetaThreadRunNewParamsAdditionalMessageContentUnion `json:"content,omitzero" api:"required"`
	Role    string                                              `json:"role,omitzero" api:"required"`
	paramObj
}

type BetaThreadRunNewParamsAdditionalMessageContentUnion struct {
	OfString param.Opt[string] `json:",omitzero,inline"`
	paramUnion
}

type BetaThreadRunSubmitToolOutputsParams struct {
	ToolOutputs []BetaThreadRunSubmitToolOutputsParamsToolOutput `json:"tool_outputs,omitzero" api:"required"`
	paramObj
}

type BetaThreadRunSubmitToolOutputsParamsToolOutput struct {
	Output     param.Opt[string] `json:"output,omitzero"`
	ToolCallID param.Opt[string] `json:"tool_call_id,omitzero"`
	paramObj
}
