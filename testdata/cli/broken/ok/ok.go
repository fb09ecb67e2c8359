// Package ok type-checks and leaks: it is analysed despite its broken
// neighbours.
package ok

// User is an account holder.
type User struct {
	Email string `privet:"pii"`
}

// Send sends text to a model.
//
//privet:sink ai
func Send(text string) {}

// Hello leaks the address.
func Hello(u *User) { Send(u.Email) }
