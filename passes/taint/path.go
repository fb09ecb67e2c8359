package taint

import (
	"strconv"
	"strings"
)

// Path names a part of a value below a root: a sequence of steps, each a
// field of a struct, the elements of a slice, array or map, what a
// pointer points to, or the buffer of a channel. The empty Path is the
// whole value. Paths match by prefix: a read of a.b sees a write to a.b.c
// and a write to a.
//
// The encoding ("/f3/[]/*/<-") is compact, comparable (paths key memory
// cells and summary entries) and readable in fact wants; only this file
// builds or takes it apart.
type Path string

// The steps of a path other than fields.
const (
	elemStep  Path = "/[]"
	derefStep Path = "/*"
	chanStep  Path = "/<-"
)

// fieldStep is the step into field i of a struct.
func fieldStep(i int) Path { return Path("/f" + strconv.Itoa(i)) }

// maxPathDepth bounds paths; a longer path is cut, which only makes a
// read wider (paths match by prefix). Loops over linked data would
// otherwise grow paths forever.
const maxPathDepth = 4

// then is p extended by q.
func (p Path) then(q Path) Path { return p + q }

// thenCapped is p extended by q, cut to maxPathDepth steps.
func (p Path) thenCapped(q Path) Path {
	s := string(p + q)
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '/' {
			n++
			if n > maxPathDepth {
				return Path(s[:i])
			}
		}
	}
	return Path(s)
}

// overlaps reports whether a read of one part can see a write to the
// other: one path is a prefix of the other.
func (p Path) overlaps(q Path) bool {
	a, b := string(p), string(q)
	if len(a) > len(b) {
		a, b = b, a
	}
	return strings.HasPrefix(b, a) && (len(a) == len(b) || b[len(a)] == '/')
}

// below returns the rest of p under prefix, and whether p is prefix or
// lies under it.
func (p Path) below(prefix Path) (Path, bool) {
	rest, ok := strings.CutPrefix(string(p), string(prefix))
	if !ok || rest != "" && rest[0] != '/' {
		return "", false
	}
	return Path(rest), true
}

// field returns the index of the field p names when p is a single field
// step.
func (p Path) field() (int, bool) {
	s, ok := strings.CutPrefix(string(p), "/f")
	if !ok {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

func (p Path) String() string { return string(p) }
