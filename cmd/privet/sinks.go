package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/privetlint/privet/passes/sinks"
)

// sinksCmd is "privet sinks": the sink catalog; with -coverage, a
// module's coverage (coverage.go).
func sinksCmd(args []string, stdout, stderr io.Writer) int {
	module, format, ok := sinksFlags(args, stderr)
	switch {
	case !ok:
		return exitError
	case module != "":
		return coverageCmd(module, format, stdout, stderr)
	}
	printSinks(stdout)
	return exitClean
}

// printSinks lists the sink catalog: privet sinks. A CALL's package path
// is written without the module's major suffix and holds in the MAJORS
// listed (every major by default, those to come included).
func printSinks(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "FAMILY\tKIND\tSINK\tCALL\tPAYLOAD\tMAJORS")
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
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", name, fam.Kind, e.Display, call, payload(e.Args), majors(e))
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

// majors describes the majors an entry holds in.
func majors(e sinks.Entry) string {
	switch {
	case e.Since == 0 && e.Until == 0:
		return "all"
	case e.Until == 0:
		return fmt.Sprintf("v%d and later", e.Since)
	case e.Since <= 1 && e.Until == 1:
		return "v1 only"
	case e.Since <= 1:
		return fmt.Sprintf("up to v%d", e.Until)
	}
	return fmt.Sprintf("v%d to v%d", e.Since, e.Until)
}
