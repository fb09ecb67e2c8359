// Package directives holds malformed annotations; each is reported where
// it is written and none crashes the analysis.
package directives

type Customer struct {
	Email string `privet:"pii"`
	Blood string `privet:"blood"` // want `unknown category "blood" in privet tag \(known: pii, payment, purchase, location, health, credential; declare others in .privet.yml\)`
	Note  string `privet:""`      // want `empty privet tag`
	Ok    string `privet:"-"`
}

//privet:sensitive // want `//privet:sensitive needs at least one category`
type Empty struct{}

//privet:sanitizer nonsense // want `unknown category "nonsense" in //privet:sanitizer`
func Bad(s string) string { return s }

//privet:sanitizer in=2 // want `//privet:sanitizer in=2 names no parameter of CleanOne \(in=0 is the first parameter after the receiver, in=-1 the receiver\)`
func CleanOne(p *string) {}

//privet:sanitizer pii in=0 // want `//privet:sanitizer in=0: parameter 0 of CleanValue is not a pointer, so the caller's value cannot be cleaned in place`
func CleanValue(s string) {}

//privet:sink // want `//privet:sink needs exactly one kind`
func NoKind(s string) {}

//privet:frobnicate // want `unknown directive //privet:frobnicate \(want sensitive, sanitizer, sink or ignore\)`
func Unknown() {}

//privet:sink ai
func Send(s string) {}

func use(c *Customer) {
	//privet:ignore // want `//privet:ignore needs a reason`
	Send(c.Email) // want `pii data \(Customer.Email\)`
}

func placeholders(c *Customer) {
	//privet:ignore TODO: say why this flow is acceptable // want `//privet:ignore reason "TODO: say why this flow is acceptable" is a placeholder`
	Send(c.Email)
	Send(c.Email) //privet:ignore todo // want `//privet:ignore reason "todo" is a placeholder`
	Send(c.Email) //privet:ignore TODO(ana): reviewed with legal, DPA-7
}

//privet:sanitizer pii // want `//privet:sanitizer must be in the doc comment of a function`
var notAFunc = 1

// Malformed struct tags: reflect.StructTag gives up on them silently, so
// the privet key would be lost without a word.
type Tags struct {
	A string `privet:pii`              // want "malformed struct tag `privet:pii`: the value of privet is not quoted \\(want privet:\"value\", no space after the colon\\), so the privet key is not read; did you mean `privet:\"pii\"`\\?"
	B string `json:"b" privet:"pii`    // want "malformed struct tag `json:\"b\" privet:\"pii`: the value of privet has no closing quote, so the privet key is not read; did you mean `json:\"b\" privet:\"pii\"`\\?"
	C string `privet: "pii"`           // want "malformed struct tag `privet: \"pii\"`: the value of privet is not quoted"
	D string `privte:"pii"`            // want `unknown struct tag key "privte"; did you mean "privet"\?`
	E string `Privet:"pii"`            // want `unknown struct tag key "Privet"; did you mean "privet"\?`
	F string `privet:"pii" privet:"-"` // want `duplicate privet key in struct tag: only the first is read`
	G string `privet:"pi"`             // want `unknown category "pi" in privet tag; did you mean "pii"\?`
	H string `json:"h,omitempty" yaml:h`
	I string `private:"x"`
}

type Base struct{ V string }

// An alias is the type it stands for: the directive would mark nothing.
//
//privet:sensitive pii // want `//privet:sensitive on the alias Alias has no effect`
type Alias = Base

// Near-miss spellings are comments, not directives.
// privet:sensitive pii // want `"// privet:sensitive pii" is not a directive, so it has no effect; did you mean "//privet:sensitive pii"\?`
type Spaced struct{ V string }

/* privet:sink ai */   // want `"/\* privet:sink ai \*/" is not a directive, so it has no effect; did you mean "//privet:sink ai"\?`
func Blocked(s string) {}

// privet :ignore reviewed // want `"// privet :ignore reviewed" is not a directive`
var ignoredSpelling = 1

//privet:sensitve pii // want `unknown directive //privet:sensitve; did you mean //privet:sensitive\?`
type Typo struct{ V string }

// privet: the prose of a comment that starts with privet: is no directive.
type Prose struct{ V string }

// A tab separates the verb from its arguments as a space does.
//
//privet:sensitive	pii
type Tabbed struct{ V string }

//privet:sensitive pii // want `//privet:sensitive above a grouped type declaration marks no type: it must be in the doc comment of one type spec, inside the parentheses`
type (
	GroupA struct{ V string }
	GroupB struct{ W string }
)

//privet:sink "ai" // want "sink kind `\"ai\"` must be a lower case word; did you mean \"ai\"\\?"
func Quoted(s string) {}

//privet:sink AI // want `sink kind "AI" must be a lower case word; did you mean "ai"\?`
func Upper(s string) {}

//privet:sink ia // want `unknown sink kind "ia"; did you mean "ai"\? \(a kind of your own: declare it under sink_kinds: in .privet.yml\)`
func Swapped(s string) {}

//privet:sink crm
func Custom(s string) {}

func useTabbed(t Tabbed) {
	Send(t.V) // want `pii data \(Tabbed.V\)`
}
