package sinks

// posthogFamily covers github.com/posthog/posthog-go (checked against
// v1.5.2). posthog.New returns the Client interface. Enqueue a0 takes
// Capture{DistinctId, Event, Properties}, Identify{DistinctId,
// Properties}, Alias and GroupIdentify; the feature-flag calls send their
// payload's DistinctId and PersonProperties to PostHog unless evaluated
// locally. Default host app.posthog.com.
var posthogFamily = register(Family{
	Name:    "posthog",
	Kind:    KindAnalytics,
	Hosts:   []string{"app.posthog.com"},
	Modules: []string{posthog},
	Entries: []Entry{
		{Package: posthog, Receiver: "Client", Name: "Enqueue", Args: []int{0}, URLArg: -1, Display: "posthog Enqueue"},
		// a0 FeatureFlagPayload / FeatureFlagPayloadNoKey: .DistinctId, .PersonProperties, .GroupProperties.
		{Package: posthog, Receiver: "Client", Name: "IsFeatureEnabled", Args: []int{0}, URLArg: -1, Display: "posthog IsFeatureEnabled"},
		{Package: posthog, Receiver: "Client", Name: "GetFeatureFlag", Args: []int{0}, URLArg: -1, Display: "posthog GetFeatureFlag"},
		{Package: posthog, Receiver: "Client", Name: "GetFeatureFlagPayload", Args: []int{0}, URLArg: -1, Display: "posthog GetFeatureFlagPayload"},
		{Package: posthog, Receiver: "Client", Name: "GetAllFlags", Args: []int{0}, URLArg: -1, Display: "posthog GetAllFlags"},
	},
})

const posthog = "github.com/posthog/posthog-go"
