// Stub of github.com/valyala/fasthttp@v1.78.0 (package fasthttp) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package fasthttp

import (
	"io"
	"time"
)

type argsKV struct {
	key   []byte
	value []byte
}

type Args struct {
	args []argsKV
}

func (a *Args) Add(key, value string) { a.args = append(a.args, argsKV{[]byte(key), []byte(value)}) }

func (a *Args) Set(key, value string) { a.Add(key, value) }

type RequestHeader struct {
	h []argsKV
}

func (h *RequestHeader) Add(key, value string) { h.h = append(h.h, argsKV{[]byte(key), []byte(value)}) }

func (h *RequestHeader) Set(key, value string) { h.Add(key, value) }

func (h *RequestHeader) SetMethod(method string) {}

func (h *RequestHeader) SetContentType(contentType string) {}

type URI struct {
	host      []byte
	path      []byte
	queryArgs Args
}

func (u *URI) QueryArgs() *Args { return &u.queryArgs }

type Request struct {
	body       []byte
	bodyStream io.Reader
	uri        URI
	postArgs   Args
	requestURI []byte

	Header RequestHeader
}

func (req *Request) SetRequestURI(requestURI string) { req.requestURI = []byte(requestURI) }

func (req *Request) SetURI(newURI *URI) { req.uri = *newURI }

func (req *Request) SetBodyStream(bodyStream io.Reader, bodySize int) { req.bodyStream = bodyStream }

func (req *Request) SetBodyRaw(body []byte) { req.body = body }

func (req *Request) AppendBody(p []byte) { req.body = append(req.body, p...) }

func (req *Request) AppendBodyString(s string) { req.body = append(req.body, s...) }

func (req *Request) SetBody(body []byte) { req.body = append(req.body[:0], body...) }

func (req *Request) SetBodyString(body string) { req.body = append(req.body[:0], body...) }

func (req *Request) PostArgs() *Args { return &req.postArgs }

func (req *Request) URI() *URI { return &req.uri }

func (req *Request) BodyWriter() io.Writer { return nil }

type Response struct {
	body       []byte
	statusCode int
}

func (resp *Response) StatusCode() int { return resp.statusCode }

func (resp *Response) Body() []byte { return resp.body }

func AcquireRequest() *Request { return &Request{} }

func ReleaseRequest(req *Request) {}

func AcquireResponse() *Response { return &Response{} }

func ReleaseResponse(resp *Response) {}

func Do(req *Request, resp *Response) error { return nil }

func DoTimeout(req *Request, resp *Response, timeout time.Duration) error { return nil }

func DoDeadline(req *Request, resp *Response, deadline time.Time) error { return nil }

func DoRedirects(req *Request, resp *Response, maxRedirectsCount int) error { return nil }

func Get(dst []byte, url string) (statusCode int, body []byte, err error) { return 200, dst, nil }

func GetTimeout(dst []byte, url string, timeout time.Duration) (statusCode int, body []byte, err error) {
	return 200, dst, nil
}

func GetDeadline(dst []byte, url string, deadline time.Time) (statusCode int, body []byte, err error) {
	return 200, dst, nil
}

func Post(dst []byte, url string, postArgs *Args) (statusCode int, body []byte, err error) {
	return 200, dst, nil
}

type Client struct {
	Name         string
	ReadTimeout  time.Duration
	WriteTimeout time.Duration
}

func (c *Client) Get(dst []byte, url string) (statusCode int, body []byte, err error) {
	return 200, dst, nil
}

func (c *Client) GetTimeout(dst []byte, url string, timeout time.Duration) (statusCode int, body []byte, err error) {
	return 200, dst, nil
}

func (c *Client) GetDeadline(dst []byte, url string, deadline time.Time) (statusCode int, body []byte, err error) {
	return 200, dst, nil
}

func (c *Client) Post(dst []byte, url string, postArgs *Args) (statusCode int, body []byte, err error) {
	return 200, dst, nil
}

func (c *Client) DoTimeout(req *Request, resp *Response, timeout time.Duration) error { return nil }

func (c *Client) DoDeadline(req *Request, resp *Response, deadline time.Time) error { return nil }

func (c *Client) DoRedirects(req *Request, resp *Response, maxRedirectsCount int) error { return nil }

func (c *Client) Do(req *Request, resp *Response) error { return nil }

type HostClient struct {
	Addr  string
	Name  string
	IsTLS bool
}

func (c *HostClient) Get(dst []byte, url string) (statusCode int, body []byte, err error) {
	return 200, dst, nil
}

func (c *HostClient) GetTimeout(dst []byte, url string, timeout time.Duration) (statusCode int, body []byte, err error) {
	return 200, dst, nil
}

func (c *HostClient) GetDeadline(dst []byte, url string, deadline time.Time) (statusCode int, body []byte, err error) {
	return 200, dst, nil
}

func (c *HostClient) Post(dst []byte, url string, postArgs *Args) (statusCode int, body []byte, err error) {
	return 200, dst, nil
}

func (c *HostClient) DoTimeout(req *Request, resp *Response, timeout time.Duration) error {
	return nil
}

func (c *HostClient) DoDeadline(req *Request, resp *Response, deadline time.Time) error {
	return nil
}

func (c *HostClient) DoRedirects(req *Request, resp *Response, maxRedirectsCount int) error {
	return nil
}

func (c *HostClient) Do(req *Request, resp *Response) error { return nil }
