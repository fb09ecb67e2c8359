package lsp

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"go/parser"
	"go/token"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/privetlint/privet/internal/host/vetjson"
)

// job is what one analysis run works on: the package directories changed
// since the last complete run and a snapshot of the open buffers.
type job struct {
	seq     uint64
	dirs    []string
	deps    map[string]bool      // dirs whose dependents are analysed too
	buffers map[string]*document // open Go documents, by file name
	utf8    bool

	contents map[string]*content // files as analysed, read once per run

	// report and endProgress update the client's progress for the run.
	report, endProgress func(string)
}

// contentOf returns a file as this run analysed it: the buffer when it
// is open, else the file on disk.
func (j *job) contentOf(file string) *content {
	if c, ok := j.contents[file]; ok {
		return c
	}
	var data []byte
	if d := j.buffers[file]; d != nil {
		data = d.text
	} else {
		data, _ = os.ReadFile(file)
	}
	c := newContent(data)
	j.contents[file] = c
	return c
}

// version is the document version a run saw for a file, or nil for a
// file that is not open.
func (j *job) version(file string) *int32 {
	if d := j.buffers[file]; d != nil {
		v := d.version
		return &v
	}
	return nil
}

// startRun starts an analysis of the pending packages, cancelling the
// run in progress (its results would be stale). It is called by the
// debounce timer.
func (s *Server) startRun() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.shutdown || len(s.pending) == 0 || s.ctx.Err() != nil {
		return
	}
	j := &job{seq: s.seq, deps: map[string]bool{}, buffers: map[string]*document{}, utf8: s.utf8, contents: map[string]*content{}}
	for dir, c := range s.pending {
		j.dirs = append(j.dirs, dir)
		j.deps[dir] = c.deps
	}
	slices.Sort(j.dirs)
	for path, d := range s.docs {
		if isGoFile(path) {
			j.buffers[path] = &document{path: path, version: d.version, text: d.text}
		}
	}
	if s.cancelRun != nil {
		s.cancelRun()
	}
	prev := s.runDone
	ctx, cancel := context.WithCancel(s.ctx)
	done := make(chan struct{})
	s.cancelRun, s.runDone = cancel, done
	go func() {
		defer close(done)
		defer cancel()
		if prev != nil {
			<-prev // killed by cancelRun; wait so two runs never share the mirror
		}
		t0 := time.Now()
		names := make([]string, len(j.dirs))
		for i, d := range j.dirs {
			names[i] = filepath.Base(d)
		}
		j.report, j.endProgress = s.beginProgress("privet", "analysing "+strings.Join(names, ", "))
		err := s.runSafely(ctx, j)
		if err != nil && ctx.Err() == nil {
			s.failed(err)
		}
		if ctx.Err() != nil {
			j.endProgress("superseded by a newer edit")
			return // superseded: the pending set stays for the next run
		}
		j.endProgress(fmt.Sprintf("done in %.2fs", time.Since(t0).Seconds()))
		s.logClient("done in %.2fs", time.Since(t0).Seconds())
		s.mu.Lock()
		for _, dir := range j.dirs {
			if s.pending[dir].seq <= j.seq {
				delete(s.pending, dir)
			}
		}
		s.mu.Unlock()
	}()
}

// runSafely is run with a panic turned into an error: the host (gopls
// behind privet gopls) goes on.
func (s *Server) runSafely(ctx context.Context, j *job) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("privet: the analysis panicked: %v", r)
		}
	}()
	return s.run(ctx, j)
}

// run analyses the changed packages, module by module: first the
// packages of the changed directories (published as soon as go vet
// returns), then the packages of the module that import them.
func (s *Server) run(ctx context.Context, j *job) error {
	byRoot := map[string][]string{}
	s.mu.Lock()
	for _, dir := range j.dirs {
		if root := s.moduleRootLocked(dir); root != "" {
			byRoot[root] = append(byRoot[root], dir)
		} else {
			s.log.Printf("%s is not in a module; not analysed", dir)
		}
	}
	s.mu.Unlock()
	roots := make([]string, 0, len(byRoot))
	for root := range byRoot {
		roots = append(roots, root)
	}
	slices.Sort(roots)
	var errs []error
	for _, root := range roots {
		if err := s.runModule(ctx, j, root, byRoot[root]); err != nil {
			errs = append(errs, err)
		}
		if ctx.Err() != nil {
			return nil
		}
	}
	return errors.Join(errs...)
}

func (s *Server) runModule(ctx context.Context, j *job, root string, dirs []string) error {
	start := time.Now()
	// Buffers that differ from their files go to go vet as an overlay.
	buffers := map[string][]byte{}
	for path, d := range j.buffers {
		if !within(path, root) {
			continue
		}
		if disk, err := os.ReadFile(path); err != nil || !bytes.Equal(disk, d.text) {
			buffers[path] = d.text
		}
	}
	overlay, err := s.writeOverlay(root, buffers)
	if err != nil {
		return fmt.Errorf("writing the overlay: %v", err)
	}

	g, err := s.graphFor(ctx, j, root, dirs, overlay)
	if err != nil {
		return err
	}
	var direct, changed []string
	for _, dir := range dirs {
		if p := g.byDir[dir]; p != nil && !slices.Contains(direct, p.ImportPath) {
			direct = append(direct, p.ImportPath)
			if j.deps[dir] {
				changed = append(changed, p.ImportPath)
			}
		}
	}
	if len(direct) == 0 {
		return nil
	}
	slices.Sort(direct)
	if err := s.vet(ctx, j, g, overlay, direct); err != nil || ctx.Err() != nil {
		return err
	}
	s.logClient("analysed %s in %.2fs", strings.Join(direct, " "), time.Since(start).Seconds())
	deps := slices.DeleteFunc(g.dependents(changed), func(p string) bool { return slices.Contains(direct, p) })
	if len(deps) > 0 {
		j.report(fmt.Sprintf("analysed %s; analysing %d dependent packages", strings.Join(direct, " "), len(deps)))
		start := time.Now()
		if err := s.vet(ctx, j, g, overlay, deps); err != nil || ctx.Err() != nil {
			return err
		}
		s.logClient("analysed %d dependent packages in %.2fs", len(deps), time.Since(start).Seconds())
	}
	return nil
}

// graphFor returns the package graph of a module, loading it again when
// it does not know a changed package or an import of an open buffer.
func (s *Server) graphFor(ctx context.Context, j *job, root string, dirs []string, overlay string) (*graph, error) {
	s.mu.Lock()
	g := s.graphs[root]
	s.mu.Unlock()
	fresh := g != nil
	for path, d := range j.buffers {
		if !fresh {
			break
		}
		if within(path, root) {
			f, err := parser.ParseFile(token.NewFileSet(), path, d.text, parser.ImportsOnly)
			var imports []string
			if err == nil {
				for _, imp := range f.Imports {
					if p, err := strconv.Unquote(imp.Path.Value); err == nil {
						imports = append(imports, p)
					}
				}
			}
			fresh = g.knows(path, imports)
		}
	}
	for _, dir := range dirs {
		if fresh && g.byDir[dir] == nil && !g.missing[dir] {
			fresh = false
		}
	}
	if fresh {
		return g, nil
	}
	g, err := s.loadGraph(ctx, root, overlay)
	if err != nil {
		return nil, err
	}
	for _, dir := range dirs {
		if g.byDir[dir] == nil {
			g.missing[dir] = true
		}
	}
	for path := range j.buffers {
		if dir := filepath.Dir(path); within(path, root) && g.byDir[dir] == nil {
			g.missing[dir] = true
		}
	}
	s.mu.Lock()
	s.graphs[root] = g
	s.mu.Unlock()
	return g, nil
}

// goCommand prepares a go command that ends with its process group when
// ctx is cancelled.
func (s *Server) goCommand(ctx context.Context, dir string, args []string, stdout, stderr io.Writer) *exec.Cmd {
	cmd := exec.CommandContext(ctx, s.goCmd, args...)
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = stdout, stderr
	cmd.WaitDelay = 5 * time.Second
	killGroup(cmd)
	return cmd
}

// vet runs go vet with privet on packages and replaces their findings.
//
// The packages of the module they import are vetted as well, as roots:
// go vet (1.26) keys its cache of a package's results without saying
// whether the package was vetted to report or only for its facts (as a
// dependency, "VetxOnly", which prints nothing). A package vetted first
// as a dependency would later replay an empty report. Vetting every
// package of the module as a root makes every cached entry of these runs
// a full report (mostly cache hits: they were analysed for facts
// anyway), and their findings come back fresh.
func (s *Server) vet(ctx context.Context, j *job, g *graph, overlay string, pkgs []string) error {
	pkgs = g.withModuleDeps(pkgs)
	// -json: diagnostics with positions, trace and fixes. -privet.kinds:
	// go vet keys its cache on the flags too, so the results of these runs
	// (which may name mirror files) are never replayed to a command-line
	// go vet -json, and the entries of these runs are only ever written
	// by runs that vet the module's packages as roots.
	args := []string{"vet", "-vettool=" + s.opts.VetTool, "-json", "-privet.kinds=" + s.kinds}
	args = append(args, s.buildFlags...)
	if overlay != "" {
		args = append(args, "-overlay="+overlay)
	}
	args = append(args, pkgs...)
	var stdout, stderr bytes.Buffer
	cmd := s.goCommand(ctx, g.root, args, &stdout, &stderr)
	t0 := time.Now()
	runErr := cmd.Run()
	s.log.Printf("go %s: %v in %v", strings.Join(args, " "), runErr, time.Since(t0))
	if ctx.Err() != nil {
		return nil
	}
	units, err := vetjson.ReadAll(bytes.NewReader(stdout.Bytes()))
	if err != nil {
		return fmt.Errorf("go vet output: %v", err)
	}
	if runErr != nil {
		// A package that does not compile (gopls shows why) keeps its
		// last findings; so do its importers, which go vet skips.
		msg := strings.TrimSpace(stderr.String())
		if len(msg) > 2000 {
			msg = msg[:2000] + "..."
		}
		s.log.Printf("go vet: %v\n%s", runErr, msg)
		if len(units) == 0 {
			first, _, _ := strings.Cut(msg, "\n")
			s.logClient("go vet failed (%v): %s", runErr, first)
		}
	}
	results := map[string][]*finding{}
	for id, analyzers := range units {
		key := vetjson.Package(id)
		if g.byPath[key] == nil {
			continue // a dependency outside the module (a replayed report)
		}
		results[key] = append(results[key], s.convertUnit(j, g, analyzers)...)
	}
	if runErr == nil {
		for _, p := range pkgs {
			if _, ok := results[p]; !ok {
				results[p] = nil // analysed, nothing to report
			}
		}
	}
	s.replace(s.vetFindings, results, j, g)
	return nil
}

// splitPosn splits "file:line:col", with the file's real path (not
// its mirror's).
func splitPosn(posn string) (file string, line, col int, ok bool) {
	file, line, col, ok = vetjson.SplitPosn(posn)
	return realPath(file), line, col, ok
}

// replace installs the findings of the packages a run analysed, in
// table (vetFindings), and publishes the files whose
// diagnostics may have changed: those with findings before or after, and
// the open documents of the packages.
func (s *Server) replace(table map[string][]*finding, results map[string][]*finding, j *job, g *graph) {
	s.mu.Lock()
	files := map[string]bool{}
	for key, fs := range results {
		for _, f := range table[key] {
			files[f.file] = true
		}
		for _, f := range fs {
			files[f.file] = true
		}
		if p := g.byPath[key]; p != nil {
			for _, file := range p.files() {
				if _, open := s.docs[file]; open {
					files[file] = true
				}
			}
		}
		if len(fs) == 0 {
			delete(table, key)
		} else {
			table[key] = fs
		}
	}
	s.mu.Unlock()
	s.publish(files, j)
}
