// Stub of github.com/openai/openai-go/v2@v2.7.1 for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package conversations

import (
	"context"

	"github.com/openai/openai-go/v2/option"
	"github.com/openai/openai-go/v2/packages/param"
	"github.com/openai/openai-go/v2/responses"
	"github.com/openai/openai-go/v2/shared"
)

type paramObj = param.APIObject

type ConversationService struct {
	Options []option.RequestOption
	Items   ItemService
}

func (r *ConversationService) New(ctx context.Context, body ConversationNewParams, opts ...option.RequestOption) (res *Conversation, err error) {
	return &Conversation{}, nil
}

type ConversationNewParams struct {
	Items    []responses.ResponseInputItemUnionParam `json:"items,omitzero"`
	Metadata shared.Metadata                         `json:"metadata,omitzero"`
	paramObj
}

type Conversation struct {
	ID        string `json:"id" api:"required"`
	CreatedAt int64  `json:"created_at" api:"required" format:"unixtime"`
}

type ItemService struct {
	Options []option.RequestOption
}

func (r *ItemService) New(ctx context.Context, conversationID string, params ItemNewParams, opts ...option.RequestOption) (res *ConversationItemList, err error) {
	return &ConversationItemList{}, nil
}

type ItemNewParams struct {
	Items []responses.ResponseInputItemUnionParam `json:"items,omitzero" api:"required"`
	paramObj
}

type ConversationItemList struct {
	FirstID string `json:"first_id" api:"required"`
}
