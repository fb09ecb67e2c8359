// Stub of github.com/hashicorp/go-retryablehttp@v0.7.8 (package retryablehttp) for privet tests:
// real names, signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package retryablehttp

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"time"
)

type ReaderFunc func() (io.Reader, error)

type ResponseHandlerFunc func(*http.Response) error

type Request struct {
	body            ReaderFunc
	responseHandler ResponseHandlerFunc

	*http.Request
}

func (r *Request) WithContext(ctx context.Context) *Request {
	return &Request{body: r.body, responseHandler: r.responseHandler, Request: r.Request.WithContext(ctx)}
}

func (r *Request) BodyBytes() ([]byte, error) { return nil, nil }

func (r *Request) SetBody(rawBody interface{}) error { return nil }

func FromRequest(r *http.Request) (*Request, error) { return &Request{Request: r}, nil }

func NewRequest(method, url string, rawBody interface{}) (*Request, error) {
	return NewRequestWithContext(context.Background(), method, url, rawBody)
}

func NewRequestWithContext(ctx context.Context, method, url string, rawBody interface{}) (*Request, error) {
	httpReq, err := http.NewRequestWithContext(ctx, method, url, nil)
	if err != nil {
		return nil, err
	}
	return &Request{Request: httpReq}, nil
}

type Client struct {
	HTTPClient   *http.Client
	Logger       interface{}
	RetryWaitMin time.Duration
	RetryWaitMax time.Duration
	RetryMax     int
}

func NewClient() *Client { return &Client{HTTPClient: &http.Client{}, RetryMax: 4} }

func (c *Client) Do(req *Request) (*http.Response, error) { return &http.Response{}, nil }

func Get(url string) (*http.Response, error) { return &http.Response{}, nil }

func (c *Client) Get(url string) (*http.Response, error) { return &http.Response{}, nil }

func Head(url string) (*http.Response, error) { return &http.Response{}, nil }

func (c *Client) Head(url string) (*http.Response, error) { return &http.Response{}, nil }

func Post(url, bodyType string, body interface{}) (*http.Response, error) {
	return &http.Response{}, nil
}

func (c *Client) Post(url, bodyType string, body interface{}) (*http.Response, error) {
	return &http.Response{}, nil
}

func PostForm(url string, data url.Values) (*http.Response, error) { return &http.Response{}, nil }

func (c *Client) PostForm(url string, data url.Values) (*http.Response, error) {
	return &http.Response{}, nil
}

func (c *Client) StandardClient() *http.Client { return &http.Client{} }

type RoundTripper struct {
	Client *Client
}

func (rt *RoundTripper) RoundTrip(req *http.Request) (*http.Response, error) {
	return &http.Response{}, nil
}
