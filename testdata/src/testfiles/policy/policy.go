// Package policy reports findings in its tests: its policy says tests: true.
package policy

type Customer struct {
	ID    string
	Email string `privet:"pii"`
}
