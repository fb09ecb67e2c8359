// Stub of github.com/cohere-ai/cohere-go/v2@v2.15.3 (package v2) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package v2

import (
	context "context"
	v2 "github.com/cohere-ai/cohere-go/v2"
	core "github.com/cohere-ai/cohere-go/v2/core"
	option "github.com/cohere-ai/cohere-go/v2/option"
)

type Client struct {
	baseURL string
}

func NewClient(opts ...option.RequestOption) *Client { return &Client{} }

func (c *Client) ChatStream(
	ctx context.Context,
	request *v2.V2ChatStreamRequest,
	opts ...option.RequestOption,
) (*core.Stream[v2.V2ChatStreamResponse], error) {
	return &core.Stream[v2.V2ChatStreamResponse]{}, nil
}

func (c *Client) Chat(
	ctx context.Context,
	request *v2.V2ChatRequest,
	opts ...option.RequestOption,
) (*v2.V2ChatResponse, error) {
	return &v2.V2ChatResponse{}, nil
}

func (c *Client) Embed(
	ctx context.Context,
	request *v2.V2EmbedRequest,
	opts ...option.RequestOption,
) (*v2.EmbedByTypeResponse, error) {
	return &v2.EmbedByTypeResponse{}, nil
}

func (c *Client) Rerank(
	ctx context.Context,
	request *v2.V2RerankRequest,
	opts ...option.RequestOption,
) (*v2.V2RerankResponse, error) {
	return &v2.V2RerankResponse{}, nil
}
