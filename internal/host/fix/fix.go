// Package fix applies suggested fixes to files and renders them as
// unified diffs (privet -fix, privet -diff).
package fix

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/privetlint/privet/internal/host/report"
)

// Set is the fixes chosen so far, as edits per file. A fix is taken whole
// or not at all.
type Set struct {
	edits map[string][]report.Edit
}

// NewSet returns an empty set.
func NewSet() *Set { return &Set{edits: map[string][]report.Edit{}} }

// Add adds a fix. It reports false when the fix conflicts with one added
// before (an edit overlapping or inserting at the same place as an edit
// already in the set, other than an identical one); a fix whose every
// edit is already in the set (two findings on the same argument) is a
// duplicate and counts as added.
func (s *Set) Add(f report.Fix) bool {
	var fresh []report.Edit
	for _, e := range f.Edits {
		dup := false
		for _, old := range s.edits[e.File] {
			if old == e {
				dup = true
				break
			}
			if overlap(old, e) {
				return false
			}
		}
		// Edits of one fix must not overlap either.
		for _, other := range fresh {
			if other.File == e.File && overlap(other, e) {
				return false
			}
		}
		if !dup {
			fresh = append(fresh, e)
		}
	}
	for _, e := range fresh {
		s.edits[e.File] = append(s.edits[e.File], e)
	}
	return true
}

func overlap(a, b report.Edit) bool {
	if a.File != b.File {
		return false
	}
	as, ae, bs, be := a.Start.Offset, a.End.Offset, b.Start.Offset, b.End.Offset
	return as == bs || as < be && bs < ae
}

// Files lists the files with edits, sorted.
func (s *Set) Files() []string {
	var out []string
	for f := range s.edits {
		out = append(out, f)
	}
	slices.Sort(out)
	return out
}

// sorted returns the file's edits in offset order.
func (s *Set) sorted(file string) []report.Edit {
	edits := slices.Clone(s.edits[file])
	slices.SortFunc(edits, func(a, b report.Edit) int {
		return cmp.Or(cmp.Compare(a.Start.Offset, b.Start.Offset), cmp.Compare(a.End.Offset, b.End.Offset))
	})
	return edits
}

// Apply returns src with the file's edits applied.
func (s *Set) Apply(file string, src []byte) ([]byte, error) {
	return apply(src, s.sorted(file), 0)
}

// apply applies sorted edits to src, which starts at offset base of the file.
func apply(src []byte, edits []report.Edit, base int) ([]byte, error) {
	var out bytes.Buffer
	last := 0
	for _, e := range edits {
		start, end := e.Start.Offset-base, e.End.Offset-base
		if start < last || end < start || end > len(src) {
			return nil, fmt.Errorf("%s: edit at offset %d does not fit the file (was it changed since it was analysed?)", e.File, e.Start.Offset)
		}
		out.Write(src[last:start])
		out.WriteString(e.New)
		last = end
	}
	out.Write(src[last:])
	return out.Bytes(), nil
}

// context is the number of unchanged lines shown around each change.
const context = 3

// Diff renders the file's edits as a unified diff (git style: a/ and b/
// prefixes, so that "patch -p1" or "git apply" applies it). Each hunk
// shows the changed lines whole.
func (s *Set) Diff(file string, src []byte) (string, error) {
	edits := s.sorted(file)
	if len(edits) == 0 {
		return "", nil
	}
	// Line i spans src[starts[i]:starts[i+1]].
	starts := []int{0}
	for i, c := range src {
		if c == '\n' && i+1 < len(src) {
			starts = append(starts, i+1)
		}
	}
	starts = append(starts, len(src))
	nlines := len(starts) - 1
	lineOf := func(off int) int {
		i, _ := slices.BinarySearch(starts[:nlines], off+1)
		return max(i-1, 0)
	}
	// A change is a run of lines touched by edits; a hunk is changes
	// close enough to share context.
	type change struct {
		first, last int // lines, inclusive
		edits       []report.Edit
	}
	var changes []*change
	for _, e := range edits {
		first, last := lineOf(e.Start.Offset), lineOf(e.Start.Offset)
		switch {
		case e.End.Offset > e.Start.Offset:
			last = lineOf(e.End.Offset - 1)
		case insertsLines(src, e):
			// Whole lines inserted before line first change no line.
			if e.Start.Offset == len(src) {
				first = nlines
			}
			last = first - 1
		}
		if n := len(changes); n > 0 && first <= changes[n-1].last+1 {
			c := changes[n-1]
			c.last = max(c.last, last)
			c.edits = append(c.edits, e)
			continue
		}
		changes = append(changes, &change{first, last, []report.Edit{e}})
	}
	var hunks [][]*change
	for i, c := range changes {
		if i > 0 && c.first-changes[i-1].last-1 <= 2*context {
			hunks[len(hunks)-1] = append(hunks[len(hunks)-1], c)
			continue
		}
		hunks = append(hunks, []*change{c})
	}
	lines := func(from, to int) []string { // lines [from, to)
		if from >= to {
			return nil
		}
		return splitLines(src[starts[from]:starts[to]])
	}
	var b strings.Builder
	fmt.Fprintf(&b, "--- a/%s\n+++ b/%s\n", file, file)
	delta := 0
	for _, h := range hunks {
		first, last := h[0].first, h[len(h)-1].last
		before := max(first-context, 0)
		after := min(last+context, nlines-1)
		var body []string
		oldCount, newCount := 0, 0
		add := func(prefix string, ls []string) {
			for _, l := range ls {
				body = append(body, prefix+l)
			}
		}
		ctx := lines(before, first)
		add(" ", ctx)
		oldCount += len(ctx)
		newCount += len(ctx)
		for i, c := range h {
			if i > 0 {
				ctx := lines(h[i-1].last+1, c.first)
				add(" ", ctx)
				oldCount += len(ctx)
				newCount += len(ctx)
			}
			old := src[starts[c.first]:starts[c.last+1]]
			neu, err := apply(old, c.edits, starts[c.first])
			if err != nil {
				return "", err
			}
			oldLines, newLines := splitLines(old), splitLines(neu)
			add("-", oldLines)
			add("+", newLines)
			oldCount += len(oldLines)
			newCount += len(newLines)
		}
		ctx = lines(last+1, after+1)
		add(" ", ctx)
		oldCount += len(ctx)
		newCount += len(ctx)
		fmt.Fprintf(&b, "@@ -%s +%s @@\n", hunkRange(before+1, oldCount), hunkRange(before+1+delta, newCount))
		delta += newCount - oldCount
		for _, l := range body {
			writeLine(&b, l)
		}
	}
	return b.String(), nil
}

// insertsLines reports whether e inserts whole lines: text ending in a
// newline, at the start of a line.
func insertsLines(src []byte, e report.Edit) bool {
	off := e.Start.Offset
	return e.End.Offset == off && strings.HasSuffix(e.New, "\n") &&
		off <= len(src) && (off == 0 || src[off-1] == '\n')
}

// Rewrite returns the set of edits that turns old into new, the content
// of a file, one edit per run of changed lines: for changes that come as
// text rather than edits (a file rewritten by gofmt after its fixes were
// applied). Files with the same number of lines are compared line by
// line; otherwise the lines between the common beginning and end are one
// change.
func Rewrite(file string, old, new []byte) *Set {
	a, b := splitLines(old), splitLines(new)
	s := NewSet()
	// offset returns the position of the start of line i of old.
	offset := func(i int) report.Offset {
		off := 0
		for _, l := range a[:i] {
			off += len(l)
		}
		return report.Offset{Line: i + 1, Column: 1, Offset: off}
	}
	replace := func(a0, a1, b0, b1 int) {
		s.edits[file] = append(s.edits[file], report.Edit{
			File: file, Start: offset(a0), End: offset(a1), New: strings.Join(b[b0:b1], ""),
		})
	}
	if len(a) != len(b) {
		pre := 0
		for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
			pre++
		}
		suf := 0
		for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
			suf++
		}
		replace(pre, len(a)-suf, pre, len(b)-suf)
		return s
	}
	for i := 0; i < len(a); i++ {
		if a[i] == b[i] {
			continue
		}
		j := i
		for j < len(a) && a[j] != b[j] {
			j++
		}
		replace(i, j, i, j)
		i = j
	}
	return s
}

func hunkRange(start, count int) string {
	switch count {
	case 0:
		return fmt.Sprintf("%d,0", start-1)
	case 1:
		return fmt.Sprint(start)
	}
	return fmt.Sprintf("%d,%d", start, count)
}

// splitLines splits text after each newline; the last line may lack one.
func splitLines(text []byte) []string {
	if len(text) == 0 {
		return nil
	}
	var out []string
	for line := range strings.Lines(string(text)) {
		out = append(out, line)
	}
	return out
}

func writeLine(b *strings.Builder, line string) {
	b.WriteString(line)
	if !strings.HasSuffix(line, "\n") {
		b.WriteString("\n\\ No newline at end of file\n")
	}
}
