// Package policy shows privetdiscover under a .privet.yml: fields covered
// by source rules and ignored fields are not reported, and only
// high-confidence findings are.
package policy

type Account struct {
	Email    string // covered by a source rule
	Phone    string // ignored in discover.ignore
	Secret   string `datapolicy:"password"` // covered by a tag rule
	APIKey   string `json:"api_key"`        // want `field Account.APIKey looks like credential \(name "APIKey"\)`
	Name     string // medium confidence: below min_confidence
	Location string // medium confidence: below min_confidence
}

type LegacyUser struct {
	Email string // ignored in discover.ignore
}
