// Package tagged declares a source: every package that imports it is
// annotated as far as the auto mode can see.
package tagged

type Account struct {
	Email string `privet:"pii"`
}
