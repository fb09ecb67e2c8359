package discover

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

var kindNames = map[string]Kind{
	"text": Text, "number": Number, "time": Time, "bool": Bool,
	"composite": Composite, "interface": Interface, "other": Other,
}

// example parses "Owner.Field" or "Owner.Field:kind".
func example(t *testing.T, ex string) (owner, field string, kind Kind) {
	t.Helper()
	ex, k, hasKind := strings.Cut(ex, ":")
	kind = Text
	if hasKind {
		var ok bool
		if kind, ok = kindNames[k]; !ok {
			t.Fatalf("example %q: unknown kind %q", ex, k)
		}
	}
	owner, field, ok := strings.Cut(ex, ".")
	if !ok {
		t.Fatalf("example %q: want Owner.Field", ex)
	}
	return owner, field, kind
}

// classify is what the analyzer decides for a field name alone (no tag,
// no type name) at the default confidence.
func classify(t *testing.T, ex string) (*Pattern, Confidence) {
	owner, field, kind := example(t, ex)
	return patterns.match(field, newOwner(owner, "example.com/app/models"), kind)
}

func patternName(p *Pattern) string {
	if p == nil {
		return "no pattern"
	}
	return fmt.Sprintf("%s %q", p.Category, p.Spellings[0])
}

// TestPatterns checks every pattern against its own examples: each Flag
// example is reported by this pattern at the default confidence (at low
// for the patterns that are never surer than low), no
// Skip example is (another pattern may take it: User.EmailAddress is an
// Skip example of the address pattern).
func TestPatterns(t *testing.T) {
	for i := range Patterns {
		p := &Patterns[i]
		t.Run(fmt.Sprintf("%s_%s", p.Category, normalize(p.Spellings[0])), func(t *testing.T) {
			if len(p.Flag) == 0 || len(p.Skip) == 0 {
				t.Errorf("pattern needs Flag and Skip examples")
			}
			want := Medium
			if max(p.Confidence, p.InContext) == Low && len(p.Sure) == 0 {
				want = Low
			}
			for _, ex := range p.Flag {
				got, c := classify(t, ex)
				if got != p || c < want {
					t.Errorf("%s: got %s at %s, want this pattern at %s or more", ex, patternName(got), c, want)
				}
			}
			for _, ex := range p.Skip {
				if got, c := classify(t, ex); got == p && c >= want {
					t.Errorf("%s: reported by this pattern at %s, want not", ex, c)
				}
			}
		})
	}
}

// TestTable checks the table's data: spellings normalize to distinct
// keys per kind, and word lists are written as they are compared.
func TestTable(t *testing.T) {
	seen := map[string]*Pattern{}
	for i := range Patterns {
		p := &Patterns[i]
		if p.Kinds == 0 {
			t.Errorf("%s: no Kinds", patternName(p))
		}
		for _, s := range p.Spellings {
			n := normalize(s)
			if n == "" {
				t.Errorf("%s: empty spelling %q", patternName(p), s)
			}
			for k := Kind(1); k != 0 && k <= Other; k <<= 1 {
				if p.Kinds&k == 0 {
					continue
				}
				key := fmt.Sprintf("%s/%d", n, k)
				if q := seen[key]; q != nil && q != p && !disjointContexts(p, q) {
					t.Errorf("spelling %q is in %s and %s for the same kind", s, patternName(q), patternName(p))
				}
				seen[key] = p
			}
		}
		lists := map[string][]string{"Sure": p.Sure, "Not": p.Not, "NotOwner": p.NotOwner, "NotContext": p.NotContext, "NotPackage": p.NotPackage, "Context": p.Context}
		for name, list := range lists {
			for _, w := range list {
				if normalize(w) != w {
					t.Errorf("%s: %s word %q must be written %q", patternName(p), name, w, normalize(w))
				}
			}
		}
	}
	for _, list := range [][]string{personWords, paymentOwners, healthOwners, geoOwners, tokenNot, tokenPackages, tokenOwners, infraOwners, orgOwners, personQualifiers} {
		for _, w := range list {
			if normalize(w) != w {
				t.Errorf("word %q must be written %q", w, normalize(w))
			}
		}
	}
}

// TestPackageContext: a type named only by a generic word (Record,
// Info) is read with its package's name, as its users write it.
func TestPackageContext(t *testing.T) {
	for _, tc := range []struct {
		pkg, field, want string
	}{
		{"example.com/clinic/health", "Record.Notes", "health"},
		{"example.com/clinic/patient", "Record.Notes", "health"},
		{"example.com/app/user", "Info.Name", "pii"},
		{"example.com/app/models", "Record.Notes", ""},
		{"example.com/app/release", "Info.Notes", ""},
		{"example.com/app/health", "Check.Notes", ""}, // not generic: a health check
	} {
		owner, field, kind := example(t, tc.field)
		p, c := patterns.match(field, newOwner(owner, tc.pkg), kind)
		got := ""
		if p != nil && c >= Medium {
			got = p.Category
		}
		if got != tc.want {
			t.Errorf("%s in %s: got %q (%s at %s), want %q", tc.field, tc.pkg, got, patternName(p), c, tc.want)
		}
	}
}

// disjointContexts reports whether two patterns are both sure only on
// their own owners and no owner word is in both lists (Notes: free text
// on a ticket, health data on a patient).
func disjointContexts(p, q *Pattern) bool {
	if p.Context == nil || q.Context == nil || p.Confidence >= Medium || q.Confidence >= Medium {
		return false
	}
	for _, w := range p.Context {
		for _, v := range q.Context {
			if w == v {
				return false
			}
		}
	}
	return true
}

func TestWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"PhoneNumber", []string{"phone", "number"}},
		{"phone_number", []string{"phone", "number"}},
		{"phone-number", []string{"phone", "number"}},
		{"IPAddress", []string{"ip", "address"}},
		{"userIPs", []string{"user", "ips"}},
		{"APIKey", []string{"api", "key"}},
		{"AddressLine2", []string{"address", "line", "2"}},
		{"CVV2", []string{"cvv", "2"}},
		{"DoB", []string{"do", "b"}},
		{"ФИО", []string{"fio"}},
		{"ДатаРождения", []string{"data", "rozhdeniya"}},
		{"Familiya", []string{"familiya"}},
		{"user.email", []string{"user", "email"}},
		{"HTTPServer", []string{"http", "server"}},
	} {
		if got := words(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("words(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestRegression is the list of real field names (from gitea, kratos,
// hydra, stripe-go, mattermost and typical CRM/e-commerce models) that
// must or must not be reported at the default confidence.
func TestRegression(t *testing.T) {
	for _, tc := range []struct {
		field string // Owner.Field[:kind]
		want  string // the category, or "" for not reported
	}{
		// must be reported
		{"User.Email", "pii"},
		{"User.FullName", "pii"},
		{"User.Name", "pii"},
		{"User.Passwd", "credential"},
		{"User.Location", "location"},
		{"EmailAddress.Email", "pii"},
		{"Identity.Traits:composite", ""},
		{"VerifiableAddress.Value", ""},
		{"Client.Secret", "credential"},
		{"Client.ClientSecret", "credential"},
		{"AccessToken.Token", "credential"},
		{"TwoFactor.Secret", "credential"},
		{"Customer.Phone", "pii"},
		{"Customer.Address:composite", "pii"},
		{"Card.CVC", "payment"},
		{"Card.Number", "payment"},
		{"Card.ExpMonth:number", "payment"},
		{"BankAccount.RoutingNumber", "payment"},
		{"BankAccount.AccountNumber", "payment"},
		{"Address.PostalCode", "pii"},
		{"Address.Line1", "pii"},
		{"ShippingDetails.Name", "pii"},
		{"Session.IPAddress", "pii"},
		{"Session.Token", "credential"},
		{"OAuth2Credentials.RefreshToken", "credential"},
		{"WebAuthnCredential.PublicKey", ""},
		{"User.Birthdate:time", "pii"},
		{"Profile.Nickname", "pii"},
		{"Employee.Otchestvo", "pii"},
		{"Клиент.Телефон", "pii"},
		// must not be reported
		{"Product.Name", ""},
		{"Repository.Name", ""},
		{"Repository.OwnerName", ""},
		{"Lexer.Token:number", ""},
		{"User.Salt", ""},
		{"User.PasswdHashAlgo", ""},
		{"User.LoginName", "pii"},
		{"User.LoginSource:number", ""},
		{"User.KeepEmailPrivate:bool", ""},
		{"User.IsActive:bool", ""},
		{"User.Avatar", ""},
		{"User.Website", ""},
		{"User.Description", ""},
		{"User.LastLoginUnix:number", ""},
		{"User.Language", ""},
		{"Config.ListenAddress", ""},
		{"Config.Address", ""},
		{"Server.Host", ""},
		{"Mailer.From", ""},
		{"Webhook.URL", ""},
		{"Issue.Title", ""},
		{"Comment.Content", ""},
		{"Event.Location:other", ""},
		{"Token.Expiry:time", ""},
		{"ListOptions.PageToken", ""},
		{"Usage.PromptTokens:number", ""},
		{"Charge.Amount:number", ""},
		{"Price.Currency", ""},
		{"Flow.ExpiresAt:time", ""},
		{"Client.Name", ""},
		{"Client.ClientName", ""},
		{"Client.Owner", ""},
		{"Client.TokenEndpointAuthMethod", ""},
		{"Flow.CSRFTokenHeader", ""},
		{"Plan.Nickname", ""},
		{"Product.Description", ""},
		{"Team.Name", ""},
		{"Org.FullName", ""},
		{"Organization.Email", ""},
		{"CreateOrgOption.Email", ""},
		{"TeamInvite.Email", "pii"},
		{"AccountBusinessProfile.Name", ""},
		{"FinancialConnectionsAccount.DisplayName", ""},
		{"PaymentMethod.KrCard:composite", ""},
		{"BankTransfer.BankAddressLine1", ""},
		{"CredentialsOIDCEncryptedTokens.AccessToken", ""},
		{"Flow.CSRFToken", ""},
		{"SearchUserOptions.SupportedSortOrders:composite", ""},
		{"ErrEmailInvalid.Email", "pii"},
		{"Meta.InitialIP", "pii"},
		{"PaymentMethodBillingDetails.TaxID", "pii"},
		{"IssuingTokenNetworkDataDevice.Location", "location"},
		{"ServerConfig.Username", ""},
		{"LoginSource.Name", ""},
		{"Repository.Website", ""},
		{"PushMirror.RemoteAddress", ""},
		{"Card.Brand", ""},
		{"Card.Last4", ""},
		{"Card.Fingerprint", ""},
		{"Key.Content", ""},
		{"GPGKey.KeyID", ""},
		{"Action.Ref", ""},
	} {
		p, c := classify(t, tc.field)
		got := ""
		if p != nil && c >= Medium {
			got = p.Category
		}
		if got != tc.want {
			t.Errorf("%s: got %q (%s at %s), want %q", tc.field, got, patternName(p), c, tc.want)
		}
	}
}
