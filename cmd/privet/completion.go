package main

import (
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/privetlint/privet/analyzers"
	"github.com/privetlint/privet/internal/host/explain"
	"github.com/privetlint/privet/passes/sinks"
)

// Shell completion. The scripts "privet completion SHELL" prints are thin:
// they call "privet __complete WORD..." with the words of the command line
// after "privet", up to and including the one being completed, and offer
// what it prints, one candidate a line. An empty answer leaves the shell
// to complete file names (packages, -o, -config, ...). The candidates
// therefore come from the command table and the flag sets themselves.

const bashCompletion = `# bash completion for privet. Load it with
#   source <(privet completion bash)
# or save it as ~/.local/share/bash-completion/completions/privet.
_privet() {
	local IFS=$'\n'
	COMPREPLY=($(privet __complete "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
}
complete -o default -F _privet privet
`

const zshCompletion = `#compdef privet
# zsh completion for privet. Save it as _privet in a directory of $fpath,
# or load it with
#   source <(privet completion zsh)
# after compinit.
_privet() {
	local -a cands
	cands=("${(@f)$(privet __complete "${(@)words[2,CURRENT]}" 2>/dev/null)}")
	if (( ${#cands} )) && [[ -n ${cands[1]} ]]; then
		compadd -S '' -a cands
	else
		_files
	fi
}
if [[ "${funcstack[1]}" == _privet ]]; then
	_privet "$@"
else
	compdef _privet privet
fi
`

const fishCompletion = `# fish completion for privet. Load it with
#   privet completion fish | source
# or save it as ~/.config/fish/completions/privet.fish.
function __privet_complete
	set -l cands (privet __complete (commandline -opc)[2..-1] (commandline -ct) 2>/dev/null)
	if test (count $cands) -gt 0
		printf '%s\n' $cands
	else
		__fish_complete_path (commandline -ct)
	end
end
complete -c privet -f -k -a '(__privet_complete)'
`

// completionCmd is "privet completion bash|zsh|fish".
func completionCmd(args []string, stdout, stderr io.Writer) int {
	scripts := map[string]string{"bash": bashCompletion, "zsh": zshCompletion, "fish": fishCompletion}
	if len(args) != 1 || scripts[args[0]] == "" {
		fmt.Fprintln(stderr, "usage: privet completion bash|zsh|fish")
		return exitError
	}
	io.WriteString(stdout, scripts[args[0]])
	return exitClean
}

// completeCmd is "privet __complete WORD...": the candidates for the
// last word, given the ones before it.
func completeCmd(args []string, stdout, stderr io.Writer) int {
	for _, c := range complete(args) {
		fmt.Fprintln(stdout, c)
	}
	return exitClean
}

// complete returns the candidates for the last of words (the words of
// the command line after "privet"), which start with it.
func complete(words []string) []string {
	if len(words) == 0 {
		words = []string{""}
	}
	cur, before := words[len(words)-1], words[:len(words)-1]
	var cands []string
	// The flag set and command the words before are in.
	fs := standaloneFlags(&options{})
	cmd := ""
	if len(before) > 0 && !strings.HasPrefix(before[0], "-") {
		cmd = before[0]
		fs = commandFlags(cmd)
	}
	if len(before) > 0 {
		if prev := before[len(before)-1]; strings.HasPrefix(prev, "-") && !strings.Contains(prev, "=") {
			if f := fs.Lookup(strings.TrimLeft(prev, "-")); f != nil && !isBool(f) {
				return filter(flagValues(f.Name), cur)
			}
		}
	}
	if name, _, ok := strings.Cut(strings.TrimLeft(cur, "-"), "="); ok && strings.HasPrefix(cur, "-") {
		if f := fs.Lookup(name); f != nil {
			for _, v := range flagValues(f.Name) {
				cands = append(cands, strings.SplitN(cur, "=", 2)[0]+"="+v)
			}
			return filter(cands, cur)
		}
	}
	if strings.HasPrefix(cur, "-") {
		fs.VisitAll(func(f *flag.Flag) { cands = append(cands, "-"+f.Name) })
		return filter(cands, cur)
	}
	switch cmd {
	case "":
		if len(before) == 0 || allFlags(before) {
			for _, c := range commands() {
				cands = append(cands, c.name)
			}
		}
		cands = append(cands, "./...")
	case "explain":
		for _, d := range explain.Topics() {
			cands = append(cands, d.Name)
		}
	case "help":
		if len(before) == 1 {
			for _, a := range analyzers.All() {
				cands = append(cands, a.Name)
			}
			cands = append(cands, "vet")
		}
	case "completion":
		if len(before) == 1 {
			cands = []string{"bash", "zsh", "fish"}
		}
	case "annotate":
		cands = append(cands, "./...")
	}
	return filter(cands, cur)
}

// commandFlags returns the flags of a command, for completion.
func commandFlags(cmd string) *flag.FlagSet {
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	switch cmd {
	case "lsp":
		fs.Duration("debounce", 0, "")
		fs.String("logfile", "", "")
		fs.String("go", "", "")
	case "gopls":
		fs = goplsFlags(&goplsOptions{})
	case "annotate":
		fs.Bool("w", false, "")
		fs.Bool("list", false, "")
		fs.Bool("from-findings", false, "")
		fs.String("min-confidence", "", "")
		fs.String("config", "", "")
		fs.String("tags", "", "")
	}
	return fs
}

// flagValues are the values a flag takes, when they are a known list.
func flagValues(name string) []string {
	switch name {
	case "format":
		return []string{"text", "json", "sarif"}
	case "kinds", "privet.kinds":
		var out []string
		for _, k := range sinks.Kinds {
			out = append(out, string(k.Kind))
		}
		return out
	case "explain":
		var out []string
		for _, d := range explain.Topics() {
			out = append(out, d.Name)
		}
		return out
	case "min-confidence":
		return []string{"low", "medium", "high"}
	}
	return nil
}

func isBool(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// allFlags reports whether every word is a flag (or a flag's value): no
// command or package has been given yet.
func allFlags(words []string) bool {
	for i, w := range words {
		if strings.HasPrefix(w, "-") {
			continue
		}
		if i > 0 && !strings.Contains(words[i-1], "=") && takesValue(strings.TrimLeft(words[i-1], "-")) {
			continue
		}
		return false
	}
	return true
}

func filter(cands []string, prefix string) []string {
	out := cands[:0:0]
	for _, c := range cands {
		if strings.HasPrefix(c, prefix) && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}
