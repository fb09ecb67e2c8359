// Stub of github.com/amplitude/analytics-go@v1.3.1 (package amplitude) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package amplitude

import "github.com/amplitude/analytics-go/amplitude/types"

type (
	Config       = types.Config
	EventOptions = types.EventOptions
	Event        = types.Event
	IdentityOp   = types.IdentityOp
	Identify     = types.Identify
	Revenue      = types.Revenue
)

var NewConfig = types.NewConfig

type Client interface {
	Track(event Event)
	Identify(identify Identify, eventOptions EventOptions)
	GroupIdentify(groupType string, groupName string, identify Identify, eventOptions EventOptions)
	SetGroup(groupType string, groupName []string, eventOptions EventOptions)
	Revenue(revenue Revenue, eventOptions EventOptions)

	Flush()
	Shutdown()

	Config() Config
}

func NewClient(config Config) Client { return &client{configuration: config} }

type client struct {
	configuration Config
}

func (c *client) Track(event Event)                                     {}
func (c *client) Identify(identify Identify, eventOptions EventOptions) {}
func (c *client) GroupIdentify(groupType string, groupName string, identify Identify, eventOptions EventOptions) {
}
func (c *client) SetGroup(groupType string, groupName []string, eventOptions EventOptions) {}
func (c *client) Revenue(revenue Revenue, eventOptions EventOptions)                       {}
func (c *client) Flush()                                                                   {}
func (c *client) Shutdown()                                                                {}
func (c *client) Config() Config                                                           { return c.configuration }
