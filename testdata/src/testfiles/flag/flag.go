// Package flag is analysed with -privet.tests: its tests' findings are
// reported.
package flag

type Customer struct {
	ID    string
	Email string `privet:"pii"`
}
