// Stub of github.com/mailgun/mailgun-go/v4@v4.23.0 (package mailgun) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package mailgun

import (
	"context"
	"net/http"
)

const (
	APIBase   = "https://api.mailgun.net/v3"
	APIBaseEU = "https://api.eu.mailgun.net/v3"
)

// Mailgun is the interface MailgunImpl implements (trimmed).
type Mailgun interface {
	APIBase() string
	Domain() string
	SetAPIBase(url string)
	Send(ctx context.Context, m *Message) (mes string, id string, err error)
	ReSend(ctx context.Context, id string, recipients ...string) (string, string, error)
	CreateMember(ctx context.Context, merge bool, addr string, prototype Member) error
	CreateMemberList(ctx context.Context, subscribed *bool, addr string, newMembers []any) error
}

type MailgunImpl struct {
	apiBase string
	domain  string
	apiKey  string
	client  *http.Client
}

func NewMailgun(domain, apiKey string) *MailgunImpl {
	return &MailgunImpl{apiBase: APIBase, domain: domain, apiKey: apiKey, client: http.DefaultClient}
}

func (mg *MailgunImpl) APIBase() string           { return mg.apiBase }
func (mg *MailgunImpl) Domain() string            { return mg.domain }
func (mg *MailgunImpl) SetAPIBase(address string) { mg.apiBase = address }

func (mg *MailgunImpl) Send(ctx context.Context, m *Message) (mes, id string, err error) {
	return "", "", nil
}

func (mg *MailgunImpl) ReSend(ctx context.Context, url string, recipients ...string) (msg, id string, err error) {
	return "", "", nil
}

func (mg *MailgunImpl) CreateMember(ctx context.Context, merge bool, addr string, prototype Member) error {
	return nil
}

func (mg *MailgunImpl) CreateMemberList(ctx context.Context, u *bool, addr string, newMembers []any) error {
	return nil
}

type Member struct {
	Address    string         `json:"address,omitempty"`
	Name       string         `json:"name,omitempty"`
	Subscribed *bool          `json:"subscribed,omitempty"`
	Vars       map[string]any `json:"vars,omitempty"`
}

type Message struct {
	to        []string
	variables map[string]string
	headers   map[string]string
	Specific  Specific
}

type Specific interface {
	setHTML(string)
}

type PlainMessage struct {
	from    string
	subject string
	text    string
	html    string
}

func (pm *PlainMessage) setHTML(h string) { pm.html = h }

func NewMessage(from, subject, text string, to ...string) *Message {
	return &Message{Specific: &PlainMessage{from: from, subject: subject, text: text}, to: to}
}

func (m *Message) SetHtml(html string) { m.Specific.setHTML(html) }

func (m *Message) AddRecipient(recipient string) error {
	m.to = append(m.to, recipient)
	return nil
}

func (m *Message) AddVariable(variable string, value any) error {
	if m.variables == nil {
		m.variables = make(map[string]string)
	}
	return nil
}

func (m *Message) AddHeader(header, value string) {
	if m.headers == nil {
		m.headers = make(map[string]string)
	}
	m.headers[header] = value
}
