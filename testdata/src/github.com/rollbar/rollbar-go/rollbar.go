// Stub of github.com/rollbar/rollbar-go@v1.4.5 (package rollbar) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package rollbar

import (
	"context"
	"net/http"
)

const (
	CRIT  = "critical"
	ERR   = "error"
	WARN  = "warning"
	INFO  = "info"
	DEBUG = "debug"
)

type Client struct {
	Transport     Transport
	configuration configuration
}

type Transport interface {
	Send(map[string]interface{}) error
}

type configuration struct {
	token       string
	environment string
	custom      map[string]interface{}
	person      Person
}

type Person struct {
	Id       string
	Username string
	Email    string
	Extra    map[string]string
}

type personOption func(*Person)

func WithPersonExtra(extra map[string]string) personOption {
	return func(p *Person) { p.Extra = extra }
}

func New(token, environment, codeVersion, serverHost, serverRoot string) *Client {
	return &Client{configuration: configuration{token: token, environment: environment}}
}

func Critical(interfaces ...interface{}) {}

func Error(interfaces ...interface{}) {}

func Warning(interfaces ...interface{}) {}

func Info(interfaces ...interface{}) {}

func Debug(interfaces ...interface{}) {}

func Log(level string, interfaces ...interface{}) {}

func ErrorWithLevel(level string, err error) {}

func Errorf(level string, format string, args ...interface{}) {}

func ErrorWithExtras(level string, err error, extras map[string]interface{}) {}

func ErrorWithExtrasAndContext(ctx context.Context, level string, err error, extras map[string]interface{}) {
}

func RequestError(level string, r *http.Request, err error) {}

func RequestErrorWithExtras(level string, r *http.Request, err error, extras map[string]interface{}) {
}

func RequestErrorWithExtrasAndContext(ctx context.Context, level string, r *http.Request, err error, extras map[string]interface{}) {
}

func ErrorWithStackSkip(level string, err error, skip int) {}

func ErrorWithStackSkipWithExtras(level string, err error, skip int, extras map[string]interface{}) {}

func ErrorWithStackSkipWithExtrasAndContext(ctx context.Context, level string, err error, skip int, extras map[string]interface{}) {
}

func RequestErrorWithStackSkip(level string, r *http.Request, err error, skip int) {}

func RequestErrorWithStackSkipWithExtras(level string, r *http.Request, err error, skip int, extras map[string]interface{}) {
}

func RequestErrorWithStackSkipWithExtrasAndContext(ctx context.Context, level string, r *http.Request, err error, skip int, extras map[string]interface{}) {
}

func Message(level string, msg string) {}

func MessageWithExtras(level string, msg string, extras map[string]interface{}) {}

func MessageWithExtrasAndContext(ctx context.Context, level string, msg string, extras map[string]interface{}) {
}

func RequestMessage(level string, r *http.Request, msg string) {}

func RequestMessageWithExtras(level string, r *http.Request, msg string, extras map[string]interface{}) {
}

func RequestMessageWithExtrasAndContext(ctx context.Context, level string, r *http.Request, msg string, extras map[string]interface{}) {
}

func SetPerson(id, username, email string, opts ...personOption) {}

func SetCustom(custom map[string]interface{}) {}

func LogPanic(err interface{}, wait bool) {}

func CaptureTelemetryEvent(eventType, eventlevel string, eventData map[string]interface{}) {}

func SetToken(token string) {}

func SetEnvironment(environment string) {}

func Wait() {}

func Close() {}

func (c *Client) ErrorWithLevel(level string, err error) {}

func (c *Client) Errorf(level string, format string, args ...interface{}) {}

func (c *Client) ErrorWithExtras(level string, err error, extras map[string]interface{}) {}

func (c *Client) ErrorWithExtrasAndContext(ctx context.Context, level string, err error, extras map[string]interface{}) {
}

func (c *Client) RequestError(level string, r *http.Request, err error) {}

func (c *Client) RequestErrorWithExtras(level string, r *http.Request, err error, extras map[string]interface{}) {
}

func (c *Client) RequestErrorWithExtrasAndContext(ctx context.Context, level string, r *http.Request, err error, extras map[string]interface{}) {
}

func (c *Client) ErrorWithStackSkip(level string, err error, skip int) {}

func (c *Client) ErrorWithStackSkipWithExtras(level string, err error, skip int, extras map[string]interface{}) {
}

func (c *Client) ErrorWithStackSkipWithExtrasAndContext(ctx context.Context, level string, err error, skip int, extras map[string]interface{}) {
}

func (c *Client) RequestErrorWithStackSkip(level string, r *http.Request, err error, skip int) {}

func (c *Client) RequestErrorWithStackSkipWithExtras(level string, r *http.Request, err error, skip int, extras map[string]interface{}) {
}

func (c *Client) RequestErrorWithStackSkipWithExtrasAndContext(ctx context.Context, level string, r *http.Request, err error, skip int, extras map[string]interface{}) {
}

func (c *Client) Message(level string, msg string) {}

func (c *Client) MessageWithExtras(level string, msg string, extras map[string]interface{}) {}

func (c *Client) MessageWithExtrasAndContext(ctx context.Context, level string, msg string, extras map[string]interface{}) {
}

func (c *Client) RequestMessage(level string, r *http.Request, msg string) {}

func (c *Client) RequestMessageWithExtras(level string, r *http.Request, msg string, extras map[string]interface{}) {
}

func (c *Client) RequestMessageWithExtrasAndContext(ctx context.Context, level string, r *http.Request, msg string, extras map[string]interface{}) {
}

func (c *Client) SetPerson(id, username, email string, opts ...personOption) {}

func (c *Client) SetCustom(custom map[string]interface{}) {}

func (c *Client) LogPanic(err interface{}, wait bool) {}

func (c *Client) CaptureTelemetryEvent(eventType, eventlevel string, eventData map[string]interface{}) {
}

func (c *Client) SetToken(token string) {}

func (c *Client) SetEnvironment(environment string) {}

func (c *Client) Wait() {}

func (c *Client) Close() error { return nil }
