package taint

// ordered is a map that remembers the order in which keys were first
// added, so that what is built from it comes out the same every run.
type ordered[K comparable, V any] struct {
	m    map[K]V
	keys []K
}

func (o *ordered[K, V]) get(k K) (V, bool) {
	v, ok := o.m[k]
	return v, ok
}

// put sets the value of k; a new key goes last.
func (o *ordered[K, V]) put(k K, v V) {
	if o.m == nil {
		o.m = map[K]V{}
	}
	if _, ok := o.m[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.m[k] = v
}

// values lists the values in the order their keys were added.
func (o *ordered[K, V]) values() []V {
	out := make([]V, 0, len(o.keys))
	for _, k := range o.keys {
		out = append(out, o.m[k])
	}
	return out
}
