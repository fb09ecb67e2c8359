// Stub of google.golang.org/grpc@v1.85.0 (package metadata) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package metadata

type MD map[string][]string
