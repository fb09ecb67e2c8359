// Package app sends only masked data.
package app

// User is an account holder.
type User struct {
	ID    string
	Email string `privet:"pii"`
}

//privet:sanitizer pii
func mask(s string) string { return "***" }

// Send sends text to a model.
//
//privet:sink ai
func Send(text string) {}

// Hello sends the user's id and masked address.
func Hello(u *User) {
	Send("hello " + u.ID + " " + mask(u.Email))
}
