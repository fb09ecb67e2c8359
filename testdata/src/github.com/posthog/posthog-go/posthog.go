// Stub of github.com/posthog/posthog-go@v1.5.2 (package posthog) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package posthog

import (
	"io"
	"time"
)

const DefaultEndpoint = "https://app.posthog.com"

// Client is what New and NewWithConfig return.
type Client interface {
	io.Closer

	Enqueue(Message) error
	IsFeatureEnabled(FeatureFlagPayload) (interface{}, error)
	GetFeatureFlag(FeatureFlagPayload) (interface{}, error)
	GetFeatureFlagPayload(FeatureFlagPayload) (string, error)
	GetRemoteConfigPayload(string) (string, error)
	GetAllFlags(FeatureFlagPayloadNoKey) (map[string]interface{}, error)
	ReloadFeatureFlags() error
}

type Config struct {
	Endpoint       string
	PersonalApiKey string
	Interval       time.Duration
	BatchSize      int
}

type client struct {
	Config
	key string
}

func New(apiKey string) Client {
	c, _ := NewWithConfig(apiKey, Config{Endpoint: DefaultEndpoint})
	return c
}

func NewWithConfig(apiKey string, config Config) (cli Client, err error) {
	return &client{Config: config, key: apiKey}, nil
}

func (c *client) Enqueue(msg Message) (err error) { return nil }
func (c *client) IsFeatureEnabled(flagConfig FeatureFlagPayload) (interface{}, error) {
	return false, nil
}
func (c *client) GetFeatureFlag(flagConfig FeatureFlagPayload) (interface{}, error) {
	return false, nil
}
func (c *client) GetFeatureFlagPayload(flagConfig FeatureFlagPayload) (string, error) { return "", nil }
func (c *client) GetRemoteConfigPayload(flagKey string) (string, error)               { return "", nil }
func (c *client) GetAllFlags(flagConfig FeatureFlagPayloadNoKey) (map[string]interface{}, error) {
	return nil, nil
}
func (c *client) ReloadFeatureFlags() error { return nil }
func (c *client) Close() (err error)        { return nil }

type APIMessage interface{}

// Message is implemented by Capture, Identify, Alias, GroupIdentify.
type Message interface {
	Validate() error
	APIfy() APIMessage

	internal()
}

type Properties map[string]interface{}

func NewProperties() Properties { return make(Properties, 10) }

func (p Properties) Set(name string, value interface{}) Properties {
	p[name] = value
	return p
}

type Groups map[string]interface{}

type Capture struct {
	Type             string
	Uuid             string
	DistinctId       string
	Event            string
	Timestamp        time.Time
	Properties       Properties
	Groups           Groups
	SendFeatureFlags bool
}

func (msg Capture) internal()         { panic("not implemented") }
func (msg Capture) Validate() error   { return nil }
func (msg Capture) APIfy() APIMessage { return msg }

type Identify struct {
	Type       string
	DistinctId string
	Timestamp  time.Time
	Properties Properties
}

func (msg Identify) internal()         { panic("not implemented") }
func (msg Identify) Validate() error   { return nil }
func (msg Identify) APIfy() APIMessage { return msg }

type FeatureFlagPayload struct {
	Key                   string
	DistinctId            string
	Groups                Groups
	PersonProperties      Properties
	GroupProperties       map[string]Properties
	OnlyEvaluateLocally   bool
	SendFeatureFlagEvents *bool
}

type FeatureFlagPayloadNoKey struct {
	DistinctId            string
	Groups                Groups
	PersonProperties      Properties
	GroupProperties       map[string]Properties
	OnlyEvaluateLocally   bool
	SendFeatureFlagEvents *bool
}
