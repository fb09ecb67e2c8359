package sinks

// sendgridFamily covers github.com/sendgrid/sendgrid-go (checked against
// v3.16.1+incompatible). Mail is built with helpers/mail
// (mail.NewSingleEmail(from, subject, to, plainText, html),
// NewV3MailInit, NewEmail(name, address), NewContent) and sent by
// (*sendgrid.Client).Send; the low-level functions send a rest.Request
// (github.com/sendgrid/rest) whose .Body and .QueryParams carry the data.
// Default host api.sendgrid.com (EU api.eu.sendgrid.com).
var sendgridFamily = register(Family{
	Name:    "sendgrid",
	Kind:    KindMessaging,
	Hosts:   []string{"api.sendgrid.com", "api.eu.sendgrid.com"},
	Modules: []string{sendgrid},
	Entries: []Entry{
		{Package: sendgrid, Receiver: "Client", Name: "Send", Args: []int{0}, URLArg: -1, Display: "sendgrid Send"},
		{Package: sendgrid, Receiver: "Client", Name: "SendWithContext", Args: []int{1}, URLArg: -1, Display: "sendgrid SendWithContext"},
		{Package: sendgrid, Name: "API", Args: []int{0}, URLArg: -1, Display: "sendgrid API"},
		{Package: sendgrid, Name: "MakeRequest", Args: []int{0}, URLArg: -1, Display: "sendgrid MakeRequest"},
		{Package: sendgrid, Name: "MakeRequestWithContext", Args: []int{1}, URLArg: -1, Display: "sendgrid MakeRequestWithContext"},
		{Package: sendgrid, Name: "MakeRequestRetry", Args: []int{0}, URLArg: -1, Display: "sendgrid MakeRequestRetry"},
		{Package: sendgrid, Name: "MakeRequestRetryWithContext", Args: []int{1}, URLArg: -1, Display: "sendgrid MakeRequestRetryWithContext"},
		{Package: sendgrid, Name: "MakeRequestAsync", Args: []int{0}, URLArg: -1, Display: "sendgrid MakeRequestAsync"},
		{Package: sendgrid, Name: "MakeRequestAsyncWithContext", Args: []int{1}, URLArg: -1, Display: "sendgrid MakeRequestAsyncWithContext"},
	},
})

const sendgrid = "github.com/sendgrid/sendgrid-go"
