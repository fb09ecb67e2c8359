// Stub of github.com/cohere-ai/cohere-go/v2@v2.15.3 (package client) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package client

import (
	context "context"
	v2 "github.com/cohere-ai/cohere-go/v2"
	core "github.com/cohere-ai/cohere-go/v2/core"
	option "github.com/cohere-ai/cohere-go/v2/option"
	v2v2 "github.com/cohere-ai/cohere-go/v2/v2"
)

type Client struct {
	baseURL string

	V2 *v2v2.Client
}

func NewClient(opts ...option.RequestOption) *Client {
	return &Client{baseURL: "https://api.cohere.com", V2: v2v2.NewClient(opts...)}
}

func (c *Client) ChatStream(
	ctx context.Context,
	request *v2.ChatStreamRequest,
	opts ...option.RequestOption,
) (*core.Stream[v2.StreamedChatResponse], error) {
	return &core.Stream[v2.StreamedChatResponse]{}, nil
}

func (c *Client) Chat(
	ctx context.Context,
	request *v2.ChatRequest,
	opts ...option.RequestOption,
) (*v2.NonStreamedChatResponse, error) {
	return &v2.NonStreamedChatResponse{}, nil
}

func (c *Client) GenerateStream(
	ctx context.Context,
	request *v2.GenerateStreamRequest,
	opts ...option.RequestOption,
) (*core.Stream[v2.GenerateStreamedResponse], error) {
	return &core.Stream[v2.GenerateStreamedResponse]{}, nil
}

func (c *Client) Generate(
	ctx context.Context,
	request *v2.GenerateRequest,
	opts ...option.RequestOption,
) (*v2.Generation, error) {
	return &v2.Generation{}, nil
}

func (c *Client) Embed(
	ctx context.Context,
	request *v2.EmbedRequest,
	opts ...option.RequestOption,
) (*v2.EmbedResponse, error) {
	return &v2.EmbedResponse{}, nil
}

func (c *Client) Rerank(
	ctx context.Context,
	request *v2.RerankRequest,
	opts ...option.RequestOption,
) (*v2.RerankResponse, error) {
	return &v2.RerankResponse{}, nil
}

func (c *Client) Classify(
	ctx context.Context,
	request *v2.ClassifyRequest,
	opts ...option.RequestOption,
) (*v2.ClassifyResponse, error) {
	return &v2.ClassifyResponse{}, nil
}

func (c *Client) Summarize(
	ctx context.Context,
	request *v2.SummarizeRequest,
	opts ...option.RequestOption,
) (*v2.SummarizeResponse, error) {
	return &v2.SummarizeResponse{}, nil
}
