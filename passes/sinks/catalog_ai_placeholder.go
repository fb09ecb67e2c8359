package sinks

// aiFamilies is replaced by catalog_ai.go.
var aiFamilies []Family
