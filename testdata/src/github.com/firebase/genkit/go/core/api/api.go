// Stub of github.com/firebase/genkit/go@v1.4.0 (package api) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package api

// Registry holds actions and values (trimmed).
type Registry interface {
	NewChild() Registry
	IsChild() bool
}

// Plugin is a Genkit plugin (trimmed).
type Plugin interface {
	Name() string
}
