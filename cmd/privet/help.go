package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/privetlint/privet/analyzers"
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
	fmt.Fprint(w, "\nFlags:\n")
	fs := standaloneFlags(&options{})
	fs.SetOutput(w)
	fs.PrintDefaults()
	fmt.Fprint(w, "\n")
	vetUsage(w)
}

// vetUsage prints how to run privet under go vet and go fix, and the
// analyzers' flags there: the end of "privet help", and all of "privet
// help vet" (instead of unitchecker's text, which is about vet tools in
// general).
func vetUsage(w io.Writer) {
	fmt.Fprint(w, `Under go vet and go fix:

  go vet -vettool=$(which privet) [flags] [packages]
  go fix -fixtool=$(which privet) [packages]    # apply the suggested fixes

run the analyzers privet (flows of sensitive data into sinks) and
privetdiscover (fields and interfaces that look sensitive but are not
marked), with these flags (privet help privet and privet help
privetdiscover print their documentation):

`)
	for _, a := range analyzers.All() {
		fmt.Fprintf(w, "  -%s\n    \tenable the %s analyzer (default true; -%s=false turns it off)\n", a.Name, a.Name, a.Name)
		a.Flags.VisitAll(func(f *flag.Flag) {
			name, usage := flag.UnquoteUsage(f)
			fmt.Fprintf(w, "  -%s.%s", a.Name, f.Name)
			if name != "" {
				fmt.Fprintf(w, " %s", name)
			}
			fmt.Fprintf(w, "\n    \t%s\n", strings.ReplaceAll(usage, "\n", "\n    \t"))
		})
	}
	fmt.Fprint(w, `  -json
    	emit JSON output (go vet -json)
`)
}

// helpCmd is "privet help": the usage; "privet help vet": how to run
// privet under go vet, and the analyzers' flags. "privet help privet" (an
// analyzer's name) never gets here: main hands it to unitchecker (see
// vetArgs).
func helpCmd(args []string, stdout, stderr io.Writer) int {
	if len(args) == 1 && args[0] == "vet" {
		vetUsage(stdout)
		return exitClean
	}
	if len(args) > 0 {
		fmt.Fprintf(stderr, "privet help: no help for %q: privet help lists the commands and flags; privet help privet and privet help privetdiscover document the analyzers, privet help vet the vet tool\n", strings.Join(args, " "))
		return exitError
	}
	usage(stdout)
	return exitClean
}
