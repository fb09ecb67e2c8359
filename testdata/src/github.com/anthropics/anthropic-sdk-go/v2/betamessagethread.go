// Stub of github.com/anthropics/anthropic-sdk-go/v2@v2.17.0 (message
// threads) for privet tests: real names and signatures, the bodies cut
// down to what reaches the request. No entry or rule of the catalog names
// BetaMessageThread.Send (its receiver is no service); its code calls
// Beta.Messages.New, so it is a sink derived from the SDK's code.

package anthropic

import (
	"context"
	"slices"

	"github.com/anthropics/anthropic-sdk-go/v2/option"
)

type BetaMessageThreadCreateParams struct {
	MaxTokens int64              `json:"max_tokens" api:"required"`
	Messages  []BetaMessageParam `json:"messages,omitzero" api:"required"`
	Model     Model              `json:"model,omitzero" api:"required"`
	paramObj
}

type BetaMessageThreadSendParams struct {
	Messages []BetaMessageParam `json:"messages,omitzero" api:"required"`
	paramObj
}

// BetaMessageThread keeps the history of a conversation and sends each
// turn with it.
type BetaMessageThread struct {
	Params  BetaMessageThreadCreateParams
	Options []option.RequestOption

	service *BetaMessageService
}

func (r *BetaMessageService) NewThread(params BetaMessageThreadCreateParams, opts ...option.RequestOption) *BetaMessageThread {
	return &BetaMessageThread{Params: params, Options: slices.Clone(opts), service: r}
}

// Messages returns the thread's history.
func (t *BetaMessageThread) Messages() []BetaMessageParam {
	return slices.Clone(t.Params.Messages)
}

func (t *BetaMessageThread) Send(ctx context.Context, params BetaMessageThreadSendParams, opts ...option.RequestOption) (*BetaMessage, error) { // want Send:"sdk sink args 1 via anthropic Beta.Messages.New"
	t.Params.Messages = append(t.Params.Messages, params.Messages...)
	request := BetaMessageNewParams{MaxTokens: t.Params.MaxTokens, Messages: t.Params.Messages, Model: t.Params.Model}
	return t.service.New(ctx, request, slices.Concat(t.Options, opts)...)
}
