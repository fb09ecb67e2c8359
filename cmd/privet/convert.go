package main

import (
	"go/ast"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"

	"github.com/privetlint/privet/internal/host/baseline"
	"github.com/privetlint/privet/internal/host/report"
)

// converter turns diagnostics and errors of loaded packages into report
// values, with file names relative to the working directory.
type converter struct {
	wd      string
	pkgDirs map[string]string // package path -> directory
	sources map[string][]byte
	// modules maps the directory of each dependency module (a version
	// in the module cache) to "path@version"; std maps the directory of
	// each standard package to its import path.
	modules map[string]string
	std     map[string]string
}

func newConverter(wd string) *converter {
	return &converter{wd: wd, pkgDirs: map[string]string{}, sources: map[string][]byte{},
		modules: map[string]string{}, std: map[string]string{}}
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

func (c *converter) loc(p token.Position) report.Location {
	return report.Location{File: c.rel(p.Filename), Line: p.Line, Column: p.Column}
}

// elsewhere matches the position a trace step inside another package
// carries in its message: "read User.Email (example.com/m/a/a.go:12:3)".
var elsewhere = regexp.MustCompile(`^(.*) \(([^\s()]+)/([^\s()/]+\.go):(\d+):(\d+)\)$`)

// step converts one related information entry. A step in another
// package is placed at its own file when that package was loaded.
func (c *converter) step(fset *token.FileSet, r analysis.RelatedInformation) report.Step {
	s := report.Step{Location: c.loc(fset.Position(r.Pos)), Message: r.Message}
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

// finding converts a diagnostic of package pkg, in file (nil if it
// could not be parsed), positioned in fset.
func (c *converter) finding(pkg string, fset *token.FileSet, file *ast.File, d analysis.Diagnostic) *report.Finding {
	posn := fset.Position(d.Pos)
	f := &report.Finding{
		Location: c.loc(posn),
		Category: d.Category,
		Message:  d.Message,
		Package:  pkg,
	}
	if d.End.IsValid() {
		if end := fset.Position(d.End); end.Filename == posn.Filename {
			f.End = &report.End{Line: end.Line, Column: end.Column}
		}
	}
	for _, r := range d.Related {
		f.Trace = append(f.Trace, c.step(fset, r))
	}
	for _, sf := range d.SuggestedFixes {
		f.Fixes = append(f.Fixes, c.fix(fset, sf))
	}
	if file != nil {
		path, _ := astutil.PathEnclosingInterval(file, d.Pos, d.Pos)
		var call *ast.CallExpr
		for _, n := range path {
			switch n := n.(type) {
			case *ast.CallExpr:
				if call == nil && n.Pos() == d.Pos {
					call = n
				}
			case *ast.FuncDecl:
				f.Function = funcName(n)
			}
		}
		if call != nil {
			f.Argument = c.argument(fset, posn.Filename, call, d)
		}
	}
	f.Fingerprint = baseline.Fingerprint(f.Package, f.Function, f.File, f.Category, f.Message, f.Argument)
	return f
}

// fix converts a suggested fix.
func (c *converter) fix(fset *token.FileSet, sf analysis.SuggestedFix) report.Fix {
	fix := report.Fix{Message: sf.Message}
	for _, e := range sf.TextEdits {
		end := e.End
		if !end.IsValid() {
			end = e.Pos
		}
		start, stop := fset.Position(e.Pos), fset.Position(end)
		fix.Edits = append(fix.Edits, report.Edit{
			File:  c.rel(start.Filename),
			Start: report.Offset{Line: start.Line, Column: start.Column, Offset: start.Offset},
			End:   report.Offset{Line: stop.Line, Column: stop.Column, Offset: stop.Offset},
			New:   string(e.NewText),
		})
	}
	return fix
}

// argument is the text of the call's arguments that the trace passes
// through (the leaking argument), or of the callee when the trace names
// no position inside an argument. Spaces are normalised, so reformatting
// does not change it.
func (c *converter) argument(fset *token.FileSet, filename string, call *ast.CallExpr, d analysis.Diagnostic) string {
	src, ok := c.sources[filename]
	if !ok {
		src, _ = os.ReadFile(filename)
		c.sources[filename] = src
	}
	tf := fset.File(call.Pos())
	text := func(n ast.Node) string {
		start, end := tf.Offset(n.Pos()), tf.Offset(n.End())
		if src == nil || end > len(src) {
			return ""
		}
		return strings.Join(strings.Fields(string(src[start:end])), " ")
	}
	var parts []string
	for _, arg := range call.Args {
		for _, r := range d.Related {
			if r.Pos != d.Pos && arg.Pos() <= r.Pos && r.Pos < arg.End() {
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
