package category

import "testing"

// TestClean: a marked cleaning keeps the categories it marks, with the
// sanitizer's name; a later sanitizer replaces an earlier mark; a
// category removed stays removed (issue 22: deny and require rules).
func TestClean(t *testing.T) {
	for _, tc := range []struct{ cats, clean, want string }{
		{"pii,location", "pii", "location"},
		{"pii,location", "location~geo.Round", "pii,location~geo.Round"},
		{"location~geo.Round", "location~geo.Coarsen", "location~geo.Coarsen"},
		{"location~geo.Round", "location", ""},
		{"pii,health", "*~crypto/sha256.Sum256", "pii~crypto/sha256.Sum256,health~crypto/sha256.Sum256"},
		{"pii,health", "health~x.Redact,*", "health~x.Redact"},
	} {
		if got := Parse(tc.cats).Clean(Parse(tc.clean)).String(); got != Of(Parse(tc.want)...).String() {
			t.Errorf("%s cleaned by %s = %q, want %q", tc.cats, tc.clean, got, tc.want)
		}
	}
}

// TestThen: composing two cleanings is cleaning by one, then the other,
// for every set of categories.
func TestThen(t *testing.T) {
	cleanings := []string{"", "pii", "location~g.R", "location~g.C", "*", "*~h.S", "health~x.R,*", "pii,*~h.S", "location,health~x.R"}
	values := []string{"pii", "location", "health", "pii,location,health", "location~g.R", "purchase,health~x.R"}
	for _, a := range cleanings {
		for _, b := range cleanings {
			for _, v := range values {
				x := Parse(v)
				want := x.Clean(Parse(a)).Clean(Parse(b))
				if got := x.Clean(Parse(a).Then(Parse(b))); !got.Equal(want) {
					t.Errorf("%s cleaned by (%s then %s = %s) = %q, want %q", v, a, b, Parse(a).Then(Parse(b)), got, want)
				}
			}
		}
	}
}
