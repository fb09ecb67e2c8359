package discover

import (
	"fmt"
	"go/types"
	"strings"

	"github.com/privetlint/privet/internal/category"
)

// Confidence says how sure a pattern is that a field holds the data.
type Confidence int8

// Confidences, lowest first. None is never reported.
const (
	None Confidence = iota
	Low
	Medium
	High
)

func (c Confidence) String() string {
	switch c {
	case Low:
		return "low"
	case Medium:
		return "medium"
	case High:
		return "high"
	}
	return "none"
}

// ParseConfidence reads low, medium or high; "" is Medium, the default.
func ParseConfidence(s string) (Confidence, error) {
	switch s {
	case "", "medium":
		return Medium, nil
	case "low":
		return Low, nil
	case "high":
		return High, nil
	}
	return None, fmt.Errorf("unknown confidence %q (known: low, medium, high)", s)
}

// Kind classifies a field's type; a Pattern lists the kinds it applies
// to, so that EmailVerified bool or Orders int never match.
type Kind uint8

// Kinds of field types.
const (
	Text      Kind = 1 << iota // string, []byte, named strings, sql.NullString, net.IP, []string, ...
	Number                     // integers, floats, decimals
	Time                       // time.Time, dates, timestamps
	Bool                       // bool, sql.NullBool
	Composite                  // structs, maps, slices of structs (not one of the above)
	Interface                  // interfaces (any, crypto.PrivateKey)
	Other                      // funcs, channels, durations, *time.Location, url.URL
)

// Pattern is one entry of the table: a kind of sensitive data and the
// names it goes by.
type Pattern struct {
	Category string
	// Spellings end the field's name, after trailing numbers and filler
	// words (Str, Value, Raw) are dropped. They are compared as
	// concatenated lower-case words, so "first_name" matches FirstName,
	// Firstname, first_name and first-name; Cyrillic names are compared
	// transliterated (телефон → telefon). The longest spelling that ends
	// the name decides; the words before it are its qualifiers.
	Spellings []string
	// Kinds are the field types the pattern applies to.
	Kinds Kind
	// Confidence without context from the owning struct.
	Confidence Confidence
	// InContext, when set, is the confidence when the owning struct's
	// name ends with one of the Context words (person words when Context
	// is nil): Name is pii on User, not on Product.
	InContext Confidence
	Context   []string
	// Sure qualifiers raise the confidence to High (BillingAddress).
	Sure []string
	// ServiceKey says the spellings name a key a service is issued to
	// call an API (APIKey): on a client of an API (a struct named
	// Client, Provider, ...), the service's own, not reported.
	ServiceKey bool
	// Login says the spellings name an account's login or its password
	// (Username, Password): on a client of an API that is not a
	// person's, the client's own account on that API, not a user's
	// (prometheus' Pusher{url, username, password} pushing with basic
	// auth).
	Login bool
	// OnlySure rules the match out when a qualifier is not a Sure word:
	// on a User, CustomerName and Name are names, TeamName is not.
	OnlySure bool
	// Not qualifiers rule the match out (ServerAddress, NextPageToken).
	Not []string
	// NotOwner words anywhere in the owning struct's name rule the match
	// out (Server.Username, SMTPServerConfig.Username); NotContext words
	// only where the name ends with them (Organization.Email, not
	// TeamInvite.Email); NotPackage words in the last two elements of its
	// package path (Token in a lexer package).
	NotOwner, NotContext, NotPackage []string
	// Flag and Skip are examples the tests check, written Owner.Field or
	// Owner.Field:kind (text, number, time, bool, composite, interface,
	// other; text when omitted).
	Flag, Skip []string
}

// An owner describes the struct that declares a field.
type owner struct {
	name string   // the type's name, for messages
	head []string // its words without generic suffixes (Request, DTO, Info)
	// pkgHead, for a type named only by a generic word, are the words of
	// its package's name, as its users read it: health.Record is a health
	// record, user.Info a user's.
	pkgHead []string
	words   map[string]bool // all words of the type's name
	pkg     map[string]bool // the words of the last two elements of the package path
	config  bool            // a configuration struct (Config, Settings, Options)
	// apiURL, read from the struct's fields (withFields): it holds the
	// URL of an API (BaseURL, APIURL, Endpoint).
	apiURL bool
}

// newOwner describes a struct type called typeName declared in pkgPath.
func newOwner(typeName, pkgPath string) owner {
	o := owner{name: typeName, words: map[string]bool{}, pkg: map[string]bool{}}
	ws := words(typeName)
	for _, w := range ws {
		o.words[w] = true
		if configWords[w] {
			o.config = true
		}
	}
	// A type named only Opts or Options is what its package's
	// constructor takes: webhook.Opts{EncryptionKey}, s3.Opt{SecretKey}.
	if len(ws) == 1 && optionWords[ws[0]] {
		o.config = true
	}
	elems := strings.Split(pkgPath, "/")
	if len(elems) > 2 {
		elems = elems[len(elems)-2:]
	}
	for _, e := range elems {
		for _, w := range words(e) {
			o.pkg[w] = true
		}
	}
	for len(ws) > 1 && (genericSuffixes[ws[len(ws)-1]] || isNumber(ws[len(ws)-1])) {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 1 && genericSuffixes[ws[0]] && len(elems) > 0 {
		o.pkgHead = words(elems[len(elems)-1])
	}
	o.head = ws
	return o
}

// withFields completes the owner from the struct's fields.
func (o owner) withFields(st *types.Struct) owner {
	if st == nil {
		return o
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		ws := words(f.Name())
		n := len(ws)
		if n == 0 || kindOf(f.Type()) != Text && !isURLType(f.Type()) {
			continue
		}
		if urlWords[ws[n-1]] && allWords(ws[:n-1], apiQualifiers) || n == 2 && ws[0] == "api" && ws[1] == "base" {
			o.apiURL = true
		}
	}
	return o
}

// isURLType reports whether t is a url.URL or a pointer to one.
func isURLType(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/url" && n.Obj().Name() == "URL"
}

// endsWith reports whether the owner's name (generic suffixes dropped)
// ends with one of the words.
func (o owner) endsWith(list []string) bool {
	return endsWith(o.head, list) || endsWith(o.pkgHead, list)
}

func endsWith(head, list []string) bool {
	if len(head) == 0 {
		return false
	}
	last := head[len(head)-1]
	last2 := ""
	if n := len(head); n > 1 {
		last2 = head[n-2] + last
	}
	for _, w := range list {
		if w == last || w == last2 {
			return true
		}
	}
	return false
}

// table indexes the patterns by normalized spelling.
type table struct {
	bySpelling map[string][]*Pattern
}

func newTable(ps []Pattern) *table {
	t := &table{bySpelling: map[string][]*Pattern{}}
	for i := range ps {
		for _, s := range ps[i].Spellings {
			n := normalize(s)
			t.bySpelling[n] = append(t.bySpelling[n], &ps[i])
		}
	}
	return t
}

// match finds the pattern a name fits and how sure it is. A name whose
// longest matching spelling does not apply (wrong kind, ruled out) does
// not fall back to a shorter spelling: ServerIPAddress is not an address.
func (t *table) match(name string, o owner, kind Kind) (*Pattern, Confidence) {
	ws := trim(words(name))
	for k := len(ws); k >= 1; k-- {
		cands := t.bySpelling[join(ws[len(ws)-k:])]
		if len(cands) == 0 {
			continue
		}
		// Two patterns share a spelling only in different contexts
		// (Notes: free text on a ticket, health data on a patient): the
		// surer one decides.
		var best *Pattern
		bestC := None
		for _, p := range cands {
			if p.Kinds&kind == 0 {
				continue
			}
			if c := p.confidence(ws[:len(ws)-k], o); best == nil || c > bestC {
				best, bestC = p, c
			}
		}
		if best == nil {
			return nil, None
		}
		return best, bestC
	}
	return nil, None
}

func (p *Pattern) confidence(qualifiers []string, o owner) Confidence {
	if hasWord(qualifiers, p.Not) || p.OnlySure && !allWords(qualifiers, p.Sure) {
		return None
	}
	for _, w := range p.NotOwner {
		if o.words[w] {
			return None
		}
	}
	if o.endsWith(p.NotContext) {
		return None
	}
	for _, w := range p.NotPackage {
		if o.pkg[w] {
			return None
		}
	}
	c := p.Confidence
	if p.InContext != None {
		ctx := p.Context
		if ctx == nil {
			ctx = personWords
		}
		if o.endsWith(ctx) {
			c = p.InContext
		}
	}
	if hasWord(qualifiers, p.Sure) {
		c = High
	}
	// A configuration struct holds the service's own settings (its
	// support address, its listen address), and a client of an API the
	// key it was issued: its credentials authenticate the service to the
	// APIs it uses (Authorization: Bearer <key> to that provider), which
	// is their purpose, not customer data leaving. Tagged credential,
	// every request such a client sends was a finding. A person's
	// settings (UserSettings.APIKey) and an OAuth client record
	// (OAuthClient.ClientSecret, a tenant's secret) stay.
	if p.Category == category.Credential && !o.person() && (o.config || p.ServiceKey && o.apiClient()) {
		return None
	}
	if p.Login && !o.person() && o.apiClient() {
		return None
	}
	if o.config && p.Category != category.Credential && c > None {
		c--
	}
	return c
}

// apiClient reports whether the owner is a client of an API: named so
// (Client, Provider, Gateway, ...) or holding the API's URL.
func (o owner) apiClient() bool {
	return o.endsWith(clientWords) || o.apiURL
}

// person reports whether a word of the owner's name is a person word:
// UserSettings is a person's.
func (o owner) person() bool {
	for _, w := range personWords {
		if o.words[w] {
			return true
		}
	}
	return false
}

// hasWord reports whether one of the qualifier words, or two adjacent
// ones joined (no_reply), is in list.
func hasWord(qualifiers, list []string) bool {
	if len(list) == 0 {
		return false
	}
	for i, q := range qualifiers {
		for _, w := range list {
			if q == w || i+1 < len(qualifiers) && q+qualifiers[i+1] == w {
				return true
			}
		}
	}
	return false
}

// allWords reports whether every qualifier word is in list, alone or
// joined with a neighbour (emergency_contact).
func allWords(qualifiers, list []string) bool {
	in := func(w string) bool {
		for _, l := range list {
			if l == w {
				return true
			}
		}
		return false
	}
	for i, q := range qualifiers {
		switch {
		case in(q), isNumber(q):
		case i+1 < len(qualifiers) && in(q+qualifiers[i+1]):
		case i > 0 && in(qualifiers[i-1]+q):
		default:
			return false
		}
	}
	return true
}
