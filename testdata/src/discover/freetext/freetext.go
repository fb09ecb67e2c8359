// Package freetext is a helpdesk: what customers write and receive is
// customer data, on the structs that hold conversations and documents.
package freetext

type Conversation struct {
	ID      int
	Subject string // want `field Conversation.Subject looks like pii \(name "Subject"\)`
	Summary string // want `field Conversation.Summary looks like pii \(name "Summary"\)`
	Status  string
}

type Message struct {
	ID          int
	Content     string   // want `field Message.Content looks like pii \(name "Content"\)`
	TextContent string   // want `field Message.TextContent looks like pii \(name "TextContent"\)`
	ContentType string   // a MIME type
	From        string   // want `field Message.From looks like pii \(name "From"\)`
	To          []string // want `field Message.To looks like pii \(name "To"\)`
	CC          []string // want `field Message.CC looks like pii \(name "CC"\)`
	BCC         []string // want `field Message.BCC looks like pii \(name "BCC"\)`
	InReplyTo   string   // a message id
}

type Document struct {
	Title         string // want `field Document.Title looks like pii \(name "Title"\)`
	Content       string // want `field Document.Content looks like pii \(name "Content"\)`
	Correspondent string // want `field Document.Correspondent looks like pii \(name "Correspondent"\)`
}

// The same words elsewhere are not customer data.
type Product struct {
	Title       string
	Description string
}

type Comment struct {
	Content string
}

type Range struct {
	From, To int
}

type Mailer struct {
	From string
}

// A clinician's notes are health data; a release's are not.
type Patient struct {
	Notes       string // want `field Patient.Notes looks like health \(name "Notes"\)`
	DoctorNotes string // want `field Patient.DoctorNotes looks like health \(name "DoctorNotes"\)`
}

type Release struct {
	Notes string
}
