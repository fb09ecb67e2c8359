package taint

import (
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/privetlint/privet/internal/category"
	"github.com/privetlint/privet/internal/funcname"
)

// sanitize handles a call of a sanitizer: its result is clean for its
// categories (all of them when cats is empty). The arguments themselves
// stay as tainted as they were.
func (st *fnState) sanitize(args []ssa.Value, cats category.Set, v *ssa.Call) {
	if v == nil || cats.Empty() {
		return // a sanitizer for every category: the result is clean
	}
	for _, a := range args {
		st.addVal(v, st.deep(a).mapped(func(o *origin) *origin { return o.sanitized(cats) }))
	}
}

// cleanedBy says what a function's result is clean of: the categories
// of a sanitizer (all when it lists none), nothing for other functions.
func (a *pkgAnalysis) cleanedBy(obj *types.Func) cleaned {
	cats, ok := a.ann.SanitizerCategories(obj)
	if !ok {
		cats, ok = a.cfg.Sanitizer(obj)
	}
	if !ok && builtinSanitizer(obj) {
		cats, ok = nil, true
	}
	if !ok {
		return cleaned{}
	}
	return cleaned{all: cats.Empty(), cats: cats}
}

// sanitizerIn lists the parameters whose pointees a sanitizer cleans
// in place (//privet:sanitizer in=N, or a policy rule's in:).
func (a *pkgAnalysis) sanitizerIn(obj *types.Func) []int {
	if obj == nil {
		return nil
	}
	if _, ok := a.ann.SanitizerCategories(obj); ok {
		return a.ann.SanitizerIn(obj)
	}
	return a.cfg.SanitizerIn(obj)
}

// builtinSanitizers are standard library functions whose results are safe
// for every category: digests, MACs and authenticated ciphertext. Keyed by
// package path, then "Func" or "Recv.Method".
var builtinSanitizers = map[string]map[string]bool{
	"crypto/sha256":                      {"Sum256": true, "Sum224": true},
	"crypto/sha512":                      {"Sum512": true, "Sum384": true, "Sum512_224": true, "Sum512_256": true},
	"crypto/sha1":                        {"Sum": true},
	"crypto/md5":                         {"Sum": true},
	"crypto/sha3":                        {"Sum224": true, "Sum256": true, "Sum384": true, "Sum512": true},
	"hash":                               {"Hash.Sum": true, "Hash32.Sum32": true, "Hash64.Sum64": true},
	"crypto/hmac":                        {"Equal": true},
	"crypto/cipher":                      {"AEAD.Seal": true},
	"golang.org/x/crypto/nacl/box":       {"Seal": true, "SealAnonymous": true, "SealAfterPrecomputation": true},
	"golang.org/x/crypto/nacl/secretbox": {"Seal": true},
	"golang.org/x/crypto/bcrypt":         {"GenerateFromPassword": true},
	"golang.org/x/crypto/argon2":         {"Key": true, "IDKey": true},
	"filippo.io/age":                     {"Encrypt": true},
}

// builtinSanitizer reports whether fn is one of the built-in sanitizers.
func builtinSanitizer(fn *types.Func) bool {
	if fn.Pkg() == nil {
		return false
	}
	names := builtinSanitizers[fn.Pkg().Path()]
	if names == nil {
		return false
	}
	name := fn.Name()
	if recv := funcname.Receiver(fn); recv != "" {
		name = recv + "." + name
	}
	return names[name]
}
