// Package model holds the data the scoped policy (../.privet.yml) is
// about.
package model

type Customer struct {
	ID        string
	Email     string `privet:"pii"`
	Card      string `privet:"payment"`
	Diagnosis string `privet:"health"`
}
