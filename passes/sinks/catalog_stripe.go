package sinks

// stripeFamily covers github.com/stripe/stripe-go in every major (checked
// against v82.5.1, v84.4.1 and v85.0.0: the same names). The new client
// (sc := stripe.NewClient(key); sc.V1Customers.Create(ctx, params)) keeps
// its services in fields whose types are unexported (v1CustomerService,
// value receivers); the family's rules match them by receiver name and
// params type, the diagnostic names them by the client's field. Payload: a1 (Create) or a2 (Update/Confirm, after the ID) params,
// whose .Email, .Name, .Phone, .Address, .Description, .Shipping and
// .Metadata (AddMetadata) carry customer data. The legacy per-resource
// packages (customer.New, paymentintent.New, charge.New; deprecated) take
// the params at a0, or a1 after the ID. Payment data reaching Stripe is
// usually allowed by policy; PII in free-text fields and Metadata still
// deserves a finding. Host api.stripe.com.
var stripeFamily = register(Family{
	Name:    "stripe",
	Kind:    KindPayment,
	Hosts:   []string{"api.stripe.com", "files.stripe.com", "meter-events.stripe.com"},
	Modules: []string{stripe},
	// Every method of a service of the new client (v1CustomerService,
	// v2CoreAccountService, ...) and of a legacy resource package's Client
	// that takes a params struct sends it: V1Products.Create,
	// V1Accounts.Create, V1Customers.Search and the hundreds of others; so
	// do the legacy resource packages' functions (customer.New,
	// customer.Get, ...).
	Rules: []Rule{
		{Receiver: "v[12]*Service", Param: "*Params"},
		{Receiver: "Client", Param: "*Params"},
		{Package: "*", Param: "*Params"},
	},
	Entries: []Entry{
		// Legacy resource packages: their functions (their Client types,
		// value receivers, are the second rule's).
		{Package: stripe + "/customer", Name: "New", Args: []int{0}, URLArg: -1, Display: "stripe customer.New"},
		{Package: stripe + "/customer", Name: "Update", Args: []int{1}, URLArg: -1, Display: "stripe customer.Update"},
		{Package: stripe + "/paymentintent", Name: "New", Args: []int{0}, URLArg: -1, Display: "stripe paymentintent.New"},
		{Package: stripe + "/paymentintent", Name: "Update", Args: []int{1}, URLArg: -1, Display: "stripe paymentintent.Update"},
		{Package: stripe + "/charge", Name: "New", Args: []int{0}, URLArg: -1, Display: "stripe charge.New"},
		{Package: stripe + "/charge", Name: "Update", Args: []int{1}, URLArg: -1, Display: "stripe charge.Update"},
	},
})

const stripe = "github.com/stripe/stripe-go"
