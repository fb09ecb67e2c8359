package taint

import (
	"go/types"
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

// typeStep is the step into the dynamic value of an interface when that
// value has type t (a named type or a pointer to one). An implementation
// applied at an interface call sees its receiver through it, so that a
// caller applies the parts the implementation reads only to values of
// its type: what a httpTool.Name reads says nothing of another Tool.
// Memory cells are addressed without type steps (memory).
func typeStep(t types.Type) Path {
	return "/(" + Path(typeKey(t)) + ")"
}

// typeKey names a named type (through a pointer) in a type step: its
// package path, with '/' as ':' so that it stays one step, and its name.
func typeKey(t types.Type) string {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return types.TypeString(t, nil)
	}
	name := n.Obj().Name()
	if pkg := n.Obj().Pkg(); pkg != nil {
		name = strings.ReplaceAll(pkg.Path(), "/", ":") + "." + name
	}
	return name
}

// memory returns p without its type steps: the path of the memory it
// names.
func (p Path) memory() Path {
	if !strings.Contains(string(p), "/(") {
		return p
	}
	var out strings.Builder
	for _, step := range p.steps() {
		if !strings.HasPrefix(string(step), "/(") {
			out.WriteString(string(step))
		}
	}
	return Path(out.String())
}

// belowMemory is below for a path p with type steps and a memory path
// prefix: the rest of p after the steps of prefix, type steps between
// them skipped.
func (p Path) belowMemory(prefix Path) (Path, bool) {
	if !strings.Contains(string(p), "/(") {
		return p.below(prefix)
	}
	steps, want := p.steps(), prefix.steps()
	i := 0
	for _, w := range want {
		for i < len(steps) && strings.HasPrefix(string(steps[i]), "/(") {
			i++
		}
		if i == len(steps) || steps[i] != w {
			return "", false
		}
		i++
	}
	var rest strings.Builder
	for _, s := range steps[i:] {
		rest.WriteString(string(s))
	}
	return Path(rest.String()), true
}

// upToType returns p up to and including its first type step, or the
// empty path when it has none.
func (p Path) upToType() Path {
	i := strings.Index(string(p), "/(")
	if i < 0 {
		return ""
	}
	j := strings.IndexByte(string(p[i:]), ')')
	if j < 0 {
		return ""
	}
	return p[:i+j+1]
}

// typed returns the key of p's first type step and the rest of p after
// it, or false when p has none.
func (p Path) typed() (key string, after Path, ok bool) {
	i := strings.Index(string(p), "/(")
	if i < 0 {
		return "", "", false
	}
	rest := string(p[i+2:])
	j := strings.IndexByte(rest, ')')
	if j < 0 {
		return "", "", false
	}
	return rest[:j], Path(rest[j+1:]), true
}

// steps splits p into its steps.
func (p Path) steps() []Path {
	var out []Path
	for s := string(p); s != ""; {
		step := s
		if i := strings.IndexByte(s[1:], '/'); i >= 0 {
			step, s = s[:i+1], s[i+1:]
		} else {
			s = ""
		}
		out = append(out, Path(step))
	}
	return out
}

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

// typeAt returns the type of the part of a value of type t that p names,
// and false when p does not describe a value of that type. A field step
// looks through a pointer, as a selector does.
func typeAt(t types.Type, p Path) (types.Type, bool) {
	steps := p.steps()
	for k := 0; k < len(steps); k++ {
		step := steps[k]
		switch u := t.Underlying().(type) {
		case *types.Pointer:
			if step == derefStep {
				t = u.Elem()
				continue
			}
			if _, ok := step.field(); !ok {
				return nil, false
			}
			t = u.Elem() // a selector through the pointer
			k--
		case *types.Struct:
			i, ok := step.field()
			if !ok || i >= u.NumFields() {
				return nil, false
			}
			t = u.Field(i).Type()
		case *types.Slice, *types.Array, *types.Map:
			if step != elemStep {
				return nil, false
			}
			t = u.(interface{ Elem() types.Type }).Elem()
		case *types.Chan:
			if step != chanStep {
				return nil, false
			}
			t = u.Elem()
		default:
			return nil, false
		}
	}
	return t, true
}
