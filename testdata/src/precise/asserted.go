package precise

// After an assertion that would panic otherwise, the interface holds a
// Customer: sending it sends the customer's data.
func asserted(v any) {
	c := v.(*Customer)
	Send(c.ID)
	Send(v) // want `pii,health data \(Customer\)`
}

func notAsserted(v any) {
	Send(v)
}

// In a case of a type switch, the switched value holds that type.
func typeSwitch(v any) {
	switch x := v.(type) {
	case *Customer:
		Send(v) // want `pii,health data \(Customer\)`
		Send(x) // want `pii,health data \(Customer\)`
	case string:
		Send(v)
	}
	Send(v)
}

// A case of several types: any of them may be the one.
func typeSwitchList(v any) {
	switch v.(type) {
	case string, Customer:
		Send(v) // want `pii,health data \(Customer\)`
	}
}

// A comma-ok assertion tells only where ok is true.
func commaOkAssert(v any) {
	if _, ok := v.(Customer); ok {
		Send(v) // want `pii,health data \(Customer\)`
	} else {
		Send(v)
	}
}
