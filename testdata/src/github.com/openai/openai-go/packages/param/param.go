// Stub of github.com/openai/openai-go@v1.12.0 for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package param

type status int8

const included status = 2

type Opt[T comparable] struct {
	Value  T
	status status
}

func NewOpt[T comparable](v T) Opt[T] { return Opt[T]{Value: v, status: included} }

func (o Opt[T]) Valid() bool { return o.status == included }

func (o Opt[T]) Or(v T) T {
	if o.Valid() {
		return o.Value
	}
	return v
}

type metadata struct{ any }

type APIObject struct{ metadata }

type APIUnion struct{ metadata }
