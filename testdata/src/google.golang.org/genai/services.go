// Stub of google.golang.org/genai@v1.77.0 for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package genai

import (
	"context"
	"io"
	"iter"
)

type Models struct {
	apiClient *struct{}
}

func (m Models) GenerateContent(ctx context.Context, model string, contents []*Content, config *GenerateContentConfig) (*GenerateContentResponse, error) {
	return &GenerateContentResponse{}, nil
}

func (m Models) GenerateContentStream(ctx context.Context, model string, contents []*Content, config *GenerateContentConfig) iter.Seq2[*GenerateContentResponse, error] {
	return func(yield func(*GenerateContentResponse, error) bool) {}
}

func (m Models) CountTokens(ctx context.Context, model string, contents []*Content, config *CountTokensConfig) (*CountTokensResponse, error) {
	return &CountTokensResponse{}, nil
}

func (m Models) ComputeTokens(ctx context.Context, model string, contents []*Content, config *ComputeTokensConfig) (*ComputeTokensResponse, error) {
	return &ComputeTokensResponse{}, nil
}

func (m Models) EmbedContent(ctx context.Context, model string, contents []*Content, config *EmbedContentConfig) (*EmbedContentResponse, error) {
	return &EmbedContentResponse{}, nil
}

func (m Models) GenerateImages(ctx context.Context, model string, prompt string, config *GenerateImagesConfig) (*GenerateImagesResponse, error) {
	return &GenerateImagesResponse{}, nil
}

func (m Models) EditImage(ctx context.Context, model, prompt string, referenceImages []ReferenceImage, config *EditImageConfig) (*EditImageResponse, error) {
	return &EditImageResponse{}, nil
}

func (m Models) GenerateVideos(ctx context.Context, model string, prompt string, image *Image, config *GenerateVideosConfig) (*GenerateVideosOperation, error) {
	return &GenerateVideosOperation{}, nil
}

type Chats struct {
	apiClient *struct{}
}

type Chat struct {
	Models
	model          string
	config         *GenerateContentConfig
	curatedHistory []*Content
}

func (c *Chats) Create(ctx context.Context, model string, config *GenerateContentConfig, history []*Content) (*Chat, error) {
	return &Chat{model: model, config: config, curatedHistory: history}, nil
}

func (c *Chat) History(curated bool) []*Content { return c.curatedHistory }

func (c *Chat) SendMessage(ctx context.Context, parts ...Part) (*GenerateContentResponse, error) {
	return &GenerateContentResponse{}, nil
}

func (c *Chat) Send(ctx context.Context, parts ...*Part) (*GenerateContentResponse, error) {
	return &GenerateContentResponse{}, nil
}

func (c *Chat) SendMessageStream(ctx context.Context, parts ...Part) iter.Seq2[*GenerateContentResponse, error] {
	return func(yield func(*GenerateContentResponse, error) bool) {}
}

func (c *Chat) SendStream(ctx context.Context, parts ...*Part) iter.Seq2[*GenerateContentResponse, error] {
	return func(yield func(*GenerateContentResponse, error) bool) {}
}

type Files struct {
	apiClient *struct{}
}

func (m Files) Upload(ctx context.Context, r io.Reader, config *UploadFileConfig) (*File, error) {
	return &File{}, nil
}

func (m Files) UploadFromPath(ctx context.Context, path string, config *UploadFileConfig) (*File, error) {
	return &File{}, nil
}

type FileSearchStores struct {
	apiClient *struct{}
}

func (m FileSearchStores) UploadToFileSearchStore(ctx context.Context, r io.Reader, FileSearchStoreName string, config *UploadToFileSearchStoreConfig) (*UploadToFileSearchStoreOperation, error) {
	return &UploadToFileSearchStoreOperation{}, nil
}

type Batches struct {
	apiClient *struct{}
}

func (b Batches) Create(ctx context.Context, model string, src *BatchJobSource, config *CreateBatchJobConfig) (*BatchJob, error) {
	return &BatchJob{}, nil
}

func (b Batches) CreateEmbeddings(ctx context.Context, model *string, src *EmbeddingsBatchJobSource, config *CreateEmbeddingsBatchJobConfig) (*BatchJob, error) {
	return &BatchJob{}, nil
}

type Caches struct {
	apiClient *struct{}
}

func (m Caches) Create(ctx context.Context, model string, config *CreateCachedContentConfig) (*CachedContent, error) {
	return &CachedContent{}, nil
}

type Live struct {
	apiClient *struct{}
}

type Session struct {
	conn *struct{}
}

func (r *Live) Connect(context context.Context, model string, config *LiveConnectConfig) (*Session, error) {
	return &Session{}, nil
}

type LiveClientContentInput = LiveSendClientContentParameters

type LiveRealtimeInput = LiveSendRealtimeInputParameters

func (s *Session) SendClientContent(input LiveClientContentInput) error { return nil }

func (s *Session) SendRealtimeInput(input LiveRealtimeInput) error { return nil }

func (s *Session) Receive() (*LiveServerMessage, error) { return &LiveServerMessage{}, nil }

func (s *Session) Close() error { return nil }
