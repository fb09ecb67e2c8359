// Stub of go.opentelemetry.io/otel@v1.47.0 (package attribute) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package attribute

type Key string

type Value struct {
	vtype    int
	numeric  uint64
	stringly string
	slice    any
}

func StringValue(v string) Value { return Value{vtype: 4, stringly: v} }

type KeyValue struct {
	Key   Key
	Value Value
}

func (k Key) String(v string) KeyValue { return KeyValue{Key: k, Value: StringValue(v)} }

func String(k, v string) KeyValue { return Key(k).String(v) }

func Int(k string, v int) KeyValue {
	return KeyValue{Key: Key(k), Value: Value{vtype: 2, numeric: uint64(v)}}
}

func Bool(k string, v bool) KeyValue { return KeyValue{Key: Key(k), Value: Value{vtype: 1}} }
