package config

import (
	"io/fs"
	"path/filepath"
	"slices"
)

// FilesBelow lists the policy files in root and its subdirectories,
// sorted, skipping the directories the go command ignores (testdata,
// vendor, node_modules, hidden and _-prefixed ones). It stops after
// limit directory entries (a root such as a home directory); 0 means no
// limit.
func FilesBelow(root string, limit int) []string {
	var out []string
	n := 0
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if n++; limit > 0 && n > limit {
			return filepath.SkipAll
		}
		if err != nil {
			return nil
		}
		if d.IsDir() {
			name := d.Name()
			if path != root && (name == "testdata" || name == "vendor" || name == "node_modules" || name[0] == '.' || name[0] == '_') {
				return filepath.SkipDir
			}
			return nil
		}
		if slices.Contains(FileNames, d.Name()) {
			out = append(out, path)
		}
		return nil
	})
	slices.Sort(out)
	return out
}
