package sinks

// segmentFamily covers Segment's Go client under both import paths:
// gopkg.in/segmentio/analytics-go.v3 (checked against v3.1.0) and
// github.com/segmentio/analytics-go/v3 (v3.3.0). analytics.New returns the
// Client interface (the implementation is unexported), so calls go through
// it. Enqueue a0 is the message: Track{UserId, Event, Properties, Context},
// Identify{UserId, Traits}, Page, Screen, Group, Alias; Properties and
// Traits are maps filled by Set builders. Default host api.segment.io.
var segmentFamily = register(Family{
	Name:    "segment",
	Kind:    KindAnalytics,
	Hosts:   []string{"api.segment.io"},
	Modules: []string{segmentGopkg, segmentGithub},
	Entries: []Entry{
		{Package: segmentGopkg, Receiver: "Client", Name: "Enqueue", Args: []int{0}, URLArg: -1, Display: "segment Enqueue"},
		{Package: segmentGithub, Receiver: "Client", Name: "Enqueue", Args: []int{0}, URLArg: -1, Display: "segment Enqueue"},
	},
})

const (
	segmentGopkg  = "gopkg.in/segmentio/analytics-go"
	segmentGithub = "github.com/segmentio/analytics-go"
)
