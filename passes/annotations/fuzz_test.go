package annotations

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/privetlint/privet/internal/category"
	"github.com/privetlint/privet/passes/config"
)

// FuzzTag: the struct tag check agrees with reflect.StructTag (a tag it
// finds well formed is one reflect reads every key of, so a privet key
// in it is not lost), never panics, and says what it says on one line
// of bounded length.
func FuzzTag(f *testing.F) {
	for _, s := range []string{
		`privet:"pii"`, `privet:pii`, `json:"e" privet:"pii`, `privet: "pii"`, `privte:"pii"`,
		`Privet:"pii"`, `privet:"pii" privet:"-"`, `json:"a,omitempty" db:"a"`, `privet:"\x"`,
		`privet="pii"`, "privet:\"pii\"\x00", ` privet:"a b" `, `:"x"`, `a:"\"privet:\"pii\""`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, tag string) {
		keys, errMsg := scanTag(tag)
		if errMsg == "" {
			for _, k := range keys {
				if _, ok := reflect.StructTag(tag).Lookup(k); !ok {
					t.Fatalf("scanTag(%q) reads key %q, reflect does not", tag, k)
				}
			}
			if strings.Contains(tag, `privet:"`) && !containsKey(keys, "privet") {
				// reflect may still find it (it scans the same way):
				if _, ok := reflect.StructTag(tag).Lookup("privet"); ok {
					t.Fatalf("scanTag(%q) misses the privet key reflect reads", tag)
				}
			}
		}
		msg := tagProblem(tag)
		if _, ok := reflect.StructTag(tag).Lookup("privet"); !ok && msg == "" && errMsg != "" && strings.Contains(strings.ToLower(tag), "privet") {
			t.Fatalf("tag %q mentions privet, reflect cannot read it, and nothing is said", tag)
		}
		checkMessage(t, msg)
		if fix := repairTag(tag); fix != "" {
			if _, ok := reflect.StructTag(fix).Lookup("privet"); !ok {
				t.Fatalf("repairTag(%q) = %q, which reflect cannot read the privet key of", tag, fix)
			}
		}
	})
}

func containsKey(keys []string, k string) bool {
	for _, x := range keys {
		if x == k {
			return true
		}
	}
	return false
}

func checkMessage(t *testing.T, msg string) {
	t.Helper()
	if strings.Contains(msg, "\n") || len(msg) > 600 {
		t.Fatalf("message on several lines or unbounded (%d bytes): %.200q", len(msg), msg)
	}
}

// FuzzDirectives runs the annotation reader on a Go file holding the
// input as comments, a struct tag and a directive's arguments: no input
// makes it panic, and every problem is at a position in the file, on one
// line of bounded length.
func FuzzDirectives(f *testing.F) {
	for _, s := range []string{
		"//privet:sensitive pii", "// privet:sensitive pii", "/* privet:sink ai */", "//privet:sink \"ai\"",
		"//privet:sensitive\tpii", "//privet:sensitve pii", "//privet :ignore x", "//privet:ignore",
		"//privet:sink ia", "//Privet:sanitizer", "//privet:", "//privet:sink a b", "// privet: prose here",
	} {
		f.Add(s, `privet:"pii"`, "type T struct{ V string }")
	}
	f.Add("//privet:sensitive pii", `privet:pii`, "type T = struct{ V string }")
	f.Add("//privet:sensitive pii", `json:"e" privet:"pii`, "type (\n\tA struct{}\n\tB struct{}\n)")
	f.Add("//privet:sanitizer pii", `privte:"pii"`, "func F(s string) string { return s }")
	f.Fuzz(func(t *testing.T, comment, tag, decl string) {
		if strings.ContainsAny(comment, "\n\r") || strings.Contains(comment, "*/") && strings.HasPrefix(comment, "//") {
			comment = strings.NewReplacer("\n", " ", "\r", " ").Replace(comment)
		}
		if !strings.HasPrefix(comment, "//") && !strings.HasPrefix(comment, "/*") {
			comment = "//" + comment
		}
		if strings.HasPrefix(comment, "/*") && !strings.HasSuffix(comment, "*/") {
			comment += "*/"
		}
		src := "package p\n\n" + comment + "\n" + decl + "\n\ntype S struct {\n\tF string `" + strings.ReplaceAll(tag, "`", "") + "`\n}\n\n" + comment + "\nfunc G() {}\n"
		fset := token.NewFileSet()
		file, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return // not Go: the compiler reports it
		}
		info := &types.Info{Defs: map[*ast.Ident]types.Object{}, Types: map[ast.Expr]types.TypeAndValue{}}
		conf := types.Config{Importer: importer.Default(), Error: func(error) {}}
		pkg, _ := conf.Check("p", fset, []*ast.File{file}, info)
		if pkg == nil {
			return
		}
		res := &Result{
			types:      map[*types.TypeName]category.Set{},
			sanitizers: map[*types.Func]category.Set{},
			sinks:      map[*types.Func]string{},
			ignored:    map[string]map[int]token.Pos{},
		}
		pass := &analysis.Pass{
			Fset: fset, Files: []*ast.File{file}, Pkg: pkg, TypesInfo: info,
			ExportObjectFact: func(types.Object, analysis.Fact) {},
			ReadFile:         func(string) ([]byte, error) { return []byte(src), nil },
		}
		r := reader{pass: pass, res: res, cfg: &config.Config{}}
		r.file(file)
		tf := fset.File(file.Pos())
		for _, p := range res.Problems {
			if !p.Pos.IsValid() || int(p.Pos) < tf.Base() || int(p.Pos) > tf.Base()+tf.Size() {
				t.Fatalf("problem without a position in the file: %q", p.Message)
			}
			checkMessage(t, p.Message)
		}
	})
}
