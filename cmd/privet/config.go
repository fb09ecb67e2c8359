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
	section("allow", len(cfg.Allow), func(i int) string { return flowText(cfg.Allow[i], from) })
	section("deny (no allow rule, sanitizer or //privet:ignore lifts these)", len(cfg.Deny), func(i int) string { return flowText(cfg.Deny[i], from) })
	section("require (only these sanitizers clean the category there)", len(cfg.Require), func(i int) string { return flowText(cfg.Require[i], from) })
	section("access (only this code reads the data; the package that declares it always may)", len(cfg.Access), func(i int) string {
		r := cfg.Access[i]
		what := r.Categories.String()
		switch {
		case r.Function != nil:
			what = "results of " + funcText(*r.Function)
		case r.Field != "":
			what = strings.TrimPrefix(r.Package+"."+r.Type+"."+r.Field, ".")
		case r.Type != "":
			what = "type " + strings.TrimPrefix(r.Package+"."+r.Type, ".")
		}
		readers := make([]string, len(r.Readers))
		for j, e := range r.Readers {
			readers[j] = e.Text
		}
		return fmt.Sprintf("%s read by %s: %s  # %s", what, strings.Join(readers, ", "), r.Reason, from(r.Pos))
	})
	section("exclude paths", len(cfg.ExcludePaths), func(i int) string { return cfg.ExcludePaths[i] })
	section("exclude functions", len(cfg.ExcludeFunctions), func(i int) string { return funcText(cfg.ExcludeFunctions[i]) })
	enabled := append([]string(nil), cfg.Enable...)
	sort.Strings(enabled)
	section("enabled optional sinks", len(enabled), func(i int) string { return enabled[i] })
	if cfg.Tests {
		fmt.Fprintln(w, "tests: true  # findings in _test.go files are reported")
	}
	printDiscover(w, cfg.Discover, from)
	fmt.Fprintf(w, "  sources: %s\n", sourcesMode(cfg.Discover, len(cfg.Sources), dir))
	if root, module := moduleRoot(dir); module != root {
		if ws := cfg.ScopeWarnings(module, root); len(ws) > 0 {
			fmt.Fprintln(w, "warnings:")
			for _, p := range ws {
				fmt.Fprintf(w, "  - %s\n", p)
			}
		}
	}
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

// flowText prints an allow or deny rule: "payment to stripe from
// example.com/shop/billing/...: reason  # .privet.yml:12".
func flowText(r config.FlowRule, from func(config.Position) string) string {
	to := r.Sink
	if to == "" {
		to = "any sink"
	}
	if len(r.Hosts) > 0 {
		to = strings.TrimSpace(r.Sink + " hosts " + strings.Join(r.Hosts, ", "))
	}
	cats := r.Categories.String()
	if cats == "" {
		cats = "all categories"
	}
	where := ""
	if len(r.From) > 0 {
		texts := make([]string, len(r.From))
		for i, e := range r.From {
			texts[i] = e.Text
		}
		where = " from " + strings.Join(texts, ", ")
	}
	if len(r.Sanitizers) > 0 {
		names := make([]string, len(r.Sanitizers))
		for i, s := range r.Sanitizers {
			names[i] = s.Text
		}
		where += " cleaned by " + strings.Join(names, " or ")
	}
	return fmt.Sprintf("%s to %s%s: %s  # %s", cats, to, where, r.Reason, from(r.Pos))
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
