package sinks

// rudderstackFamily covers RudderStack's Go client,
// github.com/rudderlabs/analytics-go/v4 (checked against v4.2.3), a fork
// of Segment's: the Client interface's Enqueue a0 takes Track, Identify,
// Page, Screen, Group and Alias messages. The host is the data-plane URL
// given to analytics.New (default hosted.rudderlabs.com).
var rudderstackFamily = register(Family{
	Name:    "rudderstack",
	Kind:    KindAnalytics,
	Hosts:   []string{"hosted.rudderlabs.com"},
	Modules: []string{rudderstack},
	Entries: []Entry{
		{Package: rudderstack, Receiver: "Client", Name: "Enqueue", Args: []int{0}, URLArg: -1, Display: "rudderstack Enqueue"},
	},
})

const rudderstack = "github.com/rudderlabs/analytics-go"
