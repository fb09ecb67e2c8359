package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

const usageHead = `usage: privet [flags] [packages]
       privet <command> [arguments]

privet reports flows of sensitive customer data (fields tagged privet:"pii",
types marked //privet:sensitive, ...) into AI services, HTTP requests and
other third parties. Packages are go list patterns (default ./...).

Exit status: 0 no findings, 1 findings, 2 usage, policy, load or analysis
error (packages that fail to type-check are reported and the others are
still analysed; findings are printed either way).

Commands:
`

// usage prints what "privet help" and "privet -h" print: the commands and
// the standalone flags.
func usage(w io.Writer) {
	fmt.Fprint(w, usageHead)
	tw := tabwriter.NewWriter(w, 0, 4, 3, ' ', 0)
	for _, c := range commands() {
		fmt.Fprintf(tw, "  %s\t%s\n", strings.TrimSpace("privet "+c.name+" "+c.args), c.doc)
	}
	tw.Flush()
	fmt.Fprint(w, "\nUnder go vet (go vet -vettool=$(which privet)), the analyzers privet and\nprivetdiscover take flags of their own: privet help privet lists them.\n\nFlags:\n")
	fs := standaloneFlags(&options{})
	fs.SetOutput(w)
	fs.PrintDefaults()
}

// helpCmd is "privet help": the usage. "privet help privet" (an
// analyzer's name) and "privet help vet" never get here: main hands them
// to unitchecker (see vetArgs).
func helpCmd(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		fmt.Fprintf(stderr, "privet help: no help for %q: privet help lists the commands and flags; privet help privet and privet help privetdiscover document the analyzers, privet help vet the vet tool\n", strings.Join(args, " "))
		return exitError
	}
	usage(stdout)
	return exitClean
}
