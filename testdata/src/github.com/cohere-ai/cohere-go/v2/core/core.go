// Stub of github.com/cohere-ai/cohere-go/v2@v2.15.3 (package core) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package core

import (
	"io"
	"net/http"
)

type RequestOptions struct {
	BaseURL     string
	HTTPHeader  http.Header
	MaxAttempts uint
	Token       string
}

type RequestOption interface {
	applyRequestOptions(*RequestOptions)
}

type TokenOption struct {
	Token string
}

func (t *TokenOption) applyRequestOptions(opts *RequestOptions) { opts.Token = t.Token }

type BaseURLOption struct {
	BaseURL string
}

func (b *BaseURLOption) applyRequestOptions(opts *RequestOptions) { opts.BaseURL = b.BaseURL }

type Stream[T any] struct {
	closer io.Closer
}

func (s *Stream[T]) Recv() (T, error) {
	var value T
	return value, io.EOF
}

func (s *Stream[T]) Close() error { return nil }
