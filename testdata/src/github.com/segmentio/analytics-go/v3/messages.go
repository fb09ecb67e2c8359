// Stub of github.com/segmentio/analytics-go/v3@v3.3.0 (package analytics) for privet tests: real
// names, signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package analytics

import "time"

type Track struct {
	Type         string
	MessageId    string
	AnonymousId  string
	UserId       string
	Event        string
	Timestamp    time.Time
	Context      *Context
	Properties   Properties
	Integrations Integrations
}

func (msg Track) Validate() error { return nil }

type Identify struct {
	Type         string
	MessageId    string
	AnonymousId  string
	UserId       string
	Timestamp    time.Time
	Context      *Context
	Traits       Traits
	Integrations Integrations
}

func (msg Identify) Validate() error { return nil }

type Page struct {
	Type         string
	MessageId    string
	AnonymousId  string
	UserId       string
	Name         string
	Timestamp    time.Time
	Context      *Context
	Properties   Properties
	Integrations Integrations
}

func (msg Page) Validate() error { return nil }
