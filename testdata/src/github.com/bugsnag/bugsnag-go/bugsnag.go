// Stub of github.com/bugsnag/bugsnag-go@v1.5.0 (package bugsnag) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package bugsnag

import "context"

type Endpoints struct {
	Sessions string
	Notify   string
}

type Configuration struct {
	APIKey          string
	Endpoints       Endpoints
	ReleaseStage    string
	AppVersion      string
	ProjectPackages []string
}

func Configure(config Configuration) {}

func StartSession(ctx context.Context) context.Context { return ctx }

func Notify(err error, rawData ...interface{}) error { return nil }

func AutoNotify(rawData ...interface{}) {}

func Recover(rawData ...interface{}) {}

type Notifier struct {
	Config  *Configuration
	RawData []interface{}
}

func New(rawData ...interface{}) *Notifier { return &Notifier{RawData: rawData} }

func (notifier *Notifier) Notify(err error, rawData ...interface{}) (e error) { return nil }

func (notifier *Notifier) NotifySync(err error, sync bool, rawData ...interface{}) error { return nil }

func (notifier *Notifier) AutoNotify(rawData ...interface{}) {}

func (notifier *Notifier) Recover(rawData ...interface{}) {}

type Context struct {
	String string
}

type User struct {
	Id    string `json:"id,omitempty"`
	Name  string `json:"name,omitempty"`
	Email string `json:"email,omitempty"`
}

type MetaData map[string]map[string]interface{}

func (meta MetaData) Add(tab string, key string, value interface{}) {
	if meta[tab] == nil {
		meta[tab] = make(map[string]interface{})
	}
	meta[tab][key] = value
}
