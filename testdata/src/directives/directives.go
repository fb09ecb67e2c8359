// Package directives holds malformed annotations; each is reported where
// it is written and none crashes the analysis.
package directives

type Customer struct {
	Email string `privet:"pii"`
	Blood string `privet:"blood"` // want `unknown category "blood" in privet tag \(known: pii, payment, purchase, location, health, credential; declare others in .privet.yml\)`
	Note  string `privet:""`      // want `empty privet tag`
	Ok    string `privet:"-"`
}

//privet:sensitive // want `//privet:sensitive needs at least one category`
type Empty struct{}

//privet:sanitizer nonsense // want `unknown category "nonsense" in //privet:sanitizer`
func Bad(s string) string { return s }

//privet:sink // want `//privet:sink needs exactly one kind`
func NoKind(s string) {}

//privet:frobnicate // want `unknown directive //privet:frobnicate \(want sensitive, sanitizer, sink or ignore\)`
func Unknown() {}

//privet:sink ai
func Send(s string) {}

func use(c *Customer) {
	//privet:ignore // want `//privet:ignore needs a reason`
	Send(c.Email) // want `pii data \(Customer.Email\)`
}

func placeholders(c *Customer) {
	//privet:ignore TODO: say why this flow is acceptable // want `//privet:ignore reason "TODO: say why this flow is acceptable" is a placeholder`
	Send(c.Email)
	Send(c.Email) //privet:ignore todo // want `//privet:ignore reason "todo" is a placeholder`
	Send(c.Email) //privet:ignore TODO(ana): reviewed with legal, DPA-7
}

//privet:sanitizer pii // want `//privet:sanitizer must be in the doc comment of a function`
var notAFunc = 1
