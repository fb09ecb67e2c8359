// Stub of github.com/openai/openai-go/v2@v2.7.1 for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package option

import (
	"bytes"
	"encoding/json"
	"io"
	"net/url"

	"github.com/openai/openai-go/v2/internal/requestconfig"
)

type RequestOption = requestconfig.RequestOption

func WithBaseURL(base string) RequestOption {
	return requestconfig.RequestOptionFunc(func(r *requestconfig.RequestConfig) error {
		u, err := url.Parse(base)
		r.BaseURL = u
		return err
	})
}

func WithAPIKey(value string) RequestOption {
	return requestconfig.RequestOptionFunc(func(r *requestconfig.RequestConfig) error { r.APIKey = value; return nil })
}

func WithMaxRetries(retries int) RequestOption {
	return requestconfig.RequestOptionFunc(func(r *requestconfig.RequestConfig) error { r.MaxRetries = retries; return nil })
}

func WithHeader(key, value string) RequestOption {
	return requestconfig.RequestOptionFunc(func(r *requestconfig.RequestConfig) error { return nil })
}

func WithJSONSet(key string, value any) RequestOption {
	return requestconfig.RequestOptionFunc(func(r *requestconfig.RequestConfig) error {
		b, err := json.Marshal(map[string]any{key: value})
		r.Body = bytes.NewReader(b)
		return err
	})
}

func WithRequestBody(contentType string, body any) RequestOption {
	return requestconfig.RequestOptionFunc(func(r *requestconfig.RequestConfig) error {
		if reader, ok := body.(io.Reader); ok {
			r.Body = reader
			return nil
		}
		b, err := json.Marshal(body)
		r.Body = bytes.NewReader(b)
		return err
	})
}
