package typed // want package:"analyzed"

// typed: holds customer data: analysed, because it has values of a
// sensitive type.

type Customer struct {
	Email string `privet:"pii"`
}

func Same(c *Customer) *Customer { return c } // want Same:"p0->r0"
