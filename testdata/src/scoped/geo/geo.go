// Package geo has two location sanitizers; the policy requires Coarsen
// for analytics.
package geo

//privet:sanitizer location
func Coarsen(gps string) string { return "" }

//privet:sanitizer location
func Round(gps string) string { return "" }

// City is a helper that cleans with Coarsen: callers of City are clean
// for analytics too (the sanitizer is remembered through the summary).
func City(gps string) string { return Coarsen(gps) }

// Nearby cleans with Round.
func Nearby(gps string) string { return Round(gps) }
