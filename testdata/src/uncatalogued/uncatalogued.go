// Package uncatalogued calls an SDK the catalog does not know
// (example.org/crm): its own code is analysed, and the report at the
// user's call names the SDK method and the HTTP call inside it.
package uncatalogued

import (
	"context"

	"example.org/crm"
)

type Customer struct {
	ID    string
	Email string `privet:"pii"`
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

// Sync stores the customer in the CRM.
func Sync(ctx context.Context, client *crm.Client, c Customer) error {
	return client.CreateContact(ctx, crm.Contact{Email: c.Email}) // want `pii data \(Customer.Email\) reaches an HTTP request \(crm Client.CreateContact → http.Client.Do\) without an approved sanitizer`
}

// SyncClean stores the masked address.
func SyncClean(ctx context.Context, client *crm.Client, c Customer) error {
	return client.CreateContact(ctx, crm.Contact{Email: MaskEmail(c.Email), Note: c.ID})
}

// Page pages the on-call engineer through the SDK's HTTP doer interface.
func Page(ctx context.Context, p *crm.Pager, c Customer) error {
	return p.Page(ctx, "checkout failing for "+c.Email) // want `pii data \(Customer.Email\) reaches an HTTP request \(crm Pager.Page → crm HTTPClient.Do\) without an approved sanitizer`
}

// PageClean names the customer by ID.
func PageClean(ctx context.Context, p *crm.Pager, c Customer) error {
	return p.Page(ctx, "checkout failing for "+c.ID)
}
