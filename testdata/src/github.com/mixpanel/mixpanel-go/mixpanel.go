// Stub of github.com/mixpanel/mixpanel-go@v1.2.1 (package mixpanel) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package mixpanel

import (
	"context"
	"net/http"
)

const usEndpoint = "https://api.mixpanel.com"

type ApiClient struct {
	client      *http.Client
	apiEndpoint string
	token       string
}

type Options func(mixpanel *ApiClient)

func EuResidency() Options {
	return func(m *ApiClient) { m.apiEndpoint = "https://api-eu.mixpanel.com" }
}

func NewApiClient(token string, options ...Options) *ApiClient {
	mp := &ApiClient{client: http.DefaultClient, apiEndpoint: usEndpoint, token: token}
	for _, o := range options {
		o(mp)
	}
	return mp
}

type Event struct {
	Name       string         `json:"event"`
	Properties map[string]any `json:"properties"`
}

func (m *ApiClient) NewEvent(name string, distinctID string, properties map[string]any) *Event {
	if properties == nil {
		properties = make(map[string]any)
	}
	properties["distinct_id"] = distinctID
	return &Event{Name: name, Properties: properties}
}

type ImportOptions struct {
	Strict bool
}

type ImportSuccess struct {
	Code               int
	NumRecordsImported int
}

type PeopleProperties struct {
	DistinctID   string
	Properties   map[string]any
	UseRequestIp bool
}

func NewPeopleProperties(distinctID string, properties map[string]any) *PeopleProperties {
	return &PeopleProperties{DistinctID: distinctID, Properties: properties}
}

func (m *ApiClient) Track(ctx context.Context, events []*Event) error { return nil }

func (a *ApiClient) Import(ctx context.Context, events []*Event, options ImportOptions) (*ImportSuccess, error) {
	return &ImportSuccess{}, nil
}

func (a *ApiClient) PeopleSet(ctx context.Context, people []*PeopleProperties) error     { return nil }
func (a *ApiClient) PeopleSetOnce(ctx context.Context, people []*PeopleProperties) error { return nil }
func (a *ApiClient) PeopleIncrement(ctx context.Context, distinctID string, add map[string]int) error {
	return nil
}
func (a *ApiClient) PeopleUnionProperty(ctx context.Context, distinctID string, union map[string]any) error {
	return nil
}
func (a *ApiClient) PeopleAppendListProperty(ctx context.Context, distinctID string, append map[string]any) error {
	return nil
}
func (a *ApiClient) PeopleRemoveListProperty(ctx context.Context, distinctID string, remove map[string]any) error {
	return nil
}
func (a *ApiClient) GroupSet(ctx context.Context, groupKey, groupID string, set map[string]any) error {
	return nil
}
func (a *ApiClient) GroupSetOnce(ctx context.Context, groupKey, groupID string, set map[string]any) error {
	return nil
}
func (a *ApiClient) GroupUnionListProperty(ctx context.Context, groupKey, groupID string, union map[string]any) error {
	return nil
}
func (a *ApiClient) Alias(ctx context.Context, aliasID, distinctID string) error      { return nil }
func (a *ApiClient) Merge(ctx context.Context, distinctID1, distinctID2 string) error { return nil }
