package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/privetlint/privet/internal/host/baseline"
	"github.com/privetlint/privet/internal/host/report"
	"github.com/privetlint/privet/internal/host/vetjson"
)

// converter turns go vet's diagnostics and errors into report values,
// with file names relative to the working directory.
type converter struct {
	wd      string
	pkgDirs map[string]string // package path -> directory
	// modules maps the directory of each dependency module (a version
	// in the module cache) to "path@version"; std maps the directory of
	// each standard package to its import path.
	modules map[string]string
	std     map[string]string
}

func newConverter(wd string) *converter {
	return &converter{wd: wd, pkgDirs: map[string]string{}, modules: map[string]string{}, std: map[string]string{}}
}

// addModule records where a listed package's files are, for rel.
func (c *converter) addModule(lp listedPackage) {
	switch {
	case lp.Standard && lp.Dir != "":
		c.std[lp.Dir] = lp.ImportPath
	case lp.Module != nil && !lp.Module.Main && lp.Module.Version != "" && lp.Module.Dir != "":
		c.modules[lp.Module.Dir] = lp.Module.Path + "@" + lp.Module.Version
	}
}

// rel names a file for the output: relative to the working directory,
// slash separated; a file of a dependency module in the module cache as
// "module@version/dir/file.go", and one of the standard library as
// "importpath/file.go", rather than a climb out of the working
// directory ("../../../root/go/pkg/mod/...").
func (c *converter) rel(name string) string {
	if filepath.IsAbs(name) {
		if ip, ok := c.std[filepath.Dir(name)]; ok {
			return ip + "/" + filepath.Base(name)
		}
		for d := filepath.Dir(name); ; d = filepath.Dir(d) {
			if mv, ok := c.modules[d]; ok {
				r, _ := filepath.Rel(d, name)
				return mv + "/" + filepath.ToSlash(r)
			}
			if d == filepath.Dir(d) {
				break
			}
		}
		if r, err := filepath.Rel(c.wd, name); err == nil {
			name = r
		}
	}
	return filepath.ToSlash(name)
}

// elsewhere matches the position a trace step inside another package
// carries in its message: "read User.Email (example.com/m/a/a.go:12:3)".
var elsewhere = regexp.MustCompile(`^(.*) \(([^\s()]+)/([^\s()/]+\.go):(\d+):(\d+)\)$`)

// step converts one related information entry. A step in another
// package is placed at its own file when that package was listed.
func (c *converter) step(r vetjson.Related) report.Step {
	name, line, col, _ := vetjson.SplitPosn(r.Posn)
	s := report.Step{Location: report.Location{File: c.rel(name), Line: line, Column: col}, Message: r.Message}
	if m := elsewhere.FindStringSubmatch(r.Message); m != nil {
		if dir, ok := c.pkgDirs[m[2]]; ok {
			line, _ := strconv.Atoi(m[4])
			col, _ := strconv.Atoi(m[5])
			s.Location = report.Location{File: c.rel(filepath.Join(dir, m[3])), Line: line, Column: col}
			s.Message = m[1]
		}
	}
	return s
}

// finding converts a go vet diagnostic of package pkg. Positions are
// go vet's, as written (after a //line directive, the file and line it
// names, and column 0 when it names none); the Go files they point
// into are read, once each, for the enclosing function, the leaking
// argument and the fixes' line and column. ok is false for a
// diagnostic without a position.
func (c *converter) finding(pkg string, files *sourceFiles, vd vetjson.Diagnostic) (*report.Finding, bool) {
	name, line, col, ok := vetjson.SplitPosn(vd.Posn)
	if !ok {
		return nil, false
	}
	f := &report.Finding{
		Location: report.Location{File: c.rel(name), Line: line, Column: col},
		Category: vd.Category,
		Message:  vd.Message,
		Package:  pkg,
	}
	if ename, eline, ecol, ok := vetjson.SplitPosn(vd.End); ok && ename == name && eline > 0 {
		f.End = &report.End{Line: eline, Column: ecol}
	}
	for _, r := range vd.Related {
		f.Trace = append(f.Trace, c.step(r))
	}
	for _, sf := range vd.SuggestedFixes {
		if fix, ok := c.fix(files, sf); ok {
			f.Fixes = append(f.Fixes, fix)
		}
	}
	if src := files.get(name); src.ast != nil && col > 0 {
		pos := src.pos(line, col)
		if fd := src.enclosingFunc(pos); fd != nil {
			f.Function = funcName(fd)
		}
		if call := src.calls[pos]; call != nil {
			var related []token.Pos
			for _, r := range vd.Related {
				if rname, rline, rcol, ok := vetjson.SplitPosn(r.Posn); ok && rname == name && rcol > 0 {
					related = append(related, src.pos(rline, rcol))
				}
			}
			f.Argument = src.argument(call, pos, related)
		}
	}
	// A provisional finding keys as it will once its fields are tagged.
	f.Provisional = report.IsProvisional(f.Message)
	f.Fingerprint = baseline.Fingerprint(f.Package, f.Function, f.File, f.Category, report.Declared(f.Message), f.Argument)
	return f, true
}

// fix converts a suggested fix. A fix is refused (ok false) unless every
// edit is in a Go file that can be read and fits it: go vet names the
// file a //line directive gives for an edit, with offsets in the Go
// file, and applying that would corrupt the other file.
func (c *converter) fix(files *sourceFiles, sf vetjson.Fix) (report.Fix, bool) {
	fix := report.Fix{Message: sf.Message}
	for _, e := range sf.Edits {
		if !strings.HasSuffix(e.Filename, ".go") {
			return fix, false
		}
		src := files.get(e.Filename)
		end := max(e.End, e.Start)
		if src.tf == nil || e.Start < 0 || end > src.tf.Size() {
			return fix, false
		}
		start, stop := src.offset(e.Start), src.offset(end)
		fix.Edits = append(fix.Edits, report.Edit{File: c.rel(e.Filename), Start: start, End: stop, New: e.New})
	}
	return fix, len(fix.Edits) > 0
}

// sourceFiles reads, once each, the files diagnostics point into.
type sourceFiles struct {
	mu    sync.Mutex
	fset  *token.FileSet
	files map[string]*sourceFile
}

// sourceFile is a file a diagnostic points into, indexed once so that
// each diagnostic costs a lookup, not a walk of the file: 10,000
// findings in one function took the standalone command minutes when
// each walked the syntax tree (astutil.PathEnclosingInterval).
type sourceFile struct {
	src []byte
	tf  *token.File // nil: the file cannot be read
	// For a Go file that parses:
	ast   *ast.File
	funcs []*ast.FuncDecl             // in source order
	calls map[token.Pos]*ast.CallExpr // the innermost call starting at each position
}

func newSourceFiles() *sourceFiles {
	return &sourceFiles{fset: token.NewFileSet(), files: map[string]*sourceFile{}}
}

// get returns the file, read and indexed on first use.
func (s *sourceFiles) get(name string) *sourceFile {
	s.mu.Lock()
	defer s.mu.Unlock()
	if f, ok := s.files[name]; ok {
		return f
	}
	f := &sourceFile{}
	s.files[name] = f
	src, err := os.ReadFile(name)
	if err != nil {
		return f
	}
	f.src = src
	if strings.HasSuffix(name, ".go") {
		if file, err := parser.ParseFile(s.fset, name, src, parser.SkipObjectResolution); err == nil {
			f.ast, f.tf = file, s.fset.File(file.FileStart)
			f.index()
			return f
		}
	}
	f.tf = s.fset.AddFile(name, -1, len(src))
	f.tf.SetLinesForContent(src)
	return f
}

// index records the file's function declarations and calls.
func (f *sourceFile) index() {
	f.calls = map[token.Pos]*ast.CallExpr{}
	for _, d := range f.ast.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok {
			f.funcs = append(f.funcs, fd)
		}
	}
	ast.Inspect(f.ast, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			// f(x)(y): both calls start at f; the inner one ends first.
			if prev := f.calls[call.Pos()]; prev == nil || call.End() < prev.End() {
				f.calls[call.Pos()] = call
			}
		}
		return true
	})
}

// pos converts a line and a (1-based, byte) column; the position does
// not depend on //line directives.
func (f *sourceFile) pos(line, col int) token.Pos {
	if f.tf == nil || line < 1 || line > f.tf.LineCount() {
		return token.NoPos
	}
	off := f.tf.Offset(f.tf.LineStart(line)) + max(col, 1) - 1
	if off > f.tf.Size() {
		return token.NoPos
	}
	return f.tf.Pos(off)
}

// offset converts a byte offset into the file to a report offset, with
// the line and column of the file itself (//line directives aside).
func (f *sourceFile) offset(off int) report.Offset {
	p := f.tf.PositionFor(f.tf.Pos(off), false)
	return report.Offset{Line: p.Line, Column: p.Column, Offset: off}
}

// enclosingFunc returns the function declaration holding pos, or nil.
func (f *sourceFile) enclosingFunc(pos token.Pos) *ast.FuncDecl {
	i := sort.Search(len(f.funcs), func(i int) bool { return f.funcs[i].End() >= pos })
	if i < len(f.funcs) && f.funcs[i].Pos() <= pos {
		return f.funcs[i]
	}
	return nil
}

// argument is the text of the call's arguments that the trace passes
// through (the leaking argument: a related position inside it other than
// the call's own, at), or of the callee when the trace names no position
// inside an argument. Spaces are normalised, so reformatting does not
// change it.
func (f *sourceFile) argument(call *ast.CallExpr, at token.Pos, related []token.Pos) string {
	text := func(n ast.Node) string {
		start, end := f.tf.Offset(n.Pos()), f.tf.Offset(n.End())
		if end > len(f.src) {
			return ""
		}
		return strings.Join(strings.Fields(string(f.src[start:end])), " ")
	}
	var parts []string
	for _, arg := range call.Args {
		for _, r := range related {
			if r != at && arg.Pos() <= r && r < arg.End() {
				parts = append(parts, text(arg))
				break
			}
		}
	}
	if len(parts) == 0 {
		return text(call.Fun)
	}
	return strings.Join(parts, ", ")
}

// funcName names a declared function: "F", or "T.M" for a method.
func funcName(fd *ast.FuncDecl) string {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return fd.Name.Name
	}
	t := fd.Recv.List[0].Type
	for {
		switch x := t.(type) {
		case *ast.StarExpr:
			t = x.X
			continue
		case *ast.IndexExpr:
			t = x.X
			continue
		case *ast.IndexListExpr:
			t = x.X
			continue
		case *ast.ParenExpr:
			t = x.X
			continue
		}
		break
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name + "." + fd.Name.Name
	}
	return fd.Name.Name
}

// errorPosn splits "file:line:col" (or "file:line", or "") so the file
// can be made relative.
var errorPosn = regexp.MustCompile(`^(.+?)(:\d+(?::\d+)?)$`)

// errorLine splits a compile error, "file:line:col: message".
var errorLine = regexp.MustCompile(`^(\S+?\.go)(:\d+(?::\d+)?): (.*)$`)

// listError converts an error go list reports for a package.
func (c *converter) listError(pkg, posn, msg string) report.Error {
	if m := errorPosn.FindStringSubmatch(posn); m != nil {
		posn = c.rel(m[1]) + m[2]
	}
	return report.Error{Package: pkg, Posn: posn, Message: strings.TrimSpace(msg)}
}
