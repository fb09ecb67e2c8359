// Stub of github.com/openai/openai-go/v2@v2.7.1 for privet tests: only the chat, embeddings and
// responses sinks, real names and signatures, bodies trivial, types trimmed.

package openai

import (
	"context"

	"github.com/openai/openai-go/v2/option"
	"github.com/openai/openai-go/v2/packages/param"
	"github.com/openai/openai-go/v2/packages/ssestream"
	"github.com/openai/openai-go/v2/responses"
	"github.com/openai/openai-go/v2/shared"
)

type paramUnion = param.APIUnion

type paramObj = param.APIObject

type ChatModel = shared.ChatModel

const ChatModelGPT4o = shared.ChatModelGPT4o

func String(s string) param.Opt[string] { return param.NewOpt(s) }

type Client struct {
	Options    []option.RequestOption
	Chat       ChatService
	Embeddings EmbeddingService
	Responses  responses.ResponseService
}

func NewClient(opts ...option.RequestOption) (r Client) {
	r = Client{Options: opts}
	return
}

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
	Messages []ChatCompletionMessageParamUnion `json:"messages,omitzero,required"`
	Model    shared.ChatModel                  `json:"model,omitzero,required"`
	User     param.Opt[string]                 `json:"user,omitzero"`
	paramObj
}

type ChatCompletionMessageParamUnion struct {
	OfUser *ChatCompletionUserMessageParam `json:",omitzero,inline"`
	paramUnion
}

type ChatCompletionUserMessageParam struct {
	Content ChatCompletionUserMessageParamContentUnion `json:"content,omitzero,required"`
	Name    param.Opt[string]                          `json:"name,omitzero"`
	paramObj
}

type ChatCompletionUserMessageParamContentUnion struct {
	OfString              param.Opt[string]                     `json:",omitzero,inline"`
	OfArrayOfContentParts []ChatCompletionContentPartUnionParam `json:",omitzero,inline"`
	paramUnion
}

type ChatCompletionContentPartUnionParam struct {
	OfText *ChatCompletionContentPartTextParam `json:",omitzero,inline"`
	paramUnion
}

type ChatCompletionContentPartTextParam struct {
	Text string `json:"text,required"`
	paramObj
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

type ChatCompletion struct {
	ID string `json:"id,required"`
}

type ChatCompletionChunk struct {
	ID string `json:"id,required"`
}

type EmbeddingService struct {
	Options []option.RequestOption
}

func (r *EmbeddingService) New(ctx context.Context, body EmbeddingNewParams, opts ...option.RequestOption) (res *CreateEmbeddingResponse, err error) {
	return &CreateEmbeddingResponse{}, nil
}

type EmbeddingModel = string

type EmbeddingNewParams struct {
	Input EmbeddingNewParamsInputUnion `json:"input,omitzero,required"`
	Model EmbeddingModel               `json:"model,omitzero,required"`
	User  param.Opt[string]            `json:"user,omitzero"`
	paramObj
}

type EmbeddingNewParamsInputUnion struct {
	OfString         param.Opt[string] `json:",omitzero,inline"`
	OfArrayOfStrings []string          `json:",omitzero,inline"`
	paramUnion
}

type CreateEmbeddingResponse struct {
	Model string `json:"model,required"`
}
