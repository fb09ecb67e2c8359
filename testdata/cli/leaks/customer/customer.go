// Package customer holds the sensitive data.
package customer

// Customer is an account holder.
type Customer struct {
	ID    string
	Name  string `privet:"pii"`
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
	// Phone is not marked: privetdiscover reports it (category unmarked).
	Phone string
}

// Contact returns the address to write to.
func Contact(c *Customer) string {
	return c.Email
}
