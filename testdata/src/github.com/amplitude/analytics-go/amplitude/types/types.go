// Stub of github.com/amplitude/analytics-go@v1.3.1 (package types) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package types

import "time"

type Config struct {
	APIKey        string
	FlushInterval time.Duration
	ServerURL     string
}

func NewConfig(apiKey string) Config { return Config{APIKey: apiKey} }

type EventOptions struct {
	UserID      string  `json:"user_id,omitempty"`
	DeviceID    string  `json:"device_id,omitempty"`
	Time        int64   `json:"time,omitempty"`
	InsertID    string  `json:"insert_id,omitempty"`
	LocationLat float64 `json:"location_lat,omitempty"`
	LocationLng float64 `json:"location_lng,omitempty"`
	Country     string  `json:"country,omitempty"`
	City        string  `json:"city,omitempty"`
	IP          string  `json:"ip,omitempty"`
}

type IdentityOp string

type Event struct {
	EventType string `json:"event_type"`
	EventOptions
	EventProperties map[string]interface{}                `json:"event_properties,omitempty"`
	UserProperties  map[IdentityOp]map[string]interface{} `json:"user_properties,omitempty"`
	Groups          map[string][]string                   `json:"groups,omitempty"`
	GroupProperties map[IdentityOp]map[string]interface{} `json:"group_properties,omitempty"`
	UserID          string                                `json:"-"`
	DeviceID        string                                `json:"-"`
}

type Identify struct {
	PropertiesSet    map[string]struct{}
	Properties       map[IdentityOp]map[string]interface{}
	validateWarnings []string
}

func (i *Identify) Set(property string, value interface{}) *Identify {
	if i.Properties == nil {
		i.Properties = map[IdentityOp]map[string]interface{}{}
	}
	if i.Properties["$set"] == nil {
		i.Properties["$set"] = map[string]interface{}{}
	}
	i.Properties["$set"][property] = value
	return i
}

type Revenue struct {
	Price       float64
	Quantity    int
	ProductID   string
	RevenueType string
	Currency    string
	Receipt     string
	ReceiptSig  string
	Properties  map[string]interface{}
	Revenue     float64
}
