// Package track sends product analytics.
package track

// Event records an event with properties.
//
//privet:sink analytics
func Event(name string, props map[string]string) {}
