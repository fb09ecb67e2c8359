package lsp

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// content is the text of a file as it was analysed, with its line
// starts, for converting the go command's byte positions into LSP
// positions.
type content struct {
	data  []byte
	lines []int // byte offset of the start of each line
}

func newContent(data []byte) *content {
	c := &content{data: data, lines: []int{0}}
	for i, b := range data {
		if b == '\n' {
			c.lines = append(c.lines, i+1)
		}
	}
	return c
}

// lineBytes returns line (zero-based) without its newline.
func (c *content) lineBytes(line int) []byte {
	if line < 0 || line >= len(c.lines) {
		return nil
	}
	start, end := c.lines[line], len(c.data)
	if line+1 < len(c.lines) {
		end = c.lines[line+1] - 1
	}
	return bytes.TrimSuffix(c.data[start:end], []byte("\r"))
}

// position converts a one-based line and byte column (go/token's) to an
// LSP position.
func (c *content) position(line, col int, utf8Enc bool) Position {
	if line < 1 {
		return Position{}
	}
	if line > len(c.lines) {
		return Position{Line: uint32(line - 1)}
	}
	return c.offsetPosition(c.lines[line-1]+max(col-1, 0), utf8Enc)
}

// offsetPosition converts a byte offset to an LSP position.
func (c *content) offsetPosition(off int, utf8Enc bool) Position {
	off = min(max(off, 0), len(c.data))
	line := 0
	lo, hi := 0, len(c.lines)-1
	for lo <= hi { // last line start <= off
		mid := (lo + hi) / 2
		if c.lines[mid] <= off {
			line, lo = mid, mid+1
		} else {
			hi = mid - 1
		}
	}
	prefix := c.data[c.lines[line]:off]
	return Position{Line: uint32(line), Character: units(prefix, utf8Enc)}
}

// offset converts an LSP position to a byte offset (clamped to the line).
func (c *content) offset(p Position, utf8Enc bool) int {
	if int(p.Line) >= len(c.lines) {
		return len(c.data)
	}
	start := c.lines[p.Line]
	line := c.lineBytes(int(p.Line))
	n := uint32(0)
	for i := 0; i < len(line); {
		if n >= p.Character {
			return start + i
		}
		r, size := utf8.DecodeRune(line[i:])
		n += unit(r, size, utf8Enc)
		i += size
	}
	return start + len(line)
}

// units counts the characters of b in the negotiated encoding.
func units(b []byte, utf8Enc bool) uint32 {
	if utf8Enc {
		return uint32(len(b))
	}
	n := uint32(0)
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		n += unit(r, size, false)
		b = b[size:]
	}
	return n
}

func unit(r rune, size int, utf8Enc bool) uint32 {
	switch {
	case utf8Enc:
		return uint32(size)
	case r >= 0x10000:
		return 2 // a surrogate pair
	default:
		return 1
	}
}

// identEnd returns the end of the identifier (or number) starting at
// byte offset off, or off when none starts there. Trace steps are
// points; the range of the word there is what an editor can show.
func (c *content) identEnd(off int) int {
	i := max(off, 0)
	for i < len(c.data) {
		r, size := utf8.DecodeRune(c.data[i:])
		if r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		i += size
	}
	return i
}
