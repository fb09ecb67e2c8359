// Stub of github.com/openai/openai-go/v2@v2.7.1 for privet tests: only the chat, embeddings and
// responses sinks, real names and signatures, bodies trivial, types trimmed.

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
	Instructions param.Opt[string]           `json:"instructions,omitzero"`
	Input        ResponseNewParamsInputUnion `json:"input,omitzero"`
	Model        shared.ResponsesModel       `json:"model,omitzero"`
	paramObj
}

type ResponseNewParamsInputUnion struct {
	OfString param.Opt[string] `json:",omitzero,inline"`
	paramUnion
}

type Response struct {
	ID string `json:"id,required"`
}

type ResponseStreamEventUnion struct {
	Type string `json:"type"`
}
