// Stub of google.golang.org/api@v0.218.0 (package internal) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package internal

type DialSettings struct {
	Endpoint string
	APIKey   string
}
