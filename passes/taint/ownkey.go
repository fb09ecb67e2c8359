package taint

import (
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/privetlint/privet/internal/category"
)

// A client's own key. An API client holds the key the service was
// issued and the base URL of the API it was issued for; setting the key
// as the authorization header of a request to that URL is the key's
// purpose, not customer data leaving:
//
//	req, _ := http.NewRequest("POST", c.BaseURL+"/chat/completions", body)
//	req.Header.Set("Authorization", "Bearer "+c.APIKey)
//
// So a credential read from a field of the struct type the request's
// URL is built from does not go into the header. A key sent anywhere
// else (in the body, to a URL of another type or a constant one) and a
// customer's token (read from a struct the URL does not come from) still
// do.

// authHeaders are the headers that carry a client's key.
var authHeaders = map[string]bool{"authorization": true, "proxy-authorization": true, "x-api-key": true, "api-key": true}

// ownKeyOwner returns, for req.Header.Set(name, v) or Add with name an
// authorization header, the name of the struct type whose field the
// request's URL is built from; or "".
func ownKeyOwner(obj *types.Func, args []ssa.Value) string {
	if obj == nil || obj.Pkg() == nil || obj.Pkg().Path() != "net/http" || obj.Name() != "Set" && obj.Name() != "Add" || len(args) != 3 {
		return ""
	}
	if c, ok := args[1].(*ssa.Const); !ok || c.Value == nil || c.Value.Kind() != constant.String || !authHeaders[strings.ToLower(constant.StringVal(c.Value))] {
		return ""
	}
	load, ok := args[0].(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return ""
	}
	fa, ok := load.X.(*ssa.FieldAddr)
	if !ok {
		return ""
	}
	ext, ok := fa.X.(*ssa.Extract)
	if !ok || ext.Index != 0 {
		return ""
	}
	call, ok := ext.Tuple.(*ssa.Call)
	if !ok {
		return ""
	}
	fn, ok := call.Call.Value.(*ssa.Function)
	if !ok || fn.Pkg == nil || fn.Pkg.Pkg.Path() != "net/http" {
		return ""
	}
	switch fn.Name() {
	case "NewRequest":
		return urlOwner(call.Call.Args[1], 0)
	case "NewRequestWithContext":
		return urlOwner(call.Call.Args[2], 0)
	}
	return ""
}

// urlOwner names the struct type a field of which a URL is built from:
// c.BaseURL, c.BaseURL + "/v1", fmt.Sprintf("%s/v1", c.BaseURL).
func urlOwner(v ssa.Value, depth int) string {
	if depth > 6 {
		return ""
	}
	switch v := v.(type) {
	case *ssa.BinOp:
		if v.Op == token.ADD {
			if o := urlOwner(v.X, depth+1); o != "" {
				return o
			}
			return urlOwner(v.Y, depth+1)
		}
	case *ssa.UnOp:
		if fa, ok := v.X.(*ssa.FieldAddr); ok && v.Op == token.MUL {
			return typeName(fa.X.Type())
		}
	case *ssa.Field:
		return typeName(v.X.Type())
	case *ssa.MakeInterface:
		return urlOwner(v.X, depth+1)
	case *ssa.Convert:
		return urlOwner(v.X, depth+1)
	case *ssa.ChangeType:
		return urlOwner(v.X, depth+1)
	case *ssa.Call:
		if fn, ok := v.Call.Value.(*ssa.Function); ok && fn.Pkg != nil && fn.Pkg.Pkg.Path() == "fmt" && fn.Name() == "Sprintf" && len(v.Call.Args) == 2 {
			for _, a := range varargs(v.Call.Args[1]) {
				if o := urlOwner(a, depth+1); o != "" {
					return o
				}
			}
		}
	}
	return ""
}

var credentialOnly = category.Of(category.Credential)

// withoutOwnKey drops from t the credentials read from a field of the
// struct type owner: the client's own key (see above).
func withoutOwnKey(t set, owner string) set {
	prefix := owner + "."
	own := func(o *origin) bool {
		return !o.isParam() && strings.HasPrefix(o.source, prefix) && o.cats.Minus(credentialOnly).Empty()
	}
	drop := false
	for _, o := range t {
		drop = drop || own(o)
	}
	if !drop {
		return t
	}
	return t.mapped(func(o *origin) *origin {
		if own(o) {
			return nil
		}
		return o
	})
}
