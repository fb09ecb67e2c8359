// Stub of github.com/segmentio/analytics-go/v3@v3.3.0 (package analytics) for privet tests: real
// names, signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package analytics

import (
	"io"
	"time"
)

const DefaultEndpoint = "https://api.segment.io"

// Client is the main API of the package.
type Client interface {
	io.Closer

	Enqueue(Message) error
}

type client struct {
	Config
	key string
}

func New(writeKey string) Client {
	c, _ := NewWithConfig(writeKey, Config{Endpoint: DefaultEndpoint})
	return c
}

func NewWithConfig(writeKey string, config Config) (cli Client, err error) {
	return &client{Config: config, key: writeKey}, nil
}

func (c *client) Enqueue(msg Message) (err error) { return nil }

func (c *client) Close() (err error) { return nil }

type Config struct {
	Endpoint  string
	Interval  time.Duration
	BatchSize int
}

// Message is implemented by Track, Identify, Page, ...
type Message interface {
	Validate() error
}

type Properties map[string]interface{}

func NewProperties() Properties { return make(Properties, 10) }

func (p Properties) SetRevenue(revenue float64) Properties { return p.Set("revenue", revenue) }

func (p Properties) SetName(name string) Properties { return p.Set("name", name) }

func (p Properties) Set(name string, value interface{}) Properties {
	p[name] = value
	return p
}

type Traits map[string]interface{}

func NewTraits() Traits { return make(Traits, 10) }

func (t Traits) SetEmail(email string) Traits { return t.Set("email", email) }

func (t Traits) SetName(name string) Traits { return t.Set("name", name) }

func (t Traits) Set(field string, value interface{}) Traits {
	t[field] = value
	return t
}

type Integrations map[string]interface{}

type Context struct {
	Locale    string
	Timezone  string
	UserAgent string
	Traits    Traits
	Extra     map[string]interface{}
}
