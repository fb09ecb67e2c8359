package annotations_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/privetlint/privet/passes/annotations"
)

func TestFacts(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, annotations.Analyzer, "annotated")
}

func TestFieldCategories(t *testing.T) {
	for _, tc := range []struct {
		tag    string
		want   string
		optOut bool
	}{
		{`privet:"pii"`, "pii", false},
		{`json:"email" privet:"payment,pii"`, "pii,payment", false},
		{`privet:"-"`, "", true},
		{`json:"x"`, "", false},
	} {
		cats, optOut := annotations.FieldCategories(tc.tag)
		if cats.String() != tc.want || optOut != tc.optOut {
			t.Errorf("FieldCategories(%s) = %q, %v; want %q, %v", tc.tag, cats, optOut, tc.want, tc.optOut)
		}
	}
}
