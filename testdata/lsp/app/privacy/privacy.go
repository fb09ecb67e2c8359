// Package privacy holds the approved sanitizers.
package privacy

import "strings"

// MaskEmail keeps the first letter and the domain of an address.
//
//privet:sanitizer pii
func MaskEmail(s string) string {
	at := strings.LastIndexByte(s, '@')
	if at < 1 {
		return "***"
	}
	return s[:1] + "***" + s[at:]
}
