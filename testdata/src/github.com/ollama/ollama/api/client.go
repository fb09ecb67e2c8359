// Stub of github.com/ollama/ollama@v0.17.4 (package api) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package api

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"time"
)

type Client struct {
	base *url.URL
	http *http.Client
}

func ClientFromEnvironment() (*Client, error) {
	return &Client{base: &url.URL{Scheme: "http", Host: "127.0.0.1:11434"}, http: http.DefaultClient}, nil
}

func NewClient(base *url.URL, http *http.Client) *Client {
	return &Client{
		base: base,
		http: http,
	}
}

type ImageData []byte

type Duration struct {
	time.Duration
}

type Message struct {
	Role     string      `json:"role"`
	Content  string      `json:"content"`
	Thinking string      `json:"thinking,omitempty"`
	Images   []ImageData `json:"images,omitempty"`
}

type Metrics struct {
	TotalDuration time.Duration `json:"total_duration,omitempty"`
}

type ChatRequest struct {
	Model     string         `json:"model"`
	Messages  []Message      `json:"messages"`
	Stream    *bool          `json:"stream,omitempty"`
	KeepAlive *Duration      `json:"keep_alive,omitempty"`
	Options   map[string]any `json:"options"`
}

type ChatResponse struct {
	Model     string    `json:"model"`
	CreatedAt time.Time `json:"created_at"`
	Message   Message   `json:"message"`
	Done      bool      `json:"done"`
	Metrics
}

type ChatResponseFunc func(ChatResponse) error

func (c *Client) Chat(ctx context.Context, req *ChatRequest, fn ChatResponseFunc) error {
	return fn(ChatResponse{})
}

type GenerateRequest struct {
	Model   string         `json:"model"`
	Prompt  string         `json:"prompt"`
	Suffix  string         `json:"suffix"`
	System  string         `json:"system"`
	Context []int          `json:"context,omitempty"`
	Stream  *bool          `json:"stream,omitempty"`
	Images  []ImageData    `json:"images,omitempty"`
	Options map[string]any `json:"options"`
}

type GenerateResponse struct {
	Model    string `json:"model"`
	Response string `json:"response"`
	Done     bool   `json:"done"`
	Metrics
}

type GenerateResponseFunc func(GenerateResponse) error

func (c *Client) Generate(ctx context.Context, req *GenerateRequest, fn GenerateResponseFunc) error {
	return fn(GenerateResponse{})
}

type EmbedRequest struct {
	Model   string         `json:"model"`
	Input   any            `json:"input"`
	Options map[string]any `json:"options"`
}

type EmbedResponse struct {
	Model      string      `json:"model"`
	Embeddings [][]float32 `json:"embeddings"`
}

func (c *Client) Embed(ctx context.Context, req *EmbedRequest) (*EmbedResponse, error) {
	return &EmbedResponse{}, nil
}

type EmbeddingRequest struct {
	Model   string         `json:"model"`
	Prompt  string         `json:"prompt"`
	Options map[string]any `json:"options"`
}

type EmbeddingResponse struct {
	Embedding []float64 `json:"embedding"`
}

func (c *Client) Embeddings(ctx context.Context, req *EmbeddingRequest) (*EmbeddingResponse, error) {
	return &EmbeddingResponse{}, nil
}

func (c *Client) CreateBlob(ctx context.Context, digest string, r io.Reader) error {
	return nil
}

type PushRequest struct {
	Model    string `json:"model"`
	Insecure bool   `json:"insecure,omitempty"`
	Username string `json:"username"`
	Password string `json:"password"`
	Stream   *bool  `json:"stream,omitempty"`
	Name     string `json:"name"`
}

type ProgressResponse struct {
	Status string `json:"status"`
	Digest string `json:"digest,omitempty"`
}

type PushProgressFunc func(ProgressResponse) error

func (c *Client) Push(ctx context.Context, req *PushRequest, fn PushProgressFunc) error {
	return nil
}
