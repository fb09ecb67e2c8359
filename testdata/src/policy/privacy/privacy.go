// Package privacy holds sanitizers declared in the policy file.
package privacy

func MaskPhone(s string) string { return "***" }
func MaskAll(s string) string   { return "***" }

// ScrubPhone blanks the phone number p points to.
func ScrubPhone(p *string) { *p = "" }
