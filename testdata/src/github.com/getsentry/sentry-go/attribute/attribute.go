// Stub of github.com/getsentry/sentry-go@v0.50.0 (package attribute) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package attribute

type Builder struct {
	Key   string
	Value Value
}

type Value struct {
	stringly string
	numeric  uint64
}

func StringValue(v string) Value { return Value{stringly: v} }

func String(key, value string) Builder { return Builder{key, StringValue(value)} }

func Int64(key string, value int64) Builder { return Builder{key, Value{numeric: uint64(value)}} }
