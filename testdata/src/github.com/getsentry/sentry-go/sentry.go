// Stub of github.com/getsentry/sentry-go@v0.50.0 (package sentry) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed. Scope.SetExtra
// and Scope.SetExtras are from v0.45.1 (removed in v0.46.0).

package sentry

import (
	"context"
	"net/http"
	"time"

	"github.com/getsentry/sentry-go/attribute"
)

type ClientOptions struct {
	Dsn            string
	SendDefaultPII bool
	Environment    string
}

func Init(options ClientOptions) error { return nil }

type EventID string

type Level string

const (
	LevelDebug   Level = "debug"
	LevelInfo    Level = "info"
	LevelWarning Level = "warning"
	LevelError   Level = "error"
)

type Context = map[string]interface{}

type User struct {
	ID        string            `json:"id,omitempty"`
	Email     string            `json:"email,omitempty"`
	IPAddress string            `json:"ip_address,omitempty"`
	Username  string            `json:"username,omitempty"`
	Name      string            `json:"name,omitempty"`
	Data      map[string]string `json:"data,omitempty"`
}

type Breadcrumb struct {
	Type      string                 `json:"type,omitempty"`
	Category  string                 `json:"category,omitempty"`
	Message   string                 `json:"message,omitempty"`
	Data      map[string]interface{} `json:"data,omitempty"`
	Level     Level                  `json:"level,omitempty"`
	Timestamp time.Time              `json:"timestamp,omitzero"`
}

type BreadcrumbHint map[string]interface{}

type Attachment struct {
	Filename    string
	ContentType string
	Payload     []byte
}

type Event struct {
	Breadcrumbs []*Breadcrumb      `json:"breadcrumbs,omitempty"`
	Contexts    map[string]Context `json:"contexts,omitempty"`
	Fingerprint []string           `json:"fingerprint,omitempty"`
	Level       Level              `json:"level,omitempty"`
	Message     string             `json:"message,omitempty"`
	Tags        map[string]string  `json:"tags,omitempty"`
	User        User               `json:"user,omitempty"`
}

type EventHint struct {
	Data               interface{}
	EventID            string
	OriginalException  error
	RecoveredException interface{}
	Context            context.Context
	Request            *http.Request
	Response           *http.Response
}

type EventModifier interface {
	ApplyToEvent(event *Event, hint *EventHint, client *Client) *Event
}

// Package-level shorthands for CurrentHub().

func AddBreadcrumb(breadcrumb *Breadcrumb)            {}
func CaptureMessage(message string) *EventID          { return nil }
func CaptureException(exception error) *EventID       { return nil }
func CaptureEvent(event *Event) *EventID              { return nil }
func Recover() *EventID                               { return nil }
func RecoverWithContext(ctx context.Context) *EventID { return nil }
func WithScope(f func(scope *Scope))                  { f(&Scope{}) }
func ConfigureScope(f func(scope *Scope))             { f(&Scope{}) }
func Flush(timeout time.Duration) bool                { return true }

type Hub struct {
	client *Client
	scope  *Scope
}

func NewHub(client *Client, scope *Scope) *Hub { return &Hub{client: client, scope: scope} }

func CurrentHub() *Hub { return &Hub{} }

func GetHubFromContext(ctx context.Context) *Hub { return nil }

func (hub *Hub) Clone() *Hub                    { return &Hub{client: hub.client, scope: hub.scope} }
func (hub *Hub) Scope() *Scope                  { return hub.scope }
func (hub *Hub) Client() *Client                { return hub.client }
func (hub *Hub) WithScope(f func(scope *Scope)) { f(hub.scope) }
func (hub *Hub) ConfigureScope(f func(scope *Scope)) {
	f(hub.scope)
}
func (hub *Hub) CaptureEvent(event *Event) *EventID                          { return nil }
func (hub *Hub) CaptureEventWithHint(event *Event, hint *EventHint) *EventID { return nil }
func (hub *Hub) CaptureMessage(message string) *EventID                      { return nil }
func (hub *Hub) CaptureException(exception error) *EventID                   { return nil }
func (hub *Hub) AddBreadcrumb(breadcrumb *Breadcrumb, hint *BreadcrumbHint)  {}
func (hub *Hub) Recover(err interface{}) *EventID                            { return nil }
func (hub *Hub) RecoverWithContext(ctx context.Context, err interface{}) *EventID {
	return nil
}

type Client struct {
	options ClientOptions
}

func NewClient(options ClientOptions) (*Client, error) { return &Client{options: options}, nil }

func (client *Client) CaptureMessage(message string, hint *EventHint, scope EventModifier) *EventID {
	return nil
}
func (client *Client) CaptureException(exception error, hint *EventHint, scope EventModifier) *EventID {
	return nil
}
func (client *Client) CaptureEvent(event *Event, hint *EventHint, scope EventModifier) *EventID {
	return nil
}
func (client *Client) Recover(err any, hint *EventHint, scope EventModifier) *EventID {
	return nil
}
func (client *Client) RecoverWithContext(
	ctx context.Context,
	err any,
	hint *EventHint,
	scope EventModifier,
) *EventID {
	return nil
}

type Scope struct {
	user     User
	tags     map[string]string
	contexts map[string]Context
	extra    map[string]interface{}
}

func NewScope() *Scope { return &Scope{} }

func (scope *Scope) AddBreadcrumb(breadcrumb *Breadcrumb, limit int) {}
func (scope *Scope) AddAttachment(attachment *Attachment)            {}
func (scope *Scope) SetUser(user User)                               { scope.user = user }
func (scope *Scope) SetRequest(r *http.Request)                      {}
func (scope *Scope) SetRequestBody(b []byte)                         {}
func (scope *Scope) SetAttributes(attrs ...attribute.Builder)        {}
func (scope *Scope) SetTag(key, value string)                        {}
func (scope *Scope) SetTags(tags map[string]string)                  {}
func (scope *Scope) SetContext(key string, value Context)            {}
func (scope *Scope) SetContexts(contexts map[string]Context)         {}
func (scope *Scope) SetExtra(key string, value interface{})          {}
func (scope *Scope) SetExtras(extra map[string]interface{})          {}
func (scope *Scope) SetFingerprint(fingerprint []string)             {}
func (scope *Scope) SetLevel(level Level)                            {}
func (scope *Scope) ApplyToEvent(event *Event, hint *EventHint, client *Client) *Event {
	return event
}

type Span struct {
	Tags map[string]string
	Data map[string]interface{}
	ctx  context.Context
}

type SpanOption func(s *Span)

func StartSpan(ctx context.Context, operation string, options ...SpanOption) *Span {
	return &Span{ctx: ctx}
}

func (s *Span) SetTag(name, value string)              {}
func (s *Span) SetData(name string, value interface{}) {}
func (s *Span) SetContext(key string, value Context)   {}
func (s *Span) Finish()                                {}
func (s *Span) Context() context.Context               { return s.ctx }

// Logger is what NewLogger returns.
type Logger interface {
	Write(p []byte) (n int, err error)
	SetAttributes(...attribute.Builder)
	Trace() LogEntry
	Debug() LogEntry
	Info() LogEntry
	Warn() LogEntry
	Error() LogEntry
	Fatal() LogEntry
	Panic() LogEntry
	LFatal() LogEntry
	GetCtx() context.Context
}

// LogEntry adds attributes (each setter returns the entry) and emits.
type LogEntry interface {
	WithCtx(ctx context.Context) LogEntry
	StringSlice(key string, value []string) LogEntry
	String(key, value string) LogEntry
	Int(key string, value int) LogEntry
	Int64(key string, value int64) LogEntry
	Bool(key string, value bool) LogEntry
	Emit(args ...interface{})
	Emitf(format string, args ...interface{})
}

func NewLogger(ctx context.Context) Logger { return nil }
