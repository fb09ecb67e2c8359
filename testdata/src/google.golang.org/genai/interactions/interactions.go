// Stub of google.golang.org/genai@v1.77.0 for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package interactions

import (
	"context"

	"google.golang.org/genai/interactions/models/operations"
)

type Interactions struct {
	hooks *struct{}
}

func (s *Interactions) Create(ctx context.Context, request operations.CreateInteractionRequest, opts ...operations.Option) (*operations.CreateInteractionResponse, error) {
	return &operations.CreateInteractionResponse{}, nil
}
