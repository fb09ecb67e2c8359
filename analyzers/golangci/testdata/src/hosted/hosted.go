// Package hosted has findings as golangci-lint shows them: two identical
// flows, one under //nolint:privet, and one whose path goes through
// another file of the package.
package hosted

type Customer struct {
	Email string `privet:"pii"`
}

//privet:sink ai
func Ask(prompt string) {}

func reviewed(c Customer) {
	p := "hi " + c.Email
	Ask(p) //nolint:privet // want `pii data \(Customer.Email\) reaches an AI service \(hosted.Ask\)`
}

func leak(c Customer) {
	p := "hi " + c.Email
	Ask(p) // want `pii data \(Customer.Email\) reaches an AI service \(hosted.Ask\)`
}

func viaOtherFile(c Customer) {
	send(c.Email) // want `pii data \(Customer.Email\) reaches an AI service \(hosted.Ask\)`
}
