// Package ownkey: a client's own API key in the authorization header of
// a request to the client's own base URL is the key's purpose; the key
// anywhere else, and a customer's token, leave.
package ownkey

import (
	"fmt"
	"io"
	"net/http"
	"strings"
)

// Client calls a model provider with the service's key.
type Client struct {
	BaseURL string
	APIKey  string `privet:"credential"`
}

// Complete authenticates to the provider: clean.
func (c *Client) Complete(body io.Reader) (*http.Response, error) {
	req, err := http.NewRequest("POST", c.BaseURL+"/chat/completions", body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.APIKey)
	return http.DefaultClient.Do(req)
}

// Models builds the URL with Sprintf and sets an x-api-key header: clean.
func (c *Client) Models() (*http.Response, error) {
	req, _ := http.NewRequest("GET", fmt.Sprintf("%s/v1/models", c.BaseURL), nil)
	req.Header.Add("X-Api-Key", c.APIKey)
	return http.DefaultClient.Do(req)
}

// Report sends the key in a body: it leaves.
func (c *Client) Report() {
	http.Post(c.BaseURL+"/report", "text/plain", strings.NewReader(c.APIKey)) // want `credential data \(Client.APIKey\) reaches an HTTP request \(http.Post\)`
}

// Forward sends the key to another host: it leaves.
func (c *Client) Forward() {
	req, _ := http.NewRequest("GET", "https://hooks.example.com/x", nil)
	req.Header.Set("Authorization", "Bearer "+c.APIKey)
	http.DefaultClient.Do(req) // want `credential data \(Client.APIKey\) reaches an HTTP request \(http.Client.Do\)`
}

// Connection is a customer's link to their account elsewhere.
type Connection struct {
	UserID      string
	AccessToken string `privet:"credential"`
}

// listRepos sends the customer's token to a third party: a leak.
func listRepos(conn Connection) {
	req, _ := http.NewRequest("GET", "https://api.github.com/user/repos", nil)
	req.Header.Set("Authorization", "Bearer "+conn.AccessToken)
	http.DefaultClient.Do(req) // want `credential data \(Connection.AccessToken\) reaches an HTTP request \(http.Client.Do\)`
}
