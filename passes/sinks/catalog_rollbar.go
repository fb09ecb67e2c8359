package sinks

// rollbarFamily covers github.com/rollbar/rollbar-go (checked against
// v1.4.5): the package-level functions, which use the default client, and
// the same methods on *rollbar.Client (which has no Critical/Error/
// Warning/Info/Debug/Log). The level argument is not payload; errors,
// messages, *http.Request values, extras maps and person fields are.
// SetPerson and SetCustom count as sends: every later item carries them.
// Default host api.rollbar.com.
var rollbarFamily = register(Family{
	Name:    "rollbar",
	Kind:    KindMonitoring,
	Hosts:   []string{"api.rollbar.com"},
	Modules: []string{rollbar},
	Entries: []Entry{
		{Package: rollbar, Name: "Critical", Args: []int{0}, URLArg: -1, Display: "rollbar Critical"},
		{Package: rollbar, Name: "Error", Args: []int{0}, URLArg: -1, Display: "rollbar Error"},
		{Package: rollbar, Name: "Warning", Args: []int{0}, URLArg: -1, Display: "rollbar Warning"},
		{Package: rollbar, Name: "Info", Args: []int{0}, URLArg: -1, Display: "rollbar Info"},
		{Package: rollbar, Name: "Debug", Args: []int{0}, URLArg: -1, Display: "rollbar Debug"},
		{Package: rollbar, Name: "Log", Args: []int{1}, URLArg: -1, Display: "rollbar Log"},
		{Package: rollbar, Name: "ErrorWithLevel", Args: []int{1}, URLArg: -1, Display: "rollbar ErrorWithLevel"},
		{Package: rollbar, Name: "Errorf", Args: []int{1, 2}, URLArg: -1, Display: "rollbar Errorf"},
		{Package: rollbar, Name: "ErrorWithExtras", Args: []int{1, 2}, URLArg: -1, Display: "rollbar ErrorWithExtras"},
		{Package: rollbar, Name: "ErrorWithExtrasAndContext", Args: []int{2, 3}, URLArg: -1, Display: "rollbar ErrorWithExtrasAndContext"},
		{Package: rollbar, Name: "RequestError", Args: []int{1, 2}, URLArg: -1, Display: "rollbar RequestError"},
		{Package: rollbar, Name: "RequestErrorWithExtras", Args: []int{1, 2, 3}, URLArg: -1, Display: "rollbar RequestErrorWithExtras"},
		{Package: rollbar, Name: "RequestErrorWithExtrasAndContext", Args: []int{2, 3, 4}, URLArg: -1, Display: "rollbar RequestErrorWithExtrasAndContext"},
		{Package: rollbar, Name: "ErrorWithStackSkip", Args: []int{1}, URLArg: -1, Display: "rollbar ErrorWithStackSkip"},
		{Package: rollbar, Name: "ErrorWithStackSkipWithExtras", Args: []int{1, 3}, URLArg: -1, Display: "rollbar ErrorWithStackSkipWithExtras"},
		{Package: rollbar, Name: "ErrorWithStackSkipWithExtrasAndContext", Args: []int{2, 4}, URLArg: -1, Display: "rollbar ErrorWithStackSkipWithExtrasAndContext"},
		{Package: rollbar, Name: "RequestErrorWithStackSkip", Args: []int{1, 2}, URLArg: -1, Display: "rollbar RequestErrorWithStackSkip"},
		{Package: rollbar, Name: "RequestErrorWithStackSkipWithExtras", Args: []int{1, 2, 4}, URLArg: -1, Display: "rollbar RequestErrorWithStackSkipWithExtras"},
		{Package: rollbar, Name: "RequestErrorWithStackSkipWithExtrasAndContext", Args: []int{2, 3, 5}, URLArg: -1, Display: "rollbar RequestErrorWithStackSkipWithExtrasAndContext"},
		{Package: rollbar, Name: "Message", Args: []int{1}, URLArg: -1, Display: "rollbar Message"},
		{Package: rollbar, Name: "MessageWithExtras", Args: []int{1, 2}, URLArg: -1, Display: "rollbar MessageWithExtras"},
		{Package: rollbar, Name: "MessageWithExtrasAndContext", Args: []int{2, 3}, URLArg: -1, Display: "rollbar MessageWithExtrasAndContext"},
		{Package: rollbar, Name: "RequestMessage", Args: []int{1, 2}, URLArg: -1, Display: "rollbar RequestMessage"},
		{Package: rollbar, Name: "RequestMessageWithExtras", Args: []int{1, 2, 3}, URLArg: -1, Display: "rollbar RequestMessageWithExtras"},
		{Package: rollbar, Name: "RequestMessageWithExtrasAndContext", Args: []int{2, 3, 4}, URLArg: -1, Display: "rollbar RequestMessageWithExtrasAndContext"},
		{Package: rollbar, Name: "SetPerson", Args: []int{0, 1, 2, 3}, URLArg: -1, Display: "rollbar SetPerson"},
		{Package: rollbar, Name: "SetCustom", Args: []int{0}, URLArg: -1, Display: "rollbar SetCustom"},
		{Package: rollbar, Name: "LogPanic", Args: []int{0}, URLArg: -1, Display: "rollbar LogPanic"},
		{Package: rollbar, Name: "CaptureTelemetryEvent", Args: []int{2}, URLArg: -1, Display: "rollbar CaptureTelemetryEvent"},
		// *rollbar.Client: the same argument positions.
		{Package: rollbar, Receiver: "Client", Name: "ErrorWithLevel", Args: []int{1}, URLArg: -1, Display: "rollbar Client.ErrorWithLevel"},
		{Package: rollbar, Receiver: "Client", Name: "Errorf", Args: []int{1, 2}, URLArg: -1, Display: "rollbar Client.Errorf"},
		{Package: rollbar, Receiver: "Client", Name: "ErrorWithExtras", Args: []int{1, 2}, URLArg: -1, Display: "rollbar Client.ErrorWithExtras"},
		{Package: rollbar, Receiver: "Client", Name: "ErrorWithExtrasAndContext", Args: []int{2, 3}, URLArg: -1, Display: "rollbar Client.ErrorWithExtrasAndContext"},
		{Package: rollbar, Receiver: "Client", Name: "RequestError", Args: []int{1, 2}, URLArg: -1, Display: "rollbar Client.RequestError"},
		{Package: rollbar, Receiver: "Client", Name: "RequestErrorWithExtras", Args: []int{1, 2, 3}, URLArg: -1, Display: "rollbar Client.RequestErrorWithExtras"},
		{Package: rollbar, Receiver: "Client", Name: "RequestErrorWithExtrasAndContext", Args: []int{2, 3, 4}, URLArg: -1, Display: "rollbar Client.RequestErrorWithExtrasAndContext"},
		{Package: rollbar, Receiver: "Client", Name: "ErrorWithStackSkip", Args: []int{1}, URLArg: -1, Display: "rollbar Client.ErrorWithStackSkip"},
		{Package: rollbar, Receiver: "Client", Name: "ErrorWithStackSkipWithExtras", Args: []int{1, 3}, URLArg: -1, Display: "rollbar Client.ErrorWithStackSkipWithExtras"},
		{Package: rollbar, Receiver: "Client", Name: "ErrorWithStackSkipWithExtrasAndContext", Args: []int{2, 4}, URLArg: -1, Display: "rollbar Client.ErrorWithStackSkipWithExtrasAndContext"},
		{Package: rollbar, Receiver: "Client", Name: "RequestErrorWithStackSkip", Args: []int{1, 2}, URLArg: -1, Display: "rollbar Client.RequestErrorWithStackSkip"},
		{Package: rollbar, Receiver: "Client", Name: "RequestErrorWithStackSkipWithExtras", Args: []int{1, 2, 4}, URLArg: -1, Display: "rollbar Client.RequestErrorWithStackSkipWithExtras"},
		{Package: rollbar, Receiver: "Client", Name: "RequestErrorWithStackSkipWithExtrasAndContext", Args: []int{2, 3, 5}, URLArg: -1, Display: "rollbar Client.RequestErrorWithStackSkipWithExtrasAndContext"},
		{Package: rollbar, Receiver: "Client", Name: "Message", Args: []int{1}, URLArg: -1, Display: "rollbar Client.Message"},
		{Package: rollbar, Receiver: "Client", Name: "MessageWithExtras", Args: []int{1, 2}, URLArg: -1, Display: "rollbar Client.MessageWithExtras"},
		{Package: rollbar, Receiver: "Client", Name: "MessageWithExtrasAndContext", Args: []int{2, 3}, URLArg: -1, Display: "rollbar Client.MessageWithExtrasAndContext"},
		{Package: rollbar, Receiver: "Client", Name: "RequestMessage", Args: []int{1, 2}, URLArg: -1, Display: "rollbar Client.RequestMessage"},
		{Package: rollbar, Receiver: "Client", Name: "RequestMessageWithExtras", Args: []int{1, 2, 3}, URLArg: -1, Display: "rollbar Client.RequestMessageWithExtras"},
		{Package: rollbar, Receiver: "Client", Name: "RequestMessageWithExtrasAndContext", Args: []int{2, 3, 4}, URLArg: -1, Display: "rollbar Client.RequestMessageWithExtrasAndContext"},
		{Package: rollbar, Receiver: "Client", Name: "SetPerson", Args: []int{0, 1, 2, 3}, URLArg: -1, Display: "rollbar Client.SetPerson"},
		{Package: rollbar, Receiver: "Client", Name: "SetCustom", Args: []int{0}, URLArg: -1, Display: "rollbar Client.SetCustom"},
		{Package: rollbar, Receiver: "Client", Name: "LogPanic", Args: []int{0}, URLArg: -1, Display: "rollbar Client.LogPanic"},
		{Package: rollbar, Receiver: "Client", Name: "CaptureTelemetryEvent", Args: []int{2}, URLArg: -1, Display: "rollbar Client.CaptureTelemetryEvent"},
	},
})

const rollbar = "github.com/rollbar/rollbar-go"
