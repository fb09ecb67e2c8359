package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/privetlint/privet/passes/sinks"
)

// sinksCmd is "privet sinks": the sink catalog.
func sinksCmd(_ []string, stdout, _ io.Writer) int {
	printSinks(stdout)
	return exitClean
}

// printSinks lists the sink catalog: privet sinks.
func printSinks(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "FAMILY\tKIND\tSINK\tCALL\tPAYLOAD")
	for _, fam := range sinks.Builtin() {
		name := fam.Name
		if fam.Optional {
			name += " (optional: enable in .privet.yml)"
		}
		for _, e := range fam.Entries {
			call := e.Package + "." + e.Name
			if e.Receiver != "" {
				call = e.Package + "." + e.Receiver + "." + e.Name
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", name, fam.Kind, e.Display, call, payload(e.Args))
		}
	}
	tw.Flush()
}

func payload(args []int) string {
	if args == nil {
		return "all arguments"
	}
	var parts []string
	for _, a := range args {
		if a < 0 {
			parts = append(parts, "receiver")
		} else {
			parts = append(parts, fmt.Sprintf("arg %d", a))
		}
	}
	return strings.Join(parts, ", ")
}
