package sinks

// bugsnagFamily covers github.com/bugsnag/bugsnag-go (checked against
// v1.5.0) and github.com/bugsnag/bugsnag-go/v2 (the proxy refused it; read
// at the upstream tag v2.6.1: same names and signatures). rawData values are bugsnag.User{Id, Name, Email},
// bugsnag.MetaData (Add(tab, key, value)), bugsnag.Context,
// *http.Request, ...; they and the error text go to notify.bugsnag.com.
var bugsnagFamily = register(Family{
	Name:    "bugsnag",
	Kind:    KindMonitoring,
	Hosts:   []string{"notify.bugsnag.com", "sessions.bugsnag.com"},
	Modules: []string{bugsnag},
	Entries: []Entry{
		{Package: bugsnag, Name: "Notify", Args: []int{0, 1}, URLArg: -1, Display: "bugsnag Notify"},
		{Package: bugsnag, Name: "AutoNotify", Args: []int{0}, URLArg: -1, Display: "bugsnag AutoNotify"},
		{Package: bugsnag, Name: "Recover", Args: []int{0}, URLArg: -1, Display: "bugsnag Recover"},
		{Package: bugsnag, Receiver: "Notifier", Name: "Notify", Args: []int{0, 1}, URLArg: -1, Display: "bugsnag Notifier.Notify"},
		// NotifySync(err, sync bool, rawData...).
		{Package: bugsnag, Receiver: "Notifier", Name: "NotifySync", Args: []int{0, 2}, URLArg: -1, Display: "bugsnag Notifier.NotifySync"},
		{Package: bugsnag, Receiver: "Notifier", Name: "AutoNotify", Args: []int{0}, URLArg: -1, Display: "bugsnag Notifier.AutoNotify"},
		{Package: bugsnag, Receiver: "Notifier", Name: "Recover", Args: []int{0}, URLArg: -1, Display: "bugsnag Notifier.Recover"},
	},
})

const bugsnag = "github.com/bugsnag/bugsnag-go"
