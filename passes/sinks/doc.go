// Package sinks recognises calls that send data out of the process.
//
// privetsinks: match calls against privet's sink catalog and //privet:sink annotations
//
// The catalog is Go data, one file per SDK family (catalog_nethttp.go,
// catalog_openai.go, ...). Each entry names a function, method or interface
// method and the arguments that carry the payload. Functions and methods
// annotated //privet:sink are sinks too. The pass reports nothing: its
// Result is a *Matcher that the taint pass consults at every call.
package sinks
