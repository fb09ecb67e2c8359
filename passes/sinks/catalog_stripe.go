package sinks

// stripeFamily covers github.com/stripe/stripe-go in every major (checked
// against v82.5.1, v84.4.1 and v85.0.0: the same names). The new client
// (sc := stripe.NewClient(key); sc.V1Customers.Create(ctx, params)) keeps
// its services in fields whose types are unexported (v1CustomerService,
// value receivers); they are matched by package and receiver name like any
// other. Payload: a1 (Create) or a2 (Update/Confirm, after the ID) params,
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
	Entries: []Entry{
		{Package: stripe, Receiver: "v1CustomerService", Name: "Create", Args: []int{1}, URLArg: -1, Display: "stripe V1Customers.Create"},
		{Package: stripe, Receiver: "v1CustomerService", Name: "Update", Args: []int{2}, URLArg: -1, Display: "stripe V1Customers.Update"},
		{Package: stripe, Receiver: "v1PaymentIntentService", Name: "Create", Args: []int{1}, URLArg: -1, Display: "stripe V1PaymentIntents.Create"},
		{Package: stripe, Receiver: "v1PaymentIntentService", Name: "Update", Args: []int{2}, URLArg: -1, Display: "stripe V1PaymentIntents.Update"},
		{Package: stripe, Receiver: "v1PaymentIntentService", Name: "Confirm", Args: []int{2}, URLArg: -1, Display: "stripe V1PaymentIntents.Confirm"},
		{Package: stripe, Receiver: "v1ChargeService", Name: "Create", Args: []int{1}, URLArg: -1, Display: "stripe V1Charges.Create"},
		{Package: stripe, Receiver: "v1ChargeService", Name: "Update", Args: []int{2}, URLArg: -1, Display: "stripe V1Charges.Update"},
		{Package: stripe, Receiver: "v1CheckoutSessionService", Name: "Create", Args: []int{1}, URLArg: -1, Display: "stripe V1CheckoutSessions.Create"},
		{Package: stripe, Receiver: "v1CheckoutSessionService", Name: "Update", Args: []int{2}, URLArg: -1, Display: "stripe V1CheckoutSessions.Update"},
		{Package: stripe, Receiver: "v1PaymentMethodService", Name: "Create", Args: []int{1}, URLArg: -1, Display: "stripe V1PaymentMethods.Create"},
		{Package: stripe, Receiver: "v1PaymentMethodService", Name: "Update", Args: []int{2}, URLArg: -1, Display: "stripe V1PaymentMethods.Update"},
		{Package: stripe, Receiver: "v1SetupIntentService", Name: "Create", Args: []int{1}, URLArg: -1, Display: "stripe V1SetupIntents.Create"},
		{Package: stripe, Receiver: "v1SetupIntentService", Name: "Update", Args: []int{2}, URLArg: -1, Display: "stripe V1SetupIntents.Update"},
		{Package: stripe, Receiver: "v1RefundService", Name: "Create", Args: []int{1}, URLArg: -1, Display: "stripe V1Refunds.Create"},
		{Package: stripe, Receiver: "v1RefundService", Name: "Update", Args: []int{2}, URLArg: -1, Display: "stripe V1Refunds.Update"},
		{Package: stripe, Receiver: "v1InvoiceService", Name: "Create", Args: []int{1}, URLArg: -1, Display: "stripe V1Invoices.Create"},
		{Package: stripe, Receiver: "v1InvoiceService", Name: "Update", Args: []int{2}, URLArg: -1, Display: "stripe V1Invoices.Update"},
		{Package: stripe, Receiver: "v1SubscriptionService", Name: "Create", Args: []int{1}, URLArg: -1, Display: "stripe V1Subscriptions.Create"},
		{Package: stripe, Receiver: "v1SubscriptionService", Name: "Update", Args: []int{2}, URLArg: -1, Display: "stripe V1Subscriptions.Update"},
		// Legacy resource packages (and their Client types, value receivers).
		{Package: stripe + "/customer", Name: "New", Args: []int{0}, URLArg: -1, Display: "stripe customer.New"},
		{Package: stripe + "/customer", Name: "Update", Args: []int{1}, URLArg: -1, Display: "stripe customer.Update"},
		{Package: stripe + "/customer", Receiver: "Client", Name: "New", Args: []int{0}, URLArg: -1, Display: "stripe customer.Client.New"},
		{Package: stripe + "/customer", Receiver: "Client", Name: "Update", Args: []int{1}, URLArg: -1, Display: "stripe customer.Client.Update"},
		{Package: stripe + "/paymentintent", Name: "New", Args: []int{0}, URLArg: -1, Display: "stripe paymentintent.New"},
		{Package: stripe + "/paymentintent", Name: "Update", Args: []int{1}, URLArg: -1, Display: "stripe paymentintent.Update"},
		{Package: stripe + "/paymentintent", Receiver: "Client", Name: "New", Args: []int{0}, URLArg: -1, Display: "stripe paymentintent.Client.New"},
		{Package: stripe + "/paymentintent", Receiver: "Client", Name: "Update", Args: []int{1}, URLArg: -1, Display: "stripe paymentintent.Client.Update"},
		{Package: stripe + "/charge", Name: "New", Args: []int{0}, URLArg: -1, Display: "stripe charge.New"},
		{Package: stripe + "/charge", Name: "Update", Args: []int{1}, URLArg: -1, Display: "stripe charge.Update"},
		{Package: stripe + "/charge", Receiver: "Client", Name: "New", Args: []int{0}, URLArg: -1, Display: "stripe charge.Client.New"},
		{Package: stripe + "/charge", Receiver: "Client", Name: "Update", Args: []int{1}, URLArg: -1, Display: "stripe charge.Client.Update"},
	},
})

const stripe = "github.com/stripe/stripe-go"
