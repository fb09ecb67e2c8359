package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/privetlint/privet/internal/host/explain"
)

// explainCmd is privet explain [topic].
func explainCmd(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		explain.PrintTopics(stdout)
		return exitClean
	}
	status := exitClean
	for i, name := range args {
		d, ok := explain.Lookup(strings.ToLower(strings.Trim(name, "[]")))
		if !ok {
			fmt.Fprintf(stderr, "privet: no documentation for %q; privet explain lists the topics\n", name)
			status = exitError
			continue
		}
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		fmt.Fprint(stdout, d.String())
	}
	return status
}
