// Package precise shows where the engine tells apart flows that a
// flow-insensitive reading would merge: statement order, alternatives,
// values that hold nothing, cleaned arguments.
package precise

type Customer struct {
	ID    string
	Email string `privet:"pii"`
	Notes string `privet:"health"`
}

//privet:sink ai
func Send(payload ...any) {}
