// Stub of github.com/sendgrid/sendgrid-go@v3.16.1+incompatible (package mail) for privet tests:
// real names, signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package mail

type SGMailV3 struct {
	From             *Email             `json:"from,omitempty"`
	Subject          string             `json:"subject,omitempty"`
	Personalizations []*Personalization `json:"personalizations,omitempty"`
	Content          []*Content         `json:"content,omitempty"`
	TemplateID       string             `json:"template_id,omitempty"`
	Headers          map[string]string  `json:"headers,omitempty"`
	Categories       []string           `json:"categories,omitempty"`
	CustomArgs       map[string]string  `json:"custom_args,omitempty"`
	ReplyTo          *Email             `json:"reply_to,omitempty"`
}

type Personalization struct {
	To                  []*Email               `json:"to,omitempty"`
	From                *Email                 `json:"from,omitempty"`
	CC                  []*Email               `json:"cc,omitempty"`
	BCC                 []*Email               `json:"bcc,omitempty"`
	Subject             string                 `json:"subject,omitempty"`
	Headers             map[string]string      `json:"headers,omitempty"`
	Substitutions       map[string]string      `json:"substitutions,omitempty"`
	CustomArgs          map[string]string      `json:"custom_args,omitempty"`
	DynamicTemplateData map[string]interface{} `json:"dynamic_template_data,omitempty"`
	Categories          []string               `json:"categories,omitempty"`
	SendAt              int                    `json:"send_at,omitempty"`
}

type Email struct {
	Name    string `json:"name,omitempty"`
	Address string `json:"email,omitempty"`
}

type Content struct {
	Type  string `json:"type,omitempty"`
	Value string `json:"value,omitempty"`
}

func NewV3Mail() *SGMailV3 { return &SGMailV3{} }

func NewV3MailInit(from *Email, subject string, to *Email, content ...*Content) *SGMailV3 {
	m := new(SGMailV3)
	m.From = from
	m.Subject = subject
	p := NewPersonalization()
	p.AddTos(to)
	m.AddPersonalizations(p)
	m.AddContent(content...)
	return m
}

func (s *SGMailV3) AddPersonalizations(p ...*Personalization) *SGMailV3 {
	s.Personalizations = append(s.Personalizations, p...)
	return s
}

func (s *SGMailV3) AddContent(c ...*Content) *SGMailV3 {
	s.Content = append(s.Content, c...)
	return s
}

func NewPersonalization() *Personalization { return &Personalization{} }

func (p *Personalization) AddTos(to ...*Email) { p.To = append(p.To, to...) }

func (p *Personalization) SetDynamicTemplateData(key string, value interface{}) {
	if p.DynamicTemplateData == nil {
		p.DynamicTemplateData = map[string]interface{}{}
	}
	p.DynamicTemplateData[key] = value
}

func NewEmail(name string, address string) *Email { return &Email{Name: name, Address: address} }

func NewSingleEmail(from *Email, subject string, to *Email, plainTextContent string, htmlContent string) *SGMailV3 {
	return NewV3MailInit(from, subject, to, NewContent("text/plain", plainTextContent), NewContent("text/html", htmlContent))
}

func NewContent(contentType string, value string) *Content {
	return &Content{Type: contentType, Value: value}
}
