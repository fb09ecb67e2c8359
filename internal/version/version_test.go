package version

import (
	"runtime"
	"strings"
	"testing"
)

func TestInfo(t *testing.T) {
	for _, tc := range []struct {
		info                 Info
		str, short, semantic string
	}{
		{Info{Version: "v1.2.0", Go: "go1.26.0"}, "privet v1.2.0 (go1.26.0)", "v1.2.0", "1.2.0"},
		{Info{Version: "v0.0.0-20261206095000-0123456789ab", Go: "go1.26.8"},
			"privet v0.0.0-20261206095000-0123456789ab (go1.26.8)", "v0.0.0-20261206095000-0123456789ab", "0.0.0-20261206095000-0123456789ab"},
		{Info{Version: "v0.0.0-20261206095000-0123456789ab+dirty", Revision: "0123456789abcdef", Modified: true, Time: "2026-12-06T09:50:00Z", Go: "go1.26.8"},
			"privet v0.0.0-20261206095000-0123456789ab+dirty (revision 0123456789ab, modified, 2026-12-06T09:50:00Z; go1.26.8)",
			"v0.0.0-20261206095000-0123456789ab+dirty", "0.0.0-20261206095000-0123456789ab+dirty"},
		{Info{Version: "(devel)", Revision: "0123456789abcdef0123", Time: "2026-12-06T09:50:00Z", Modified: true, Go: "go1.26.8"},
			"privet devel (revision 0123456789ab, modified, 2026-12-06T09:50:00Z; go1.26.8)", "devel+0123456789ab.dirty", "0.0.0-devel+0123456789ab.dirty"},
		{Info{Version: "v0.0.0", Replace: "../privet", Go: "go1.26.0"},
			"privet devel (module v0.0.0, replaced by ../privet; go1.26.0)", "devel", "0.0.0-devel"},
		{Info{Version: "(devel)", Go: "go1.26.8"}, "privet devel (go1.26.8)", "devel", "0.0.0-devel"},
	} {
		if got := tc.info.String(); got != tc.str {
			t.Errorf("%+v: String() = %q, want %q", tc.info, got, tc.str)
		}
		if got := tc.info.Short(); got != tc.short {
			t.Errorf("%+v: Short() = %q, want %q", tc.info, got, tc.short)
		}
		if got := tc.info.Semantic(); got != tc.semantic {
			t.Errorf("%+v: Semantic() = %q, want %q", tc.info, got, tc.semantic)
		}
	}
	// A test binary: privet's module is the main module, built from the clone.
	if got := Get(); got.Go != runtime.Version() || !strings.HasPrefix(got.String(), "privet devel (") {
		t.Errorf("Get() = %+v (%s)", got, got)
	}
}
