package report

import "testing"

func TestProvisionalMessages(t *testing.T) {
	for _, tc := range []struct{ msg, declared string }{
		{"pii data (User.Email, unmarked: looks like pii) reaches an AI service (openai Chat.Completions.New) without an approved sanitizer",
			"pii data (User.Email) reaches an AI service (openai Chat.Completions.New) without an approved sanitizer"},
		{"pii,location data (User.Email, unmarked: looks like pii, User.Home, unmarked: looks like pii,location) reaches x",
			"pii,location data (User.Email, User.Home) reaches x"},
		{"pii data (Customer.Email) reaches x", "pii data (Customer.Email) reaches x"},
	} {
		if got := Declared(tc.msg); got != tc.declared {
			t.Errorf("Declared(%q) = %q, want %q", tc.msg, got, tc.declared)
		}
		if got, want := IsProvisional(tc.msg), tc.msg != tc.declared; got != want {
			t.Errorf("IsProvisional(%q) = %v", tc.msg, got)
		}
	}
}
