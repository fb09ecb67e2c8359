// Stub of github.com/sendgrid/sendgrid-go@v3.16.1+incompatible (package sendgrid) for privet tests:
// real names, signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package sendgrid

import (
	"context"

	"github.com/sendgrid/rest"
	"github.com/sendgrid/sendgrid-go/helpers/mail"
)

// Client is the Twilio SendGrid Go client
type Client struct {
	rest.Request
}

func GetRequest(key, endpoint, host string) rest.Request {
	if host == "" {
		host = "https://api.sendgrid.com"
	}
	return rest.Request{BaseURL: host + endpoint, Headers: map[string]string{"Authorization": "Bearer " + key}}
}

func NewSendClient(key string) *Client {
	request := GetRequest(key, "/v3/mail/send", "")
	request.Method = "POST"
	return &Client{request}
}

func (cl *Client) Send(email *mail.SGMailV3) (*rest.Response, error) { return &rest.Response{}, nil }

func (cl *Client) SendWithContext(ctx context.Context, email *mail.SGMailV3) (*rest.Response, error) {
	return &rest.Response{}, nil
}

func API(request rest.Request) (*rest.Response, error) { return &rest.Response{}, nil }

func MakeRequest(request rest.Request) (*rest.Response, error) { return &rest.Response{}, nil }

func MakeRequestWithContext(ctx context.Context, request rest.Request) (*rest.Response, error) {
	return &rest.Response{}, nil
}

func MakeRequestRetry(request rest.Request) (*rest.Response, error) { return &rest.Response{}, nil }

func MakeRequestRetryWithContext(ctx context.Context, request rest.Request) (*rest.Response, error) {
	return &rest.Response{}, nil
}

func MakeRequestAsync(request rest.Request) (chan *rest.Response, chan error) { return nil, nil }

func MakeRequestAsyncWithContext(ctx context.Context, request rest.Request) (chan *rest.Response, chan error) {
	return nil, nil
}
