package sinks

// amplitudeFamily covers Amplitude's Go SDK,
// github.com/amplitude/analytics-go (checked against v1.3.1). The Client
// interface of package amplitude is what amplitude.NewClient returns.
// Event{EventType, EventOptions{UserID, DeviceID, IP, City, ...},
// EventProperties, UserProperties} and Identify (filled by Set/SetOnce/...)
// are aliases of the types package. Default host api2.amplitude.com (EU
// api.eu.amplitude.com).
var amplitudeFamily = register(Family{
	Name:    "amplitude",
	Kind:    KindAnalytics,
	Hosts:   []string{"api2.amplitude.com", "api.eu.amplitude.com"},
	Modules: []string{amplitude},
	Entries: []Entry{
		{Package: amplitudeClient, Receiver: "Client", Name: "Track", Args: []int{0}, URLArg: -1, Display: "amplitude Track"},
		{Package: amplitudeClient, Receiver: "Client", Name: "Identify", Args: []int{0, 1}, URLArg: -1, Display: "amplitude Identify"},
		// a0 groupType, a1 groupName, a2 Identify, a3 EventOptions.
		{Package: amplitudeClient, Receiver: "Client", Name: "GroupIdentify", Args: []int{1, 2, 3}, URLArg: -1, Display: "amplitude GroupIdentify"},
		{Package: amplitudeClient, Receiver: "Client", Name: "SetGroup", Args: []int{1, 2}, URLArg: -1, Display: "amplitude SetGroup"},
		{Package: amplitudeClient, Receiver: "Client", Name: "Revenue", Args: []int{0, 1}, URLArg: -1, Display: "amplitude Revenue"},
	},
})

const (
	amplitude       = "github.com/amplitude/analytics-go"
	amplitudeClient = amplitude + "/amplitude"
)
