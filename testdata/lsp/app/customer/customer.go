// Package customer holds the customer record.
package customer

// Customer is a customer of the shop.
type Customer struct {
	ID    string
	Email string `privet:"pii"`
	Phone string // not marked: privetdiscover suggests the tag
}
