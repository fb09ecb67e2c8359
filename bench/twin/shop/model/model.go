// Package model holds the shop's data model.
package model

// Customer is an account holder.
type Customer struct {
	ID          string
	Email       string `privet:"pii"`
	Phone       string `privet:"pii"`
	FullName    string `privet:"pii"`
	DateOfBirth string `privet:"pii"`
	Home        Address
	Plan        string
	CreatedAt   int64
}

// Address is where a customer lives.
type Address struct {
	Street     string `privet:"location"`
	City       string
	PostalCode string `privet:"location"`
	Country    string
}

// Card is a stored payment card.
type Card struct {
	CardNumber string `privet:"payment"`
	Expiry     string `privet:"payment"`
	Last4      string
	Brand      string
}

// Ticket is a support request.
type Ticket struct {
	ID       string
	Subject  string
	Body     string `privet:"pii"`
	Priority int
}

// Order is a purchase.
type Order struct {
	ID       string
	SKU      string
	Quantity int
	Total    int64
	Card     Card
}

// Session is a signed-in browser.
type Session struct {
	UserID    string
	Token     string `privet:"credential"`
	IPAddress string `privet:"location"`
	UserAgent string
}

// Visit is a page view; Contact is an e-mail address, though its name
// does not say so.
type Visit struct {
	Path    string
	Contact string `privet:"pii"`
}
