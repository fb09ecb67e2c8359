// Package ownkey declares no source: the fields that look like customer
// data are provisional sources. A service's own API key, on the client
// of the API it was issued for, is not one of them; a customer's token
// is, but a request authenticating with it (to a host no catalog family
// names) is the token's purpose, not a leak: only marked credentials
// are reported there. Sent to an AI service, it is reported.
package ownkey

import (
	"io"
	"net/http"
	"strings"
)

// Client calls a model provider with the service's key.
type Client struct {
	BaseURL string
	APIKey  string
}

// Complete authenticates to the provider with the key: the key's
// purpose, not customer data leaving.
func (c *Client) Complete(body io.Reader) (*http.Response, error) {
	req, err := http.NewRequest("POST", c.BaseURL+"/chat/completions", body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.APIKey)
	return http.DefaultClient.Do(req)
}

// Connection is a customer's link to their account elsewhere.
type Connection struct {
	UserID      string
	AccessToken string
}

// listRepos calls the API the customer's token is for.
func listRepos(conn Connection) {
	req, _ := http.NewRequest("GET", "https://api.github.com/user/repos", nil)
	req.Header.Set("Authorization", "Bearer "+conn.AccessToken)
	http.DefaultClient.Do(req)
}

// explain puts the customer's token in a prompt.
func explain(conn Connection) {
	http.Post("https://api.openai.com/v1/chat/completions", "text/plain", strings.NewReader("why does "+conn.AccessToken+" fail?")) // want `credential data \(Connection.AccessToken, unmarked: looks like credential\) reaches an AI service`
}

// ChatGPT is a client of a model's API named for the product: it holds
// the URL of the API its key is for.
type ChatGPT struct {
	ApiKey string
	ApiUrl string
}

func (c *ChatGPT) post(body io.Reader) {
	http.Post(c.ApiUrl+"?key="+c.ApiKey, "application/json", body)
}

// PaperlessClient calls the document store with its API token.
type PaperlessClient struct {
	BaseURL  string
	APIToken string
}

func (c *PaperlessClient) get(path string) {
	http.Get(c.BaseURL + path + "?token=" + c.APIToken)
}

// Opts is what the package's constructor takes: the service's own key.
type Opts struct {
	EncryptionKey string
}

func sign(o Opts) {
	req, _ := http.NewRequest("POST", "https://hooks.example.com/x", nil)
	req.Header.Set("X-Signature", o.EncryptionKey)
	http.DefaultClient.Do(req)
}

// Integration is a customer's link elsewhere, with no URL of the API its
// key is for: still a provisional source, here authenticating a request.
type Integration struct {
	Name   string
	APIKey string
}

func share(i Integration) {
	req, _ := http.NewRequest("POST", "https://analytics.example.com/x", nil)
	req.Header.Set("X-Key", i.APIKey)
	http.DefaultClient.Do(req)
}

// Session is a user's session with this service: its token is for no
// other API.
type Session struct {
	UserID string
	Token  string
}

// audit gives the session's token to another service.
func audit(s *Session) {
	req, _ := http.NewRequest("POST", "https://audit.example.net/login", strings.NewReader("token="+s.Token))
	http.DefaultClient.Do(req) // want `credential data \(Session.Token, unmarked: looks like credential\) reaches an HTTP request`
}
