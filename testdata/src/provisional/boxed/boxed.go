// Package boxed declares no source. A value boxed in an interface with
// methods is an object used through them: a type whose only sensitive
// fields are provisional is not a source as a whole there (the reads of
// its methods are sources where they happen). Boxed in any, what fmt and
// encoding/json take, it is.
package boxed

import (
	"context"
	"fmt"
	"net/http"
	"strings"
)

// Issuer is what a TLS library asks of a certificate issuer.
type Issuer interface {
	Issue(ctx context.Context, domain string) error
}

// ACMEIssuer holds the operator's ACME account e-mail (caddy's
// caddytls.ACMEIssuer).
type ACMEIssuer struct {
	CA    string
	Email string
}

func (a *ACMEIssuer) Issue(ctx context.Context, domain string) error {
	_, err := http.Post(a.CA, "text/plain", strings.NewReader(domain))
	return err
}

// Renewer is implemented elsewhere: what it does with the issuers is not
// known here, so they reach its results.
type Renewer interface {
	Renew(ctx context.Context, issuers []Issuer) (*http.Request, error)
}

// renew hands the issuer over as an object: no report (before, "pii data
// (ACMEIssuer, unmarked: looks like pii) reaches an HTTP request").
func renew(ctx context.Context, r Renewer, a *ACMEIssuer) {
	req, err := r.Renew(ctx, []Issuer{a})
	if err != nil {
		return
	}
	http.DefaultClient.Do(req)
}

// describe prints the whole issuer into a prompt: fmt reads every field.
func describe(a *ACMEIssuer) {
	http.Post("https://api.openai.com/v1/chat/completions", "text/plain", strings.NewReader(fmt.Sprint(a))) // want `pii data \(ACMEIssuer, unmarked: looks like pii\) reaches an AI service`
}

// registerAccount reads the e-mail itself: a source where it is read.
func registerAccount(a *ACMEIssuer) {
	http.Post("https://api.openai.com/v1/chat/completions", "text/plain", strings.NewReader(a.Email)) // want `pii data \(ACMEIssuer.Email, unmarked: looks like pii\) reaches an AI service`
}

// Known miss (issue 20): boxed as an Issuer, then printed as a whole
// through the interface value, fmt reads the e-mail by reflection; the
// value stopped being a source when it was boxed in an interface with
// methods.
func describeIssuer(iss Issuer) {
	http.Post("https://api.openai.com/v1/chat/completions", "text/plain", strings.NewReader(fmt.Sprint(iss)))
}

func describeACME(a *ACMEIssuer) { describeIssuer(a) }
