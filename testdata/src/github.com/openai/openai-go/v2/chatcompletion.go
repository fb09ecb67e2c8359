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

type ChatService struct {
	Options     []option.RequestOption
	Completions ChatCompletionService
}

type ChatCompletionService struct {
	Options []option.RequestOption
}

func (r *ChatCompletionService) New(ctx context.Context, body ChatCompletionNewParams, opts ...option.RequestOption) (res *ChatCompletion, err error) {
	return &ChatCompletion{}, nil
}

func (r *ChatCompletionService) NewStreaming(ctx context.Context, body ChatCompletionNewParams, opts ...option.RequestOption) (stream *ssestream.Stream[ChatCompletionChunk]) {
	return &ssestream.Stream[ChatCompletionChunk]{}
}

type ChatCompletionNewParams struct {
	Messages         []ChatCompletionMessageParamUnion    `json:"messages,omitzero" api:"required"`
	Model            shared.ChatModel                     `json:"model,omitzero" api:"required"`
	MaxTokens        param.Opt[int64]                     `json:"max_tokens,omitzero"`
	SafetyIdentifier param.Opt[string]                    `json:"safety_identifier,omitzero"`
	Temperature      param.Opt[float64]                   `json:"temperature,omitzero"`
	User             param.Opt[string]                    `json:"user,omitzero"`
	Metadata         shared.Metadata                      `json:"metadata,omitzero"`
	Prediction       ChatCompletionPredictionContentParam `json:"prediction,omitzero"`
	paramObj
}

type ChatCompletionPredictionContentParam struct {
	Content ChatCompletionPredictionContentContentUnionParam `json:"content,omitzero" api:"required"`
	paramObj
}

type ChatCompletionPredictionContentContentUnionParam struct {
	OfString              param.Opt[string]                    `json:",omitzero,inline"`
	OfArrayOfContentParts []ChatCompletionContentPartTextParam `json:",omitzero,inline"`
	paramUnion
}

type ChatCompletionMessageParamUnion struct {
	OfDeveloper *ChatCompletionDeveloperMessageParam `json:",omitzero,inline"`
	OfSystem    *ChatCompletionSystemMessageParam    `json:",omitzero,inline"`
	OfUser      *ChatCompletionUserMessageParam      `json:",omitzero,inline"`
	OfAssistant *ChatCompletionAssistantMessageParam `json:",omitzero,inline"`
	paramUnion
}

type ChatCompletionUserMessageParam struct {
	Content ChatCompletionUserMessageParamContentUnion `json:"content,omitzero" api:"required"`
	Name    param.Opt[string]                          `json:"name,omitzero"`
	paramObj
}

type ChatCompletionUserMessageParamContentUnion struct {
	OfString              param.Opt[string]                     `json:",omitzero,inline"`
	OfArrayOfContentParts []ChatCompletionContentPartUnionParam `json:",omitzero,inline"`
	paramUnion
}

type ChatCompletionSystemMessageParam struct {
	Content ChatCompletionSystemMessageParamContentUnion `json:"content,omitzero" api:"required"`
	Name    param.Opt[string]                            `json:"name,omitzero"`
	paramObj
}

type ChatCompletionSystemMessageParamContentUnion struct {
	OfString              param.Opt[string]                    `json:",omitzero,inline"`
	OfArrayOfContentParts []ChatCompletionContentPartTextParam `json:",omitzero,inline"`
	paramUnion
}

type ChatCompletionDeveloperMessageParam struct {
	Content ChatCompletionDeveloperMessageParamContentUnion `json:"content,omitzero" api:"required"`
	Name    param.Opt[string]                               `json:"name,omitzero"`
	paramObj
}

type ChatCompletionDeveloperMessageParamContentUnion struct {
	OfString              param.Opt[string]                    `json:",omitzero,inline"`
	OfArrayOfContentParts []ChatCompletionContentPartTextParam `json:",omitzero,inline"`
	paramUnion
}

type ChatCompletionAssistantMessageParam struct {
	Content ChatCompletionAssistantMessageParamContentUnion `json:"content,omitzero"`
	Name    param.Opt[string]                               `json:"name,omitzero"`
	paramObj
}

type ChatCompletionAssistantMessageParamContentUnion struct {
	OfString              param.Opt[string]                                                   `json:",omitzero,inline"`
	OfArrayOfContentParts []ChatCompletionAssistantMessageParamContentArrayOfContentPartUnion `json:",omitzero,inline"`
	paramUnion
}

type ChatCompletionAssistantMessageParamContentArrayOfContentPartUnion struct {
	OfText *ChatCompletionContentPartTextParam `json:",omitzero,inline"`
	paramUnion
}

type ChatCompletionContentPartUnionParam struct {
	OfText *ChatCompletionContentPartTextParam `json:",omitzero,inline"`
	paramUnion
}

type ChatCompletionContentPartTextParam struct {
	Text string `json:"text" api:"required"`
	paramObj
}

func TextContentPart(text string) ChatCompletionContentPartUnionParam {
	var variant ChatCompletionContentPartTextParam
	variant.Text = text
	return ChatCompletionContentPartUnionParam{OfText: &variant}
}

func DeveloperMessage[T string | []ChatCompletionContentPartTextParam](content T) ChatCompletionMessageParamUnion {
	var developer ChatCompletionDeveloperMessageParam
	switch v := any(content).(type) {
	case string:
		developer.Content.OfString = param.NewOpt(v)
	case []ChatCompletionContentPartTextParam:
		developer.Content.OfArrayOfContentParts = v
	}
	return ChatCompletionMessageParamUnion{OfDeveloper: &developer}
}

func SystemMessage[T string | []ChatCompletionContentPartTextParam](content T) ChatCompletionMessageParamUnion {
	var system ChatCompletionSystemMessageParam
	switch v := any(content).(type) {
	case string:
		system.Content.OfString = param.NewOpt(v)
	case []ChatCompletionContentPartTextParam:
		system.Content.OfArrayOfContentParts = v
	}
	return ChatCompletionMessageParamUnion{OfSystem: &system}
}

func UserMessage[T string | []ChatCompletionContentPartUnionParam](content T) ChatCompletionMessageParamUnion {
	var user ChatCompletionUserMessageParam
	switch v := any(content).(type) {
	case string:
		user.Content.OfString = param.NewOpt(v)
	case []ChatCompletionContentPartUnionParam:
		user.Content.OfArrayOfContentParts = v
	}
	return ChatCompletionMessageParamUnion{OfUser: &user}
}

func AssistantMessage[T string | []ChatCompletionAssistantMessageParamContentArrayOfContentPartUnion](content T) ChatCompletionMessageParamUnion {
	var assistant ChatCompletionAssistantMessageParam
	switch v := any(content).(type) {
	case string:
		assistant.Content.OfString = param.NewOpt(v)
	case []ChatCompletionAssistantMessageParamContentArrayOfContentPartUnion:
		assistant.Content.OfArrayOfContentParts = v
	}
	return ChatCompletionMessageParamUnion{OfAssistant: &assistant}
}

type ChatCompletion struct {
	ID      string                 `json:"id" api:"required"`
	Choices []ChatCompletionChoice `json:"choices" api:"required"`
	Model   string                 `json:"model" api:"required"`
}

type ChatCompletionChoice struct {
	FinishReason string                `json:"finish_reason" api:"required"`
	Index        int64                 `json:"index" api:"required"`
	Message      ChatCompletionMessage `json:"message" api:"required"`
}

type ChatCompletionMessage struct {
	Content string `json:"content" api:"required"`
	Refusal string `json:"refusal" api:"required"`
}

func (r ChatCompletionMessage) ToParam() ChatCompletionMessageParamUnion {
	return AssistantMessage(r.Content)
}

type ChatCompletionChunk struct {
	ID      string                      `json:"id" api:"required"`
	Choices []ChatCompletionChunkChoice `json:"choices" api:"required"`
}

type ChatCompletionChunkChoice struct {
	Delta ChatCompletionChunkChoiceDelta `json:"delta" api:"required"`
	Index int64                          `json:"index" api:"required"`
}

type ChatCompletionChunkChoiceDelta struct {
	Content string `json:"content"`
}
