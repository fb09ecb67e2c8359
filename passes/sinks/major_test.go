package sinks

import "testing"

// TestSplitMajor checks how a package path is matched against module
// roots written without their major suffix.
func TestSplitMajor(t *testing.T) {
	r := roots{
		"github.com/stripe/stripe-go":     true,
		"github.com/cohere-ai/cohere-go":  true,
		"gopkg.in/segmentio/analytics-go": true,
		"gopkg.in/DataDog/dd-trace-go":    true,
	}
	for _, tc := range []struct {
		path, root, base string
		major            int
	}{
		{"github.com/stripe/stripe-go", "github.com/stripe/stripe-go", "github.com/stripe/stripe-go", 1},
		{"github.com/stripe/stripe-go/v85", "github.com/stripe/stripe-go", "github.com/stripe/stripe-go", 85},
		{"github.com/stripe/stripe-go/v85/customer", "github.com/stripe/stripe-go", "github.com/stripe/stripe-go/customer", 85},
		{"github.com/stripe/stripe-go/customer", "github.com/stripe/stripe-go", "github.com/stripe/stripe-go/customer", 1},
		// Only the element right after the root is a major.
		{"github.com/cohere-ai/cohere-go/v2/v2", "github.com/cohere-ai/cohere-go", "github.com/cohere-ai/cohere-go/v2", 2},
		{"github.com/cohere-ai/cohere-go/client/v2", "github.com/cohere-ai/cohere-go", "github.com/cohere-ai/cohere-go/client/v2", 1},
		// Not majors: v1, v0, leading zeros, letters.
		{"github.com/stripe/stripe-go/v1/x", "github.com/stripe/stripe-go", "github.com/stripe/stripe-go/v1/x", 1},
		{"github.com/stripe/stripe-go/v085", "github.com/stripe/stripe-go", "github.com/stripe/stripe-go/v085", 1},
		{"github.com/stripe/stripe-go/vendor", "github.com/stripe/stripe-go", "github.com/stripe/stripe-go/vendor", 1},
		{"gopkg.in/segmentio/analytics-go.v3", "gopkg.in/segmentio/analytics-go", "gopkg.in/segmentio/analytics-go", 3},
		{"gopkg.in/DataDog/dd-trace-go.v1/ddtrace/tracer", "gopkg.in/DataDog/dd-trace-go", "gopkg.in/DataDog/dd-trace-go/ddtrace/tracer", 1},
		// Outside the catalog, or a module whose name only begins alike.
		{"github.com/stripe/stripe-go-extra/v2", "", "github.com/stripe/stripe-go-extra/v2", 0},
		{"net/http", "", "net/http", 0},
	} {
		root, base, major := r.split(tc.path)
		if root != tc.root || base != tc.base || major != tc.major {
			t.Errorf("split(%q) = %q, %q, %d; want %q, %q, %d", tc.path, root, base, major, tc.root, tc.base, tc.major)
		}
	}
	for _, tc := range []struct {
		root, base string
		major      int
		want       string
	}{
		{"github.com/stripe/stripe-go", "github.com/stripe/stripe-go/customer", 85, "github.com/stripe/stripe-go/v85/customer"},
		{"github.com/stripe/stripe-go", "github.com/stripe/stripe-go/customer", 1, "github.com/stripe/stripe-go/customer"},
		{"github.com/cohere-ai/cohere-go", "github.com/cohere-ai/cohere-go/v2", 2, "github.com/cohere-ai/cohere-go/v2/v2"},
		{"gopkg.in/DataDog/dd-trace-go", "gopkg.in/DataDog/dd-trace-go/ddtrace", 1, "gopkg.in/DataDog/dd-trace-go.v1/ddtrace"},
	} {
		if got := Versioned(tc.root, tc.base, tc.major); got != tc.want {
			t.Errorf("Versioned(%q, %q, %d) = %q, want %q", tc.root, tc.base, tc.major, got, tc.want)
		}
	}
	for root, want := range map[string]bool{
		"github.com/stripe/stripe-go": true, "github.com/stripe/stripe-go/v85": false,
		"gopkg.in/segmentio/analytics-go": true, "gopkg.in/segmentio/analytics-go.v3": false,
	} {
		if got := Unversioned(root); got != want {
			t.Errorf("Unversioned(%q) = %v, want %v", root, got, want)
		}
	}
}
