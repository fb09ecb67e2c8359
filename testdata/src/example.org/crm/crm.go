// Package crm is a stand-in for a third-party SDK the catalog does not
// know: its methods send their arguments over net/http, one through the
// *http.Client, one through an HTTP doer interface of its own.
package crm

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

// Contact is what the CRM stores.
type Contact struct {
	Email string `json:"email"`
	Note  string `json:"note"`
}

// Client talks to the CRM's API.
type Client struct {
	HTTP *http.Client
}

// CreateContact posts the contact.
func (c *Client) CreateContact(ctx context.Context, contact Contact) error {
	body, err := json.Marshal(contact)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.crm.example/contacts", bytes.NewReader(body))
	if err != nil {
		return err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// HTTPClient is any client that sends a request.
type HTTPClient interface {
	Do(*http.Request) (*http.Response, error)
}

// Pager opens incidents.
type Pager struct {
	HTTP HTTPClient
}

// Page opens an incident with the summary.
func (p *Pager) Page(ctx context.Context, summary string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://events.pager.example/v2/enqueue", bytes.NewBufferString(summary))
	if err != nil {
		return err
	}
	resp, err := p.HTTP.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
