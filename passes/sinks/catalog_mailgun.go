package sinks

// mailgunFamily covers github.com/mailgun/mailgun-go/v4 (checked against
// v4.23.0). mailgun.NewMailgun returns *MailgunImpl; code that keeps the
// Mailgun interface calls the same methods through it. Messages are built
// by mailgun.NewMessage(from, subject, text, to...) and filled by SetHtml,
// AddRecipient, AddVariable, AddHeader, ... Default host api.mailgun.net
// (EU api.eu.mailgun.net).
var mailgunFamily = register(Family{
	Name:    "mailgun",
	Kind:    KindMessaging,
	Hosts:   []string{"api.mailgun.net", "api.eu.mailgun.net"},
	Modules: []string{mailgun},
	Entries: []Entry{
		{Package: mailgun, Receiver: "MailgunImpl", Name: "Send", Args: []int{1}, URLArg: -1, Display: "mailgun Send"},
		// ReSend(ctx, id, recipients...).
		{Package: mailgun, Receiver: "MailgunImpl", Name: "ReSend", Args: []int{2}, URLArg: -1, Display: "mailgun ReSend"},
		// CreateMember(ctx, merge, listAddr, Member{Address, Name, Vars}).
		{Package: mailgun, Receiver: "MailgunImpl", Name: "CreateMember", Args: []int{3}, URLArg: -1, Display: "mailgun CreateMember"},
		{Package: mailgun, Receiver: "MailgunImpl", Name: "CreateMemberList", Args: []int{3}, URLArg: -1, Display: "mailgun CreateMemberList"},
		{Package: mailgun, Receiver: "Mailgun", Name: "Send", Args: []int{1}, URLArg: -1, Display: "mailgun Send"},
		{Package: mailgun, Receiver: "Mailgun", Name: "ReSend", Args: []int{2}, URLArg: -1, Display: "mailgun ReSend"},
		{Package: mailgun, Receiver: "Mailgun", Name: "CreateMember", Args: []int{3}, URLArg: -1, Display: "mailgun CreateMember"},
		{Package: mailgun, Receiver: "Mailgun", Name: "CreateMemberList", Args: []int{3}, URLArg: -1, Display: "mailgun CreateMemberList"},
	},
})

const mailgun = "github.com/mailgun/mailgun-go"
