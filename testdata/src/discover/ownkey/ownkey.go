// Package ownkey: the service's own keys (on a client of an API, named
// for the product and holding the API's URL; on its constructor's
// options) are not reported, a customer's are.
package ownkey

type ChatGPT struct {
	ApiKey []string
	ApiUrl string
}

type PaperlessClient struct {
	BaseURL  string
	APIToken string
}

type Opts struct {
	EncryptionKey string
	SecretKey     string
}

type Integration struct {
	Name   string
	APIKey string // want `field Integration.APIKey looks like credential \(name "APIKey"\)`
}

type Workspace struct {
	BotToken   string // want `field Workspace.BotToken looks like credential \(name "BotToken"\)`
	WebsiteURL string
}

// Manager keeps the service's encryption key in an unexported field;
// a user's key is exported, filled from the database.
type Manager struct {
	encryptionKey string
	apiKey        string
}

type User struct {
	APIKey string // want `field User.APIKey looks like credential \(name "APIKey"\)`
	apiKey string // want `field User.apiKey looks like credential \(name "apiKey"\)`
}

// CustomRestClient calls a configured model endpoint with its token.
type CustomRestClient struct {
	token string
}

type Session struct {
	Token string // want `field Session.Token looks like credential \(name "Token"\)`
}

// Runner's Base is a kind of machine, not where an API is.
type Runner struct {
	Base  int
	Token string // want `field Runner.Token looks like credential \(name "Token"\)`
}

// Pusher pushes to a gateway with its own basic-auth login: the client's
// account on the API it calls, not a user's name.
type Pusher struct {
	url      string
	username string
	password string
}

// Profile is a person's, whatever else it holds.
type Profile struct {
	Homepage string
	URL      string
	Username string // want `field Profile.Username looks like pii \(name "Username"\)`
}
