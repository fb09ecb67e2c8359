package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/privetlint/privet/internal/category"
	"github.com/privetlint/privet/passes/config"
	"github.com/privetlint/privet/passes/sinks"
)

// configCmd is "privet config [dir]": the effective policy for a
// directory (default the working directory).
func configCmd(args []string, stdout, stderr io.Writer) int {
	dir := "."
	if len(args) > 0 {
		dir = args[0]
	}
	if err := printConfig(stdout, dir); err != nil {
		fmt.Fprintln(stderr, err)
		return exitError
	}
	return exitClean
}

// printConfig prints the effective policy for a directory: privet config.
func printConfig(w io.Writer, dir string) error {
	var s config.Settings // PRIVET_CONFIG, else the search
	file, err := s.Find(dir)
	if err != nil {
		return err
	}
	cfg, err := sinks.LoadPolicy(s, dir)
	if err != nil {
		return err
	}
	from := func(p config.Position) string { return fmt.Sprintf("%s:%d", p.File, p.Line) }
	if file == "" {
		fmt.Fprintln(w, "# no .privet.yml found: built-in rules and annotations only")
	} else {
		fmt.Fprintf(w, "# policy file: %s\n", file)
	}
	fmt.Fprintln(w, "categories:")
	for _, c := range category.Builtin {
		fmt.Fprintf(w, "  - %s  # built in\n", c)
	}
	for _, c := range cfg.Categories {
		fmt.Fprintf(w, "  - %s  # %s %s\n", c.Name, from(c.Pos), c.Description)
	}
	if len(cfg.Kinds) > 0 {
		fmt.Fprintln(w, "sink kinds:")
		for _, k := range cfg.Kinds {
			fmt.Fprintf(w, "  - %s  # %s %s\n", k.Name, from(k.Pos), k.Description)
		}
	}
	section := func(name string, n int, f func(i int) string) {
		if n == 0 {
			return
		}
		fmt.Fprintf(w, "%s:\n", name)
		for i := 0; i < n; i++ {
			fmt.Fprintf(w, "  - %s\n", f(i))
		}
	}
	section("sources", len(cfg.Sources), func(i int) string {
		r := cfg.Sources[i]
		what := ""
		switch {
		case r.Function != nil:
			what = "results of " + funcText(*r.Function)
		case r.TagKey != "":
			what = fmt.Sprintf("fields tagged %s:%q", r.TagKey, r.TagValue.Text)
		case len(r.Fields) > 0:
			what = fmt.Sprintf("fields %s of %s.%s", strings.Join(r.Fields, ", "), r.Package.Text, r.Type.Text)
		default:
			what = "every value of " + r.Package.Text + "." + r.Type.Text
		}
		return fmt.Sprintf("%s: %s  # %s", r.Categories, what, from(r.Pos))
	})
	section("sinks", len(cfg.Sinks), func(i int) string {
		r := cfg.Sinks[i]
		return fmt.Sprintf("%s: %s, %s  # %s", r.Kind, funcText(r.Func), payload(r.Args), from(r.Pos))
	})
	section("sanitizers", len(cfg.Sanitizers), func(i int) string {
		r := cfg.Sanitizers[i]
		cats := r.Categories.String()
		if cats == "" {
			cats = "all categories"
		}
		in := ""
		for _, i := range r.In {
			if i < 0 {
				in += ", in place: the receiver"
			} else {
				in += fmt.Sprintf(", in place: what argument %d points to", i)
			}
		}
		return fmt.Sprintf("%s cleans %s%s  # %s", funcText(r.Func), cats, in, from(r.Pos))
	})
	section("allow", len(cfg.Allow), func(i int) string {
		r := cfg.Allow[i]
		to := r.Sink
		if len(r.Hosts) > 0 {
			to = strings.TrimSpace(to + " hosts " + strings.Join(r.Hosts, ", "))
		}
		cats := r.Categories.String()
		if cats == "" {
			cats = "all categories"
		}
		return fmt.Sprintf("%s to %s: %s  # %s", cats, to, r.Reason, from(r.Pos))
	})
	section("exclude paths", len(cfg.ExcludePaths), func(i int) string { return cfg.ExcludePaths[i] })
	section("exclude functions", len(cfg.ExcludeFunctions), func(i int) string { return funcText(cfg.ExcludeFunctions[i]) })
	enabled := append([]string(nil), cfg.Enable...)
	sort.Strings(enabled)
	section("enabled optional sinks", len(enabled), func(i int) string { return enabled[i] })
	printDiscover(w, cfg.Discover, from)
	fmt.Fprintf(w, "  sources: %s\n", sourcesMode(cfg.Discover, len(cfg.Sources), dir))
	return nil
}

// printDiscover prints the discover section as privetdiscover applies it.
func printDiscover(w io.Writer, d config.Discover, from func(config.Position) string) {
	where := "default"
	if d.Pos.File != "" {
		where = from(d.Pos)
	}
	fmt.Fprintf(w, "discover:  # %s\n", where)
	if d.Disabled {
		fmt.Fprintln(w, "  enabled: false")
		return
	}
	confidence := d.MinConfidence
	if confidence == "" {
		confidence = "medium"
	}
	fmt.Fprintf(w, "  enabled: true\n  min_confidence: %s\n", confidence)
	if len(d.Ignore) > 0 {
		fmt.Fprintln(w, "  ignore:")
		for _, p := range d.Ignore {
			fmt.Fprintf(w, "    - %q\n", p.Text)
		}
	}
}

func funcText(p config.FuncPattern) string {
	s := p.Package.Text
	if p.Receiver.Text != "" {
		s += "." + p.Receiver.Text
	}
	if p.Method.Text != "" {
		s += "." + p.Method.Text
	}
	return s
}
