package goplsproxy

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// EnvVar names the gopls executable when no flag does.
const EnvVar = "PRIVET_GOPLS"

// FlagPrefix starts privet's own flags on privet gopls's command line;
// every other argument is gopls's. A prefix, not a separator, because
// editors append their own gopls flags (-rpc.trace, -logfile, serve) to
// whatever the user configured.
const FlagPrefix = "-privet."

// SplitArgs separates privet's flags (-privet.NAME[=VALUE], or with two
// dashes) from gopls's arguments, keeping the order of each. A privet
// flag without "=" takes the next argument as its value unless it is in
// bools.
func SplitArgs(args []string, bools map[string]bool) (privet, gopls []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		name, isPrivet := strings.CutPrefix(strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-"), FlagPrefix[1:])
		if !isPrivet || !strings.HasPrefix(a, FlagPrefix[:1]) {
			gopls = append(gopls, a)
			continue
		}
		privet = append(privet, a)
		if !strings.Contains(name, "=") && !bools[name] && i+1 < len(args) {
			i++
			privet = append(privet, args[i])
		}
	}
	return privet, gopls
}

// goplsValueFlags are gopls's flags that take a value (gopls v0.23's
// top-level and serve flags); the others are booleans.
var goplsValueFlags = map[string]bool{
	"remote": true, "otel": true, "logfile": true, "mode": true, "listen": true,
	"listen.timeout": true, "debug": true, "remote.listen.timeout": true,
	"remote.debug": true, "remote.logfile": true, "mcp.listen": true, "port": true,
	"ocagent": true, "profile.cpu": true, "profile.mem": true, "profile.alloc": true,
	"profile.trace": true, "profile.block": true,
}

// ServerMode reports whether gopls's arguments run the language server
// over standard input and output (no command, or serve), the only mode
// privet joins; other commands (version, check, ...) and a server on a
// socket (-listen, -port) run gopls alone.
func ServerMode(args []string) bool {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return i+1 == len(args) || args[i+1] == "serve"
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			return a == "serve" && !listens(args[i+1:])
		}
		name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if name == "listen" || name == "port" {
			return false
		}
		if !hasValue && goplsValueFlags[name] {
			i++
		}
	}
	return true
}

// listens reports whether serve's flags put gopls on a socket.
func listens(args []string) bool {
	for _, a := range args {
		name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if strings.HasPrefix(a, "-") && (name == "listen" || name == "port") {
			return true
		}
	}
	return false
}

// Find returns the gopls to run: named (by the flag), else $PRIVET_GOPLS,
// else the first gopls on PATH that is not this executable (privet
// installed as "gopls" for an editor must not start itself).
func Find(named string) (string, error) {
	if named == "" {
		named = os.Getenv(EnvVar)
	}
	if named != "" {
		path, err := exec.LookPath(named)
		if err != nil {
			return "", fmt.Errorf("gopls %q: %v", named, err)
		}
		return path, nil
	}
	self, _ := os.Executable()
	selfInfo, _ := os.Stat(self)
	for _, dir := range filepath.SplitList(os.Getenv("PATH")) {
		if dir == "" {
			dir = "."
		}
		path, err := exec.LookPath(filepath.Join(dir, "gopls"))
		if err != nil {
			continue
		}
		if info, err := os.Stat(path); err == nil && selfInfo != nil && os.SameFile(info, selfInfo) {
			continue
		}
		return path, nil
	}
	return "", errors.New("no gopls on PATH: install it (go install golang.org/x/tools/gopls@latest), or name it with -privet.gopls=PATH or $" + EnvVar)
}
