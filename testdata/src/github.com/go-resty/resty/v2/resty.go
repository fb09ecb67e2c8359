// Stub of github.com/go-resty/resty/v2@v2.17.2 (package resty) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package resty

import (
	"context"
	"net/http"
	"net/url"
)

type Client struct {
	BaseURL    string
	QueryParam url.Values
	FormData   url.Values
	PathParams map[string]string
	Header     http.Header
	Token      string
	httpClient *http.Client
}

func New() *Client { return &Client{Header: http.Header{}, httpClient: &http.Client{}} }

func NewWithClient(hc *http.Client) *Client { return &Client{Header: http.Header{}, httpClient: hc} }

func (c *Client) R() *Request {
	return &Request{QueryParam: url.Values{}, FormData: url.Values{}, Header: http.Header{}, client: c}
}

func (c *Client) SetBaseURL(url string) *Client {
	c.BaseURL = url
	return c
}

func (c *Client) SetHeader(header, value string) *Client {
	c.Header.Set(header, value)
	return c
}

func (c *Client) SetQueryParam(param, value string) *Client {
	c.QueryParam.Set(param, value)
	return c
}

func (c *Client) SetFormData(data map[string]string) *Client { return c }

func (c *Client) SetAuthToken(token string) *Client {
	c.Token = token
	return c
}

func (c *Client) SetPathParam(param, value string) *Client { return c }

type Request struct {
	URL        string
	Method     string
	Token      string
	QueryParam url.Values
	FormData   url.Values
	PathParams map[string]string
	Header     http.Header
	Body       interface{}
	Result     interface{}
	client     *Client
	ctx        context.Context
}

func (r *Request) SetContext(ctx context.Context) *Request {
	r.ctx = ctx
	return r
}

func (r *Request) SetHeader(header, value string) *Request {
	r.Header.Set(header, value)
	return r
}

func (r *Request) SetHeaders(headers map[string]string) *Request { return r }

func (r *Request) SetQueryParam(param, value string) *Request {
	r.QueryParam.Set(param, value)
	return r
}

func (r *Request) SetQueryParams(params map[string]string) *Request { return r }

func (r *Request) SetQueryParamsFromValues(params url.Values) *Request { return r }

func (r *Request) SetQueryString(query string) *Request { return r }

func (r *Request) SetFormData(data map[string]string) *Request { return r }

func (r *Request) SetFormDataFromValues(data url.Values) *Request { return r }

func (r *Request) SetBody(body interface{}) *Request {
	r.Body = body
	return r
}

func (r *Request) SetResult(res interface{}) *Request {
	r.Result = res
	return r
}

func (r *Request) SetBasicAuth(username, password string) *Request { return r }

func (r *Request) SetAuthToken(token string) *Request {
	r.Token = token
	return r
}

func (r *Request) SetPathParam(param, value string) *Request { return r }

func (r *Request) SetPathParams(params map[string]string) *Request { return r }

func (r *Request) Get(url string) (*Response, error) { return r.Execute(http.MethodGet, url) }

func (r *Request) Head(url string) (*Response, error) { return r.Execute(http.MethodHead, url) }

func (r *Request) Post(url string) (*Response, error) { return r.Execute(http.MethodPost, url) }

func (r *Request) Put(url string) (*Response, error) { return r.Execute(http.MethodPut, url) }

func (r *Request) Delete(url string) (*Response, error) { return r.Execute(http.MethodDelete, url) }

func (r *Request) Options(url string) (*Response, error) { return r.Execute(http.MethodOptions, url) }

func (r *Request) Patch(url string) (*Response, error) { return r.Execute(http.MethodPatch, url) }

func (r *Request) Send() (*Response, error) { return r.Execute(r.Method, r.URL) }

func (r *Request) Execute(method, url string) (*Response, error) { return &Response{Request: r}, nil }

type Response struct {
	Request     *Request
	RawResponse *http.Response
	body        []byte
}

func (r *Response) Body() []byte { return r.body }

func (r *Response) StatusCode() int { return 200 }

func (r *Response) String() string { return string(r.body) }
