// Stub of github.com/openai/openai-go/v2@v2.7.1 for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package openai

import (
	"context"

	"github.com/openai/openai-go/v2/conversations"
	"github.com/openai/openai-go/v2/option"
	"github.com/openai/openai-go/v2/packages/param"
	"github.com/openai/openai-go/v2/responses"
	"github.com/openai/openai-go/v2/shared"
)

type paramUnion = param.APIUnion

type paramObj = param.APIObject

type ChatModel = shared.ChatModel

const (
	ChatModelGPT4o     = shared.ChatModelGPT4o
	ChatModelGPT4oMini = shared.ChatModelGPT4oMini
)

type Client struct {
	Options       []option.RequestOption
	Completions   CompletionService
	Chat          ChatService
	Embeddings    EmbeddingService
	Files         FileService
	Images        ImageService
	Audio         AudioService
	Moderations   ModerationService
	FineTuning    FineTuningService
	VectorStores  VectorStoreService
	Beta          BetaService
	Batches       BatchService
	Uploads       UploadService
	Responses     responses.ResponseService
	Conversations conversations.ConversationService
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
