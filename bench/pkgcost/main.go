// Command pkgcost measures what a vet tool costs per package: where
// privet's time goes under go vet, against the SSA-only baseline. See
// bench/README.md (pkgcost.sh drives it).
//
//	PKGCOST_TOOL=/path/to/tool PKGCOST_LOG=file go vet -vettool=pkgcost ...
//
// runs the tool for each unit and appends one line per unit to the log:
// the unit's ID, whether go vet wanted only its facts, the CPU seconds
// (user + system) and the peak RSS of the tool's process. Every other
// invocation (go vet's -V=full, -flags) is passed through unrecorded.
//
//	pkgcost report privet.log ssaonly.log [routes.json]
//
// joins two logs by unit and prints the totals and the costliest units,
// with the taint pass's route of each unit when routes.json (the output
// of go vet -json -privetstats.emit) is given.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"os/exec"
	"slices"
	"sort"
	"strconv"
	"strings"
	"syscall"

	"github.com/privetlint/privet/internal/host/vetjson"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "report" {
		if err := report(os.Args[2:], os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "pkgcost:", err)
			os.Exit(2)
		}
		return
	}
	os.Exit(wrap(os.Args[1:]))
}

// wrap runs the tool named by PKGCOST_TOOL and records its cost.
func wrap(args []string) int {
	cmd := exec.Command(os.Getenv("PKGCOST_TOOL"), args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	err := cmd.Run()
	status := 0
	if ee, ok := err.(*exec.ExitError); ok {
		status = ee.ExitCode()
	} else if err != nil {
		fmt.Fprintln(os.Stderr, "pkgcost:", err)
		return 2
	}
	if len(args) == 0 || !strings.HasSuffix(args[len(args)-1], ".cfg") {
		return status
	}
	var unit struct {
		ID       string
		VetxOnly bool
	}
	if data, err := os.ReadFile(args[len(args)-1]); err == nil {
		json.Unmarshal(data, &unit)
	}
	ru, _ := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	cpu := cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	var rssKB int64
	if ru != nil {
		rssKB = ru.Maxrss
	}
	line := fmt.Sprintf("%s\t%t\t%.3f\t%d\n", unit.ID, unit.VetxOnly, cpu.Seconds(), rssKB)
	if f, err := os.OpenFile(os.Getenv("PKGCOST_LOG"), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o666); err == nil {
		f.WriteString(line) // one write: concurrent units do not interleave
		f.Close()
	}
	return status
}

// cost is one unit's cost under one tool.
type cost struct {
	vetxOnly bool
	cpu      float64
	rssKB    int64
}

func readLog(file string) (map[string]cost, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]cost{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) != 4 {
			continue
		}
		cpu, _ := strconv.ParseFloat(fields[2], 64)
		rss, _ := strconv.ParseInt(fields[3], 10, 64)
		out[fields[0]] = cost{fields[1] == "true", cpu, rss}
	}
	return out, sc.Err()
}

// readRoutes reads the privetstats entries of go vet -json output: unit
// ID -> route, and why an analysed unit was.
func readRoutes(file string) (routes, whys map[string]string, err error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	routes, whys = map[string]string{}, map[string]string{}
	err = vetjson.Read(bufio.NewReader(f), func(id string, entries map[string]json.RawMessage) {
		var st struct{ Route, Why string }
		if raw, ok := entries["privetstats"]; ok && json.Unmarshal(raw, &st) == nil {
			routes[id] = st.Route
			whys[id] = st.Why
		}
	})
	return routes, whys, err
}

func report(args []string, w io.Writer) error {
	if len(args) < 2 {
		return fmt.Errorf("usage: pkgcost report privet.log ssaonly.log [routes.json]")
	}
	privet, err := readLog(args[0])
	if err != nil {
		return err
	}
	base, err := readLog(args[1])
	if err != nil {
		return err
	}
	routes, whys := map[string]string{}, map[string]string{}
	if len(args) > 2 {
		if routes, whys, err = readRoutes(args[2]); err != nil {
			return err
		}
	}
	type row struct {
		id, route  string
		privet, ss cost
	}
	var rows []row
	byRoute := map[string]*[3]float64{} // units, privet CPU, ssaonly CPU
	var total [2]float64
	var peak [2]int64
	for id, p := range privet {
		r := routes[id]
		if r == "" {
			r = "unknown"
		}
		b := base[id]
		rows = append(rows, row{id, r, p, b})
		if byRoute[r] == nil {
			byRoute[r] = new([3]float64)
		}
		byRoute[r][0]++
		byRoute[r][1] += p.cpu
		byRoute[r][2] += b.cpu
		total[0] += p.cpu
		total[1] += b.cpu
		peak[0] = max(peak[0], p.rssKB)
		peak[1] = max(peak[1], b.rssKB)
	}
	fmt.Fprintf(w, "units: %d (privet log), %d (ssaonly log)\n", len(privet), len(base))
	fmt.Fprintf(w, "tool CPU: privet %.1f s, ssaonly %.1f s, ratio %.2fx; peak tool RSS: privet %d MB, ssaonly %d MB\n\n",
		total[0], total[1], total[0]/max(total[1], 1e-9), peak[0]/1024, peak[1]/1024)
	fmt.Fprintf(w, "%-10s %6s %12s %12s %8s\n", "route", "units", "privet_cpu", "ssaonly_cpu", "ratio")
	names := make([]string, 0, len(byRoute))
	for r := range byRoute {
		names = append(names, r)
	}
	sort.Strings(names)
	for _, r := range names {
		v := byRoute[r]
		fmt.Fprintf(w, "%-10s %6.0f %12.1f %12.1f %7.2fx\n", r, v[0], v[1], v[2], v[1]/max(v[2], 1e-9))
	}
	sort.Slice(rows, func(i, j int) bool {
		di, dj := rows[i].privet.cpu-rows[i].ss.cpu, rows[j].privet.cpu-rows[j].ss.cpu
		if di != dj {
			return di > dj
		}
		return rows[i].id < rows[j].id
	})
	var whyCount = map[string]int{}
	for id, why := range whys {
		if routes[id] == "analysed" {
			whyCount[whyKind(why)]++
		}
	}
	fmt.Fprintln(w, "\nwhy the analysed units are (privet -v lists each):")
	for _, k := range slices.Sorted(maps.Keys(whyCount)) {
		fmt.Fprintf(w, "%6d  %s\n", whyCount[k], k)
	}
	fmt.Fprintf(w, "\nunits where privet costs most over ssaonly:\n%-9s %-9s %8s %8s %7s  %s\n", "route", "vetxonly", "privet", "ssaonly", "rss_MB", "unit")
	for _, r := range rows[:min(25, len(rows))] {
		fmt.Fprintf(w, "%-9s %-9t %8.2f %8.2f %7d  %s", r.route, r.privet.vetxOnly, r.privet.cpu, r.ss.cpu, r.privet.rssKB/1024, r.id)
		if why := whys[r.id]; why != "" {
			fmt.Fprintf(w, " (%s)", why)
		}
		fmt.Fprintln(w)
	}
	return nil
}

// whyKind shortens a reason to what kind of thing made a unit relevant:
// "calls the sink (*net/http.Client).Do" -> "calls the sink".
func whyKind(why string) string {
	if strings.HasPrefix(why, "calls the sink") {
		return why // the sinks are few; which one matters
	}
	for _, prefix := range []string{"calls the sanitizer", "calls the source function", "has values of the sensitive type", "declares"} {
		if strings.HasPrefix(why, prefix) {
			return prefix
		}
	}
	if strings.HasPrefix(why, "calls ") {
		return "calls a function that sends or returns sensitive data"
	}
	return why
}
