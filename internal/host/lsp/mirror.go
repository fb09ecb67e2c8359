package lsp

import (
	"encoding/json"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/privetlint/privet/passes/config"
)

// Unsaved buffers reach go vet through its -overlay flag: the go command
// reads a replacement file instead of the file on disk and hands the
// replacement's name to the vet tool. Two things depend on that name:
// privet finds .privet.yml by walking up from a package's first file,
// and the positions it reports name the file. So each buffer is written
// at the same path inside a private mirror directory
// ($TMPDIR/privet-overlay-XXXX/<absolute path>), with a symbolic link to the
// real policy file at its mirrored place and a .git marker at the
// mirrored module root (where the policy search stops). Positions that
// name a mirror file are mapped back by realPath, whichever server wrote
// them: go vet may replay a cached result of an earlier session.

const mirrorPrefix = "privet-overlay-"

func newMirror(l *log.Logger) string {
	dir, err := os.MkdirTemp("", mirrorPrefix)
	if err != nil {
		l.Printf("no overlay directory, unsaved buffers are not analysed: %v", err)
		return ""
	}
	return dir
}

// mirrorPath is where the mirror holds a copy of file.
func (s *Server) mirrorPath(file string) string {
	vol := filepath.VolumeName(file)
	return filepath.Join(s.mirror, strings.TrimSuffix(vol, ":"), file[len(vol):])
}

// realPath maps a file name in any server's mirror back to the file it
// stands for; other names are returned unchanged.
func realPath(name string) string {
	prefix := filepath.Join(os.TempDir(), mirrorPrefix)
	if !strings.HasPrefix(name, prefix) {
		return name
	}
	rest := name[len(prefix):]
	i := strings.IndexRune(rest, filepath.Separator)
	if i < 0 {
		return name
	}
	return rest[i:]
}

// writeOverlay writes the buffers of a module that differ from the files
// on disk into the mirror and returns the go command's -overlay file, or
// "" when there are none.
func (s *Server) writeOverlay(root string, buffers map[string][]byte) (string, error) {
	if len(buffers) == 0 || s.mirror == "" {
		return "", nil
	}
	replace := map[string]string{}
	if err := os.MkdirAll(filepath.Join(s.mirrorPath(root), ".git"), 0o755); err != nil {
		return "", err
	}
	for file, text := range buffers {
		mp := s.mirrorPath(file)
		if err := os.MkdirAll(filepath.Dir(mp), 0o755); err != nil {
			return "", err
		}
		if err := os.WriteFile(mp, text, 0o644); err != nil {
			return "", err
		}
		replace[file] = mp
		if os.Getenv(config.EnvVar) != "" {
			continue // the vet tool gets the same variable
		}
		policy, err := config.Settings{}.Find(filepath.Dir(file))
		if err != nil || policy == "" {
			continue
		}
		link := s.mirrorPath(policy)
		if target, err := os.Readlink(link); err == nil && target == policy {
			continue
		}
		os.Remove(link)
		if err := os.MkdirAll(filepath.Dir(link), 0o755); err != nil {
			return "", err
		}
		if err := os.Symlink(policy, link); err != nil {
			return "", err
		}
	}
	data, err := json.Marshal(struct{ Replace map[string]string }{replace})
	if err != nil {
		return "", err
	}
	file := filepath.Join(s.mirror, "overlay.json")
	return file, os.WriteFile(file, data, 0o644)
}
