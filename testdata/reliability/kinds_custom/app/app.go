package app

import "example.com/bad/crm"

type User struct {
	ID    string
	Email string `privet:"pii"`
}

func Log(u *User) {
	crm.Note("user " + u.Email)
}
