// Stub of github.com/openai/openai-go/v2@v2.7.1 for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package responses

import (
	"context"

	"github.com/openai/openai-go/v2/option"
	"github.com/openai/openai-go/v2/packages/param"
	"github.com/openai/openai-go/v2/packages/ssestream"
	"github.com/openai/openai-go/v2/shared"
)

type paramUnion = param.APIUnion

type paramObj = param.APIObject

type ResponseService struct {
	Options []option.RequestOption
}

func (r *ResponseService) New(ctx context.Context, body ResponseNewParams, opts ...option.RequestOption) (res *Response, err error) {
	return &Response{}, nil
}

func (r *ResponseService) NewStreaming(ctx context.Context, body ResponseNewParams, opts ...option.RequestOption) (stream *ssestream.Stream[ResponseStreamEventUnion]) {
	return &ssestream.Stream[ResponseStreamEventUnion]{}
}

type ResponseNewParams struct {
	Instructions     param.Opt[string]           `json:"instructions,omitzero"`
	SafetyIdentifier param.Opt[string]           `json:"safety_identifier,omitzero"`
	User             param.Opt[string]           `json:"user,omitzero"`
	Metadata         shared.Metadata             `json:"metadata,omitzero"`
	Input            ResponseNewParamsInputUnion `json:"input,omitzero"`
	Model            shared.ResponsesModel       `json:"model,omitzero"`
	paramObj
}

type ResponseNewParamsInputUnion struct {
	OfString        param.Opt[string]  `json:",omitzero,inline"`
	OfInputItemList ResponseInputParam `json:",omitzero,inline"`
	paramUnion
}

type ResponseInputParam []ResponseInputItemUnionParam

type ResponseInputItemUnionParam struct {
	OfMessage *EasyInputMessageParam `json:",omitzero,inline"`
	paramUnion
}

type EasyInputMessageRole string

const (
	EasyInputMessageRoleUser      EasyInputMessageRole = "user"
	EasyInputMessageRoleAssistant EasyInputMessageRole = "assistant"
	EasyInputMessageRoleSystem    EasyInputMessageRole = "system"
	EasyInputMessageRoleDeveloper EasyInputMessageRole = "developer"
)

type EasyInputMessageParam struct {
	Content EasyInputMessageContentUnionParam `json:"content,omitzero" api:"required"`
	Role    EasyInputMessageRole              `json:"role,omitzero" api:"required"`
	paramObj
}

type EasyInputMessageContentUnionParam struct {
	OfString               param.Opt[string]                    `json:",omitzero,inline"`
	OfInputItemContentList ResponseInputMessageContentListParam `json:",omitzero,inline"`
	paramUnion
}

type ResponseInputMessageContentListParam []ResponseInputContentUnionParam

type ResponseInputContentUnionParam struct {
	OfInputText *ResponseInputTextParam `json:",omitzero,inline"`
	paramUnion
}

type ResponseInputTextParam struct {
	Text string `json:"text" api:"required"`
	paramObj
}

func ResponseInputItemParamOfMessage[T string | ResponseInputMessageContentListParam](content T, role EasyInputMessageRole) ResponseInputItemUnionParam {
	var message EasyInputMessageParam
	switch v := any(content).(type) {
	case string:
		message.Content.OfString = param.NewOpt(v)
	case ResponseInputMessageContentListParam:
		message.Content.OfInputItemContentList = v
	}
	message.Role = role
	return ResponseInputItemUnionParam{OfMessage: &message}
}

type ResponseCompactParamsModel string

type ResponseCompactParams struct {
	Model        ResponseCompactParamsModel      `json:"model,omitzero" api:"required"`
	Instructions param.Opt[string]               `json:"instructions,omitzero"`
	Input        ResponseCompactParamsInputUnion `json:"input,omitzero"`
	paramObj
}

type ResponseCompactParamsInputUnion struct {
	OfString                 param.Opt[string]             `json:",omitzero,inline"`
	OfResponseInputItemArray []ResponseInputItemUnionParam `json:",omitzero,inline"`
	paramUnion
}

type Response struct {
	ID    string                `json:"id" api:"required"`
	Model shared.ResponsesModel `json:"model" api:"required"`
}

func (r Response) OutputText() string { return "" }

type ResponseStreamEventUnion struct {
	Type  string `json:"type"`
	Delta string `json:"delta"`
}

type CompactedResponse struct {
	ID string `json:"id" api:"required"`
}
