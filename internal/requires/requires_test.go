package requires_test

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/privetlint/privet/internal/requires"
)

type number struct{ n int }

func TestResult(t *testing.T) {
	one := &analysis.Analyzer{Name: "one", ResultType: reflect.TypeOf((*number)(nil))}
	two := &analysis.Analyzer{Name: "two", ResultType: reflect.TypeOf("")}
	top := &analysis.Analyzer{Name: "top", Requires: []*analysis.Analyzer{two, one}}
	pass := &analysis.Pass{Analyzer: top, ResultOf: map[*analysis.Analyzer]any{one: &number{1}, two: "two"}}
	if got := requires.Result[*number](pass); got.n != 1 {
		t.Errorf("Result[*number] = %v, want the result of one", got)
	}
	if got := requires.Result[string](pass); got != "two" {
		t.Errorf("Result[string] = %q, want the result of two", got)
	}
	defer func() {
		if r := recover(); r == nil || !strings.Contains(r.(string), "top requires no analyzer with a int result") {
			t.Errorf("Result[int] panicked with %v, want a message naming top", r)
		}
	}()
	requires.Result[int](pass)
}
