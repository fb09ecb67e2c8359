// Stub of github.com/tmc/langchaingo@v0.1.14 for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package embeddings

import "context"

func NewEmbedder(client EmbedderClient, opts ...Option) (*EmbedderImpl, error) {
	e := &EmbedderImpl{
		client:    client,
		BatchSize: 512,
	}
	for _, opt := range opts {
		opt(e)
	}
	return e, nil
}

type Embedder interface {
	EmbedDocuments(ctx context.Context, texts []string) ([][]float32, error)
	EmbedQuery(ctx context.Context, text string) ([]float32, error)
}

type EmbedderClient interface {
	CreateEmbedding(ctx context.Context, texts []string) ([][]float32, error)
}

type EmbedderClientFunc func(ctx context.Context, texts []string) ([][]float32, error)

func (e EmbedderClientFunc) CreateEmbedding(ctx context.Context, texts []string) ([][]float32, error) {
	return e(ctx, texts)
}

type EmbedderImpl struct {
	client EmbedderClient

	StripNewLines bool
	BatchSize     int
}

var _ Embedder = &EmbedderImpl{}

func (ei *EmbedderImpl) EmbedQuery(ctx context.Context, text string) ([]float32, error) {
	emb, err := ei.client.CreateEmbedding(ctx, []string{text})
	if err != nil || len(emb) == 0 {
		return nil, err
	}
	return emb[0], nil
}

func (ei *EmbedderImpl) EmbedDocuments(ctx context.Context, texts []string) ([][]float32, error) {
	return ei.client.CreateEmbedding(ctx, texts)
}

type Option func(p *EmbedderImpl)

func WithStripNewLines(stripNewLines bool) Option {
	return func(p *EmbedderImpl) {
		p.StripNewLines = stripNewLines
	}
}

func WithBatchSize(batchSize int) Option {
	return func(p *EmbedderImpl) {
		p.BatchSize = batchSize
	}
}
