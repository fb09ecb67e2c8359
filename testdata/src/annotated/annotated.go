// Package annotated shows the facts the annotations pass exports. // want package:"declares sources"
package annotated

//privet:sink ai
func Send(s string) {} // want Send:`sink\(ai\)`

//privet:sanitizer pii,payment
func Mask(s string) string { return "" } // want Mask:`sanitizer\(pii,payment\)`

//privet:sanitizer
func Redact(s string) string { return "" } // want Redact:`sanitizer\(\)`

//privet:sensitive health
type Diagnosis struct{ Code string } // want Diagnosis:`sensitive\(health\)`

type Assistant interface {
	//privet:sink ai
	Ask(prompt string) string // want Ask:`sink\(ai\)`
}
