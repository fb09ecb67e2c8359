// Stub of github.com/rudderlabs/analytics-go/v4@v4.2.3 (package analytics) for privet tests: real
// names, signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed. The module

package analytics

import "time"

type Track struct {
	Type              string
	MessageId         string
	AnonymousId       string
	UserId            string
	Event             string
	OriginalTimestamp time.Time
	Context           *Context
	Properties        Properties
	Integrations      Integrations
}

func (msg Track) Validate() error { return nil }

type Identify struct {
	Type              string
	MessageId         string
	AnonymousId       string
	UserId            string
	OriginalTimestamp time.Time
	Context           *Context
	Traits            Traits
	Integrations      Integrations
}

func (msg Identify) Validate() error { return nil }

type Page struct {
	Type              string
	MessageId         string
	AnonymousId       string
	UserId            string
	Name              string
	OriginalTimestamp time.Time
	Context           *Context
	Properties        Properties
	Integrations      Integrations
}

func (msg Page) Validate() error { return nil }
