// Stub of github.com/stripe/stripe-go/v85@v85.0.0 (package stripe) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package stripe

import (
	"context"
	"net/http"
)

const APIURL string = "https://api.stripe.com"

// Key is the API key used by the legacy resource packages.
var Key string

func String[T ~string](v T) *string {
	p := string(v)
	return &p
}

func Int64(v int64) *int64 { return &v }

type Params struct {
	Context        context.Context   `form:"-" json:"-"`
	Expand         []*string         `form:"expand" json:"-"`
	Headers        http.Header       `form:"-" json:"-"`
	IdempotencyKey *string           `form:"-" json:"-"`
	Metadata       map[string]string `form:"metadata" json:"-"`
	StripeAccount  *string           `form:"-" json:"-"`
}

func (p *Params) AddMetadata(key, value string) {
	if p.Metadata == nil {
		p.Metadata = make(map[string]string)
	}
	p.Metadata[key] = value
}

type AddressParams struct {
	City       *string `form:"city"`
	Country    *string `form:"country"`
	Line1      *string `form:"line1"`
	Line2      *string `form:"line2"`
	PostalCode *string `form:"postal_code"`
	State      *string `form:"state"`
}

type APIResource struct{}

type clientConfig struct{}

type ClientOption func(*clientConfig)

type Client struct {
	V1Customers        *v1CustomerService
	V1PaymentIntents   *v1PaymentIntentService
	V1Charges          *v1ChargeService
	V1CheckoutSessions *v1CheckoutSessionService
	V1PaymentMethods   *v1PaymentMethodService
	V1SetupIntents     *v1SetupIntentService
	V1Refunds          *v1RefundService
	V1Invoices         *v1InvoiceService
	V1Subscriptions    *v1SubscriptionService
	V1Products         *v1ProductService
	V1Accounts         *v1AccountService
}

func NewClient(key string, opts ...ClientOption) *Client {
	return &Client{
		V1Customers:        &v1CustomerService{Key: key},
		V1PaymentIntents:   &v1PaymentIntentService{Key: key},
		V1Charges:          &v1ChargeService{Key: key},
		V1CheckoutSessions: &v1CheckoutSessionService{Key: key},
		V1PaymentMethods:   &v1PaymentMethodService{Key: key},
		V1SetupIntents:     &v1SetupIntentService{Key: key},
		V1Refunds:          &v1RefundService{Key: key},
		V1Invoices:         &v1InvoiceService{Key: key},
		V1Subscriptions:    &v1SubscriptionService{Key: key},
		V1Products:         &v1ProductService{Key: key},
		V1Accounts:         &v1AccountService{Key: key},
	}
}

type Customer struct {
	APIResource
	ID string `json:"id"`
}

type v1CustomerService struct {
	Key string
}

func (c v1CustomerService) Create(ctx context.Context, params *CustomerCreateParams) (*Customer, error) {
	return &Customer{}, nil
}

func (c v1CustomerService) Update(ctx context.Context, id string, params *CustomerUpdateParams) (*Customer, error) {
	return &Customer{ID: id}, nil
}

type PaymentIntent struct {
	APIResource
	ID string `json:"id"`
}

type v1PaymentIntentService struct {
	Key string
}

func (c v1PaymentIntentService) Create(ctx context.Context, params *PaymentIntentCreateParams) (*PaymentIntent, error) {
	return &PaymentIntent{}, nil
}

func (c v1PaymentIntentService) Update(ctx context.Context, id string, params *PaymentIntentUpdateParams) (*PaymentIntent, error) {
	return &PaymentIntent{ID: id}, nil
}

func (c v1PaymentIntentService) Confirm(ctx context.Context, id string, params *PaymentIntentConfirmParams) (*PaymentIntent, error) {
	return &PaymentIntent{ID: id}, nil
}

type Charge struct {
	APIResource
	ID string `json:"id"`
}

type v1ChargeService struct {
	Key string
}

func (c v1ChargeService) Create(ctx context.Context, params *ChargeCreateParams) (*Charge, error) {
	return &Charge{}, nil
}

func (c v1ChargeService) Update(ctx context.Context, id string, params *ChargeUpdateParams) (*Charge, error) {
	return &Charge{ID: id}, nil
}

type CheckoutSession struct {
	APIResource
	ID string `json:"id"`
}

type v1CheckoutSessionService struct {
	Key string
}

func (c v1CheckoutSessionService) Create(ctx context.Context, params *CheckoutSessionCreateParams) (*CheckoutSession, error) {
	return &CheckoutSession{}, nil
}

func (c v1CheckoutSessionService) Update(ctx context.Context, id string, params *CheckoutSessionUpdateParams) (*CheckoutSession, error) {
	return &CheckoutSession{ID: id}, nil
}

type PaymentMethod struct {
	APIResource
	ID string `json:"id"`
}

type v1PaymentMethodService struct {
	Key string
}

func (c v1PaymentMethodService) Create(ctx context.Context, params *PaymentMethodCreateParams) (*PaymentMethod, error) {
	return &PaymentMethod{}, nil
}

func (c v1PaymentMethodService) Update(ctx context.Context, id string, params *PaymentMethodUpdateParams) (*PaymentMethod, error) {
	return &PaymentMethod{ID: id}, nil
}

type SetupIntent struct {
	APIResource
	ID string `json:"id"`
}

type v1SetupIntentService struct {
	Key string
}

func (c v1SetupIntentService) Create(ctx context.Context, params *SetupIntentCreateParams) (*SetupIntent, error) {
	return &SetupIntent{}, nil
}

func (c v1SetupIntentService) Update(ctx context.Context, id string, params *SetupIntentUpdateParams) (*SetupIntent, error) {
	return &SetupIntent{ID: id}, nil
}

type Refund struct {
	APIResource
	ID string `json:"id"`
}

type v1RefundService struct {
	Key string
}

func (c v1RefundService) Create(ctx context.Context, params *RefundCreateParams) (*Refund, error) {
	return &Refund{}, nil
}

func (c v1RefundService) Update(ctx context.Context, id string, params *RefundUpdateParams) (*Refund, error) {
	return &Refund{ID: id}, nil
}

type Invoice struct {
	APIResource
	ID string `json:"id"`
}

type v1InvoiceService struct {
	Key string
}

func (c v1InvoiceService) Create(ctx context.Context, params *InvoiceCreateParams) (*Invoice, error) {
	return &Invoice{}, nil
}

func (c v1InvoiceService) Update(ctx context.Context, id string, params *InvoiceUpdateParams) (*Invoice, error) {
	return &Invoice{ID: id}, nil
}

type Subscription struct {
	APIResource
	ID string `json:"id"`
}

type v1SubscriptionService struct {
	Key string
}

func (c v1SubscriptionService) Create(ctx context.Context, params *SubscriptionCreateParams) (*Subscription, error) {
	return &Subscription{}, nil
}

func (c v1SubscriptionService) Update(ctx context.Context, id string, params *SubscriptionUpdateParams) (*Subscription, error) {
	return &Subscription{ID: id}, nil
}

type ChargeCreateParams struct {
	Params       `form:"*"`
	Amount       *int64            `form:"amount"`
	Currency     *string           `form:"currency"`
	Customer     *string           `form:"customer"`
	Description  *string           `form:"description"`
	Metadata     map[string]string `form:"metadata"`
	ReceiptEmail *string           `form:"receipt_email"`
}

func (p *ChargeCreateParams) AddMetadata(key string, value string) {
	if p.Metadata == nil {
		p.Metadata = make(map[string]string)
	}
	p.Metadata[key] = value
}

type ChargeParams struct {
	Params       `form:"*"`
	Amount       *int64            `form:"amount"`
	Currency     *string           `form:"currency"`
	Customer     *string           `form:"customer"`
	Description  *string           `form:"description"`
	Metadata     map[string]string `form:"metadata"`
	ReceiptEmail *string           `form:"receipt_email"`
}

type ChargeUpdateParams struct {
	Params       `form:"*"`
	Customer     *string           `form:"customer"`
	Description  *string           `form:"description"`
	Metadata     map[string]string `form:"metadata"`
	ReceiptEmail *string           `form:"receipt_email"`
}

// CheckoutSessionParams are the legacy checkout/session package's.
type CheckoutSessionParams struct {
	Params        `form:"*"`
	CustomerEmail *string `form:"customer_email" json:"customer_email,omitempty"`
	Mode          *string `form:"mode" json:"mode,omitempty"`
	SuccessURL    *string `form:"success_url" json:"success_url,omitempty"`
}

type CheckoutSessionCreateParams struct {
	Params        `form:"*"`
	Currency      *string           `form:"currency"`
	Customer      *string           `form:"customer"`
	CustomerEmail *string           `form:"customer_email"`
	Metadata      map[string]string `form:"metadata"`
}

type CheckoutSessionUpdateParams struct {
	Params   `form:"*"`
	Metadata map[string]string `form:"metadata"`
}

type CustomerCreateParams struct {
	Params        `form:"*"`
	Address       *AddressParams    `form:"address"`
	Description   *string           `form:"description"`
	Email         *string           `form:"email"`
	Metadata      map[string]string `form:"metadata"`
	Name          *string           `form:"name"`
	PaymentMethod *string           `form:"payment_method"`
	Phone         *string           `form:"phone"`
	Source        *string           `form:"source"`
}

func (p *CustomerCreateParams) AddMetadata(key string, value string) {
	if p.Metadata == nil {
		p.Metadata = make(map[string]string)
	}
	p.Metadata[key] = value
}

type CustomerParams struct {
	Params        `form:"*"`
	Address       *AddressParams    `form:"address"`
	Description   *string           `form:"description"`
	Email         *string           `form:"email"`
	Metadata      map[string]string `form:"metadata"`
	Name          *string           `form:"name"`
	PaymentMethod *string           `form:"payment_method"`
	Phone         *string           `form:"phone"`
	Source        *string           `form:"source"`
}

func (p *CustomerParams) AddMetadata(key string, value string) {
	if p.Metadata == nil {
		p.Metadata = make(map[string]string)
	}
	p.Metadata[key] = value
}

type CustomerUpdateParams struct {
	Params      `form:"*"`
	Address     *AddressParams    `form:"address"`
	Description *string           `form:"description"`
	Email       *string           `form:"email"`
	Metadata    map[string]string `form:"metadata"`
	Name        *string           `form:"name"`
	Phone       *string           `form:"phone"`
	Source      *string           `form:"source"`
}

type InvoiceCreateParams struct {
	Params      `form:"*"`
	Currency    *string           `form:"currency"`
	Customer    *string           `form:"customer"`
	Description *string           `form:"description"`
	Metadata    map[string]string `form:"metadata"`
}

type InvoiceUpdateParams struct {
	Params      `form:"*"`
	Description *string           `form:"description"`
	Metadata    map[string]string `form:"metadata"`
}

type PaymentIntentConfirmParams struct {
	Params        `form:"*"`
	PaymentMethod *string `form:"payment_method"`
	ReceiptEmail  *string `form:"receipt_email"`
}

type PaymentIntentCreateParams struct {
	Params        `form:"*"`
	Amount        *int64            `form:"amount"`
	Currency      *string           `form:"currency"`
	Customer      *string           `form:"customer"`
	Description   *string           `form:"description"`
	Metadata      map[string]string `form:"metadata"`
	PaymentMethod *string           `form:"payment_method"`
	ReceiptEmail  *string           `form:"receipt_email"`
}

func (p *PaymentIntentCreateParams) AddMetadata(key string, value string) {
	if p.Metadata == nil {
		p.Metadata = make(map[string]string)
	}
	p.Metadata[key] = value
}

type PaymentIntentParams struct {
	Params        `form:"*"`
	Amount        *int64            `form:"amount"`
	Currency      *string           `form:"currency"`
	Customer      *string           `form:"customer"`
	Description   *string           `form:"description"`
	Metadata      map[string]string `form:"metadata"`
	PaymentMethod *string           `form:"payment_method"`
	ReceiptEmail  *string           `form:"receipt_email"`
}

func (p *PaymentIntentParams) AddMetadata(key string, value string) {
	if p.Metadata == nil {
		p.Metadata = make(map[string]string)
	}
	p.Metadata[key] = value
}

type PaymentIntentUpdateParams struct {
	Params        `form:"*"`
	Amount        *int64            `form:"amount"`
	Currency      *string           `form:"currency"`
	Customer      *string           `form:"customer"`
	Description   *string           `form:"description"`
	Metadata      map[string]string `form:"metadata"`
	PaymentMethod *string           `form:"payment_method"`
	ReceiptEmail  *string           `form:"receipt_email"`
}

type PaymentMethodCreateParams struct {
	Params        `form:"*"`
	Customer      *string           `form:"customer"`
	Metadata      map[string]string `form:"metadata"`
	PaymentMethod *string           `form:"payment_method"`
}

type PaymentMethodUpdateParams struct {
	Params   `form:"*"`
	Metadata map[string]string `form:"metadata"`
}

type RefundCreateParams struct {
	Params   `form:"*"`
	Amount   *int64            `form:"amount"`
	Currency *string           `form:"currency"`
	Customer *string           `form:"customer"`
	Metadata map[string]string `form:"metadata"`
	Reason   *string           `form:"reason"`
}

type RefundUpdateParams struct {
	Params   `form:"*"`
	Metadata map[string]string `form:"metadata"`
}

type SetupIntentCreateParams struct {
	Params        `form:"*"`
	Customer      *string           `form:"customer"`
	Description   *string           `form:"description"`
	Metadata      map[string]string `form:"metadata"`
	PaymentMethod *string           `form:"payment_method"`
}

type SetupIntentUpdateParams struct {
	Params        `form:"*"`
	Customer      *string           `form:"customer"`
	Description   *string           `form:"description"`
	Metadata      map[string]string `form:"metadata"`
	PaymentMethod *string           `form:"payment_method"`
}

type SubscriptionCreateParams struct {
	Params      `form:"*"`
	Currency    *string           `form:"currency"`
	Customer    *string           `form:"customer"`
	Description *string           `form:"description"`
	Metadata    map[string]string `form:"metadata"`
}

type SubscriptionUpdateParams struct {
	Params      `form:"*"`
	Description *string           `form:"description"`
	Metadata    map[string]string `form:"metadata"`
}

// Endpoints no entry lists: the family's rules cover them.

type SearchParams struct {
	Context context.Context `form:"-"`
	Query   string          `form:"query"`
	Limit   *int64          `form:"limit"`
}

type V1SearchList[T any] struct {
	searchParams SearchParams
}

func (l *V1SearchList[T]) All() func(yield func(T, error) bool) { return func(func(T, error) bool) {} }

type CustomerSearchParams struct {
	SearchParams `form:"*"`
	Expand       []*string `form:"expand" json:"expand,omitempty"`
	Page         *string   `form:"page" json:"page,omitempty"`
}

func (c v1CustomerService) Search(ctx context.Context, params *CustomerSearchParams) *V1SearchList[*Customer] {
	return &V1SearchList[*Customer]{}
}

type Product struct {
	APIResource
	ID string `json:"id"`
}

type ProductCreateParams struct {
	Params      `form:"*"`
	Description *string `form:"description" json:"description,omitempty"`
	Name        *string `form:"name" json:"name"`
}

type v1ProductService struct {
	Key string
}

func (c v1ProductService) Create(ctx context.Context, params *ProductCreateParams) (*Product, error) {
	return &Product{}, nil
}

type Account struct {
	APIResource
	ID string `json:"id"`
}

type AccountCreateParams struct {
	Params       `form:"*"`
	BusinessType *string `form:"business_type" json:"business_type,omitempty"`
	Email        *string `form:"email" json:"email,omitempty"`
}

type v1AccountService struct {
	Key string
}

func (c v1AccountService) Create(ctx context.Context, params *AccountCreateParams) (*Account, error) {
	return &Account{}, nil
}

func (c v1AccountService) Retrieve(ctx context.Context, params *AccountRetrieveParams) (*Account, error) {
	return &Account{}, nil
}

type AccountRetrieveParams struct {
	Params `form:"*"`
}

func (c v1AccountService) Delete(ctx context.Context, id string, params *AccountDeleteParams) (*Account, error) {
	return &Account{ID: id}, nil
}

type AccountDeleteParams struct {
	Params `form:"*"`
}
