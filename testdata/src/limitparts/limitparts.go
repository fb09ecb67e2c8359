package limitparts // want package:"analyzed"

// SendAddress sends five parts of its parameter to one sink: with the
// default bound the summary lists them; TestLimits lowers maxParts below
// five to see the summary name their common part instead.

//privet:sink ai
func Send(s string) {}

type Order struct {
	Ship Address
	Note string
}

type Address struct{ Street, City, Zip, Region, Country string }

func SendAddress(o *Order) { // want SendAddress:`^p0/f0(/f0)?->sink\(ai:limitparts Send\)`
	Send(o.Ship.Street)
	Send(o.Ship.City)
	Send(o.Ship.Zip)
	Send(o.Ship.Region)
	Send(o.Ship.Country)
}
