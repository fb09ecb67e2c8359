// Stub of github.com/openai/openai-go/v2@v2.7.1 for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package requestconfig

import (
	"io"
	"net/url"
)

type RequestConfig struct {
	MaxRetries int
	APIKey     string
	BaseURL    *url.URL
	Body       io.Reader
}

type RequestOption interface {
	Apply(*RequestConfig) error
}

type RequestOptionFunc func(*RequestConfig) error

func (s RequestOptionFunc) Apply(r *RequestConfig) error { return s(r) }
