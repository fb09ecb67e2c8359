package precise

import (
	"fmt"
	"regexp"
	"strings"
)

// Failure is a finding about a customer's resources; Name is what a
// masking pass replaces in Text before the text goes to a model.
type Failure struct {
	Text  string
	Name  string `privet:"pii"`
	Alias string
}

// What a replace takes out of the text is not in its result: masking
// the name (with strings or with a regexp built from it) sends no name.
func maskedName(f Failure) {
	Send(strings.ReplaceAll(f.Text, f.Name, "***"))
	Send(strings.Replace(f.Text, f.Name, f.Alias, -1))
	Send(strings.TrimPrefix(f.Text, f.Name))
	before, after, _ := strings.Cut(f.Text, f.Name)
	Send(before, after)
	re := regexp.MustCompile(fmt.Sprintf(`%s(\b)`, regexp.QuoteMeta(f.Name)))
	if re.MatchString(f.Text) {
		Send(re.ReplaceAllString(f.Text, f.Alias))
	}
}

// The replacement, the text itself, and the regexp's pattern printed
// back are still what they carry.
func unmaskedName(f Failure) {
	Send(strings.ReplaceAll(f.Text, "{name}", f.Name)) // want `pii data \(Failure.Name\)`
	Send(strings.ReplaceAll(f.Name, "@", " at "))      // want `pii data \(Failure.Name\)`
	Send(strings.TrimPrefix(f.Name, "Dr. "))           // want `pii data \(Failure.Name\)`
	re := regexp.MustCompile(regexp.QuoteMeta(f.Name))
	Send(re.ReplaceAllString(f.Text, f.Name)) // want `pii data \(Failure.Name\)`
	Send(re.String())                         // want `pii data \(Failure.Name\)`
}
