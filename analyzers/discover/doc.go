// Package discover finds what privet should know and is not told: struct
// fields that look like customer data but carry no privet annotation, and
// interface methods whose implementations send but that are not sinks.
//
// privetdiscover: report unmarked struct fields that look like customer data and unmarked interface sinks
//
// privet only traces what is marked; a codebase with no annotations gets
// no findings. privetdiscover reports struct fields whose name, tag name
// (json, db, bson, yaml, xml, form, gorm column, protobuf name) or type
// strongly suggests one of the categories (pii, payment, purchase,
// location, health, credential) and that carry no privet tag, are not
// covered by a .privet.yml source rule, are not of a //privet:sensitive
// type, and were not reviewed with privet:"-":
//
//	field Customer.Phone looks like pii (name "Phone") but is not marked; add privet:"pii" or privet:"-"
//
// Each report carries two suggested fixes: add the category to the
// field's tag (merged into an existing tag string), or mark the field
// reviewed with privet:"-". "privet annotate" applies the first across a
// module.
//
// Names are split into words (camelCase, acronyms, snake_case,
// kebab-case), Cyrillic is transliterated (ФИО, Телефон), and a table of
// patterns with a confidence each decides; the owning struct's name
// (Name is pii on User, not on Product; configuration structs lower the
// confidence of everything but credentials) and the field's type
// (EmailVerified bool is not an email) refine it. The service's own keys
// are not reported: those of a configuration or Opts struct, a key, a
// login or a password on a client of an API (named Client or Provider,
// or holding the API's URL) and a key in an unexported field. Nor is health in infrastructure
// code: a struct-valued field whose struct exports nothing and holds no
// text is a component's state (a health check's), not a record.
// Generated files,
// _test.go files, fields of structs declared inside functions and
// embedded fields are not reported.
//
// It also reports exported methods that send a parameter to a sink and
// implement a method of an interface declared in a direct import (outside
// the standard library and the catalog's SDKs) that is not a sink: calls
// through that interface in packages that cannot see the implementation
// are not checked until the interface method is marked //privet:sink.
//
//	method openai.Client.Complete sends its arguments to an AI service (openai Chat.Completions.New) and implements llm.Client, whose calls are checked only where this implementation is in scope; mark llm.Client.Complete with //privet:sink ai
//
// The same fields are provisional sources of the privet analyzer while
// nothing declares a source (discover.sources: auto; always or never
// otherwise, -privetdiscover.sources=MODE for one run): a finding from one
// says "unmarked: looks like pii" after the field's name.
//
// Configure it in .privet.yml:
//
//	discover:
//	  enabled: true              # false turns the analyzer off
//	  min_confidence: medium     # low, medium (default) or high
//	  sources: auto              # provisional sources: auto (default), always or never
//	  ignore: [Lexer.Token, "*.Secret", "/^Audit\\./"]
package discover
