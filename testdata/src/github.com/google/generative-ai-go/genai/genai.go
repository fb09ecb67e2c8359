// Stub of github.com/google/generative-ai-go@v0.20.1 (package genai) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package genai

import (
	"context"
	"io"

	"google.golang.org/api/option"
)

type Client struct {
	projectID string
	location  string
}

func NewClient(ctx context.Context, opts ...option.ClientOption) (*Client, error) {
	return &Client{}, nil
}

func (c *Client) Close() error { return nil }

type Part interface {
	toPart() *struct{}
}

// A Text is a piece of text, like a question or phrase.
type Text string

func (t Text) toPart() *struct{} { return nil }

type Blob struct {
	MIMEType string
	Data     []byte
}

func (b Blob) toPart() *struct{} { return nil }

type Content struct {
	Role  string
	Parts []Part
}

func NewUserContent(parts ...Part) *Content { return &Content{Role: "user", Parts: parts} }

type GenerationConfig struct {
	Temperature     *float32
	MaxOutputTokens *int32
}

type SafetySetting struct{}

type Tool struct{}

type ToolConfig struct{}

type GenerativeModel struct {
	c        *Client
	name     string
	fullName string

	GenerationConfig
	SafetySettings    []*SafetySetting
	Tools             []*Tool
	ToolConfig        *ToolConfig
	SystemInstruction *Content
	CachedContentName string
}

func (c *Client) GenerativeModel(name string) *GenerativeModel {
	return &GenerativeModel{c: c, name: name}
}

type Candidate struct {
	Index   int32
	Content *Content
}

type GenerateContentResponse struct {
	Candidates []*Candidate
}

type GenerateContentResponseIterator struct {
	err error
}

func (iter *GenerateContentResponseIterator) Next() (*GenerateContentResponse, error) {
	return nil, iter.err
}

type CountTokensResponse struct {
	TotalTokens int32
}

func (m *GenerativeModel) GenerateContent(ctx context.Context, parts ...Part) (*GenerateContentResponse, error) {
	return &GenerateContentResponse{}, nil
}

func (m *GenerativeModel) GenerateContentStream(ctx context.Context, parts ...Part) *GenerateContentResponseIterator {
	return &GenerateContentResponseIterator{}
}

func (m *GenerativeModel) CountTokens(ctx context.Context, parts ...Part) (*CountTokensResponse, error) {
	return &CountTokensResponse{}, nil
}

type ChatSession struct {
	m       *GenerativeModel
	History []*Content
}

func (m *GenerativeModel) StartChat() *ChatSession { return &ChatSession{m: m} }

func (cs *ChatSession) SendMessage(ctx context.Context, parts ...Part) (*GenerateContentResponse, error) {
	return &GenerateContentResponse{}, nil
}

func (cs *ChatSession) SendMessageStream(ctx context.Context, parts ...Part) *GenerateContentResponseIterator {
	return &GenerateContentResponseIterator{}
}

type CachedContent struct {
	Name              string
	Model             string
	SystemInstruction *Content
	Contents          []*Content
	Tools             []*Tool
	ToolConfig        *ToolConfig
}

func (c *Client) CreateCachedContent(ctx context.Context, cc *CachedContent) (*CachedContent, error) {
	return cc, nil
}

type EmbeddingModel struct {
	c        *Client
	name     string
	TaskType int32
}

func (c *Client) EmbeddingModel(name string) *EmbeddingModel {
	return &EmbeddingModel{c: c, name: name}
}

type ContentEmbedding struct {
	Values []float32
}

type EmbedContentResponse struct {
	Embedding *ContentEmbedding
}

type BatchEmbedContentsResponse struct {
	Embeddings []*ContentEmbedding
}

func (m *EmbeddingModel) EmbedContent(ctx context.Context, parts ...Part) (*EmbedContentResponse, error) {
	return &EmbedContentResponse{}, nil
}

func (m *EmbeddingModel) EmbedContentWithTitle(ctx context.Context, title string, parts ...Part) (*EmbedContentResponse, error) {
	return &EmbedContentResponse{}, nil
}

type EmbeddingBatch struct {
	req *struct{ contents []*Content }
	em  *EmbeddingModel
}

func (m *EmbeddingModel) NewBatch() *EmbeddingBatch {
	return &EmbeddingBatch{req: &struct{ contents []*Content }{}, em: m}
}

func (b *EmbeddingBatch) AddContent(parts ...Part) *EmbeddingBatch {
	b.req.contents = append(b.req.contents, NewUserContent(parts...))
	return b
}

func (m *EmbeddingModel) BatchEmbedContents(ctx context.Context, b *EmbeddingBatch) (*BatchEmbedContentsResponse, error) {
	return &BatchEmbedContentsResponse{}, nil
}

type UploadFileOptions struct {
	DisplayName string
	MIMEType    string
}

type File struct {
	Name string
	URI  string
}

func (c *Client) UploadFile(ctx context.Context, name string, r io.Reader, opts *UploadFileOptions) (*File, error) {
	return &File{Name: name}, nil
}
