// Stub of github.com/twilio/twilio-go@v1.31.0 (package client) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package client

type RequestHandler struct {
	Edge   string
	Region string
}
