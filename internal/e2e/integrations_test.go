package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	yaml "go.yaml.in/yaml/v3"
)

// action is the part of action.yml the local runner reads.
type action struct {
	Inputs map[string]struct {
		Default string `yaml:"default"`
	} `yaml:"inputs"`
	Runs struct {
		Using string `yaml:"using"`
		Steps []struct {
			Name             string            `yaml:"name"`
			ID               string            `yaml:"id"`
			If               string            `yaml:"if"`
			Shell            string            `yaml:"shell"`
			Run              string            `yaml:"run"`
			Uses             string            `yaml:"uses"`
			With             map[string]string `yaml:"with"`
			Env              map[string]string `yaml:"env"`
			WorkingDirectory string            `yaml:"working-directory"`
		} `yaml:"steps"`
	} `yaml:"runs"`
}

// actionRun is the result of running the action locally.
type actionRun struct {
	log     string
	failed  string            // the step that failed, if one did
	outputs map[string]string // steps.ID.outputs.NAME
	uploads []map[string]string
}

var expr = regexp.MustCompile(`\$\{\{\s*(.*?)\s*\}\}`)

// runAction runs the composite action in action.yml the way the GitHub
// runner does, in the workspace ws with the given inputs: each run step
// with bash, in its working directory, with its env, ${{ }} expressions
// of inputs, github.action_path and step outputs replaced, GITHUB_OUTPUT
// and GITHUB_PATH honoured, and the if conditions the action uses
// (comparisons joined by &&, !cancelled()) evaluated. Steps that use
// another action (upload-sarif) are recorded with their inputs, not run.
func runAction(t *testing.T, root, ws string, inputs map[string]string) actionRun {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var a action
	if err := yaml.Unmarshal(data, &a); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	if a.Runs.Using != "composite" {
		t.Fatalf("action.yml: runs.using %q, want composite", a.Runs.Using)
	}
	in := map[string]string{}
	for name, i := range a.Inputs {
		in[name] = i.Default
	}
	for name, v := range inputs {
		if _, ok := a.Inputs[name]; !ok {
			t.Fatalf("action.yml has no input %q", name)
		}
		in[name] = v
	}
	res := actionRun{outputs: map[string]string{}}
	tmp := t.TempDir()
	path := os.Getenv("PATH")
	value := func(e string) string {
		e = strings.TrimSpace(e)
		switch {
		case strings.HasPrefix(e, "inputs."):
			return in[strings.TrimPrefix(e, "inputs.")]
		case e == "github.action_path":
			return root
		case strings.HasPrefix(e, "steps."):
			return res.outputs[strings.Replace(strings.TrimPrefix(e, "steps."), ".outputs.", ".", 1)]
		case strings.HasPrefix(e, "'") && strings.HasSuffix(e, "'"):
			return strings.Trim(e, "'")
		}
		t.Fatalf("action.yml: expression %q not understood by the local runner", e)
		return ""
	}
	subst := func(s string) string {
		return expr.ReplaceAllStringFunc(s, func(m string) string { return value(expr.FindStringSubmatch(m)[1]) })
	}
	cond := func(s string) bool {
		if s == "" {
			return res.failed == ""
		}
		s = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(s), "${{"), "}}"))
		ok := res.failed == ""
		for _, term := range strings.Split(s, "&&") {
			term = strings.TrimSpace(term)
			switch {
			case term == "!cancelled()":
				ok = true // runs after a failure too
			case strings.Contains(term, "!="):
				l, r, _ := strings.Cut(term, "!=")
				if value(l) == value(r) {
					return false
				}
			case strings.Contains(term, "=="):
				l, r, _ := strings.Cut(term, "==")
				if value(l) != value(r) {
					return false
				}
			default:
				t.Fatalf("action.yml: condition %q not understood by the local runner", term)
			}
		}
		return ok
	}
	for i, st := range a.Runs.Steps {
		if !cond(st.If) {
			continue
		}
		if st.Uses != "" {
			with := map[string]string{"uses": st.Uses}
			for k, v := range st.With {
				with[k] = subst(v)
			}
			res.uploads = append(res.uploads, with)
			continue
		}
		if st.Shell != "bash" {
			t.Fatalf("step %q: shell %q, want bash", st.Name, st.Shell)
		}
		output, pathFile := filepath.Join(tmp, fmt.Sprintf("output%d", i)), filepath.Join(tmp, fmt.Sprintf("path%d", i))
		os.WriteFile(output, nil, 0o644)
		os.WriteFile(pathFile, nil, 0o644)
		// bash -e {0}, as the runner invokes a bash step.
		script := filepath.Join(tmp, fmt.Sprintf("step%d.sh", i))
		os.WriteFile(script, []byte(subst(st.Run)), 0o644)
		cmd := exec.CommandContext(t.Context(), "bash", "--noprofile", "--norc", "-eo", "pipefail", script)
		cmd.Dir = ws
		if st.WorkingDirectory != "" {
			cmd.Dir = filepath.Join(ws, subst(st.WorkingDirectory))
		}
		cmd.Env = append(os.Environ(), "PATH="+path, "GITHUB_OUTPUT="+output, "GITHUB_PATH="+pathFile,
			"GITHUB_ACTION_PATH="+root, "GITHUB_WORKSPACE="+ws, "RUNNER_TEMP="+tmp,
			"GOWORK=off", "GOTOOLCHAIN=local", "GOFLAGS=-mod=mod")
		for k, v := range st.Env {
			cmd.Env = append(cmd.Env, k+"="+subst(v))
		}
		out, err := cmd.CombinedOutput()
		res.log += "## " + st.Name + "\n" + string(out)
		outs, _ := os.ReadFile(output)
		for line := range strings.Lines(string(outs)) {
			if k, v, ok := strings.Cut(strings.TrimRight(line, "\n"), "="); ok && st.ID != "" {
				res.outputs[st.ID+"."+k] = v
			}
		}
		dirs, _ := os.ReadFile(pathFile)
		for line := range strings.Lines(string(dirs)) {
			path = strings.TrimSpace(line) + string(os.PathListSeparator) + path
		}
		if err != nil && res.failed == "" {
			res.failed = st.Name
		}
	}
	return res
}

// TestGitHubAction runs the repository's composite action (action.yml)
// locally on a module with one leak: privet is built from the checkout,
// the SARIF log is written and handed to upload-sarif, the outputs say
// one finding; with fail-on-findings the job fails after the upload.
func TestGitHubAction(t *testing.T) {
	root, _ := setup(t)
	ws := writeModule(t, map[string]string{"go.mod": "module example.com/app\n\ngo 1.26.0\n", "app.go": userSource})

	res := runAction(t, root, ws, nil)
	t.Logf("action log:\n%s", res.log)
	if res.failed != "" {
		t.Fatalf("step %q failed", res.failed)
	}
	if res.outputs["run.findings"] != "1" || res.outputs["run.sarif-file"] != "privet.sarif" {
		t.Errorf("outputs %v, want findings=1 and sarif-file=privet.sarif", res.outputs)
	}
	if len(res.uploads) != 1 || res.uploads[0]["uses"] != "github/codeql-action/upload-sarif@v3" ||
		res.uploads[0]["sarif_file"] != "./privet.sarif" || res.uploads[0]["category"] != "privet" {
		t.Errorf("uploads %v, want upload-sarif of ./privet.sarif, category privet", res.uploads)
	}
	data, err := os.ReadFile(filepath.Join(ws, "privet.sarif"))
	if err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				RuleID string `json:"ruleId"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(data, &log); err != nil || len(log.Runs) != 1 || len(log.Runs[0].Results) != 1 || log.Runs[0].Results[0].RuleID != "http" {
		t.Errorf("privet.sarif: %v, want one http result:\n%s", err, data)
	}
	if !strings.Contains(res.log, "app.go:13:2: pii data (Customer.Email) reaches an HTTP request") {
		t.Errorf("the log does not show the finding")
	}

	res = runAction(t, root, ws, map[string]string{"fail-on-findings": "true", "upload": "false", "flags": "-kinds http"})
	if res.failed != "Fail on findings" || len(res.uploads) != 0 {
		t.Errorf("with fail-on-findings: failed step %q, uploads %v; want Fail on findings and no upload\n%s", res.failed, res.uploads, res.log)
	}
	// A usage error fails the run step itself.
	res = runAction(t, root, ws, map[string]string{"flags": "-format nosuch"})
	if res.failed != "Run privet" || !bytes.Contains([]byte(res.log), []byte("::error title=privet::privet exited with status 2")) {
		t.Errorf("with a bad flag: failed step %q\n%s", res.failed, res.log)
	}
}

// TestPreCommitHook checks the hook of .pre-commit-hooks.yaml: what
// pre-commit does for a golang hook (go install ./... in the repository,
// then the entry with the args, without file names, in the project) on a
// module with one leak fails with the finding; and, when pre-commit and
// git are installed, pre-commit itself does the same (try-repo).
func TestPreCommitHook(t *testing.T) {
	root, _ := setup(t)
	data, err := os.ReadFile(filepath.Join(root, ".pre-commit-hooks.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var hooks []struct {
		ID            string   `yaml:"id"`
		Entry         string   `yaml:"entry"`
		Args          []string `yaml:"args"`
		Language      string   `yaml:"language"`
		Types         []string `yaml:"types"`
		PassFilenames *bool    `yaml:"pass_filenames"`
	}
	if err := yaml.Unmarshal(data, &hooks); err != nil {
		t.Fatalf(".pre-commit-hooks.yaml: %v", err)
	}
	if len(hooks) != 1 || hooks[0].ID != "privet" || hooks[0].Language != "golang" || hooks[0].PassFilenames == nil || *hooks[0].PassFilenames {
		t.Fatalf(".pre-commit-hooks.yaml: %+v, want the golang hook privet without file names", hooks)
	}
	h := hooks[0]
	ws := writeModule(t, map[string]string{"go.mod": "module example.com/app\n\ngo 1.26.0\n", "app.go": userSource})
	env := append(os.Environ(), "GOWORK=off", "GOTOOLCHAIN=local")
	const want = "app.go:13:2: pii data (Customer.Email) reaches an HTTP request (http.Post) without an approved sanitizer\n"

	gobin := t.TempDir()
	install := exec.CommandContext(t.Context(), "go", "install", "./...")
	install.Dir, install.Env = root, append(env, "GOBIN="+gobin)
	if out, err := install.CombinedOutput(); err != nil {
		t.Fatalf("go install ./... in the repository: %v\n%s", err, out)
	}
	hook := exec.CommandContext(t.Context(), filepath.Join(gobin, h.Entry), h.Args...)
	hook.Dir, hook.Env = ws, append(env, "GOFLAGS=-mod=mod")
	out, _ := hook.CombinedOutput()
	if code := hook.ProcessState.ExitCode(); code != 1 || string(out) != want {
		t.Errorf("the hook: exit %d\n%s\nwant exit 1 and\n%s", code, out, want)
	}

	preCommit, err := exec.LookPath("pre-commit")
	if err != nil {
		t.Skip("pre-commit not installed: the hook was run as pre-commit would run it")
	}
	git, err := exec.LookPath("git")
	if err != nil {
		t.Skip("git not installed")
	}
	gomodcache, _ := exec.Command("go", "env", "GOMODCACHE").Output()
	for _, args := range [][]string{{"init", "-q"}, {"add", "-A"}, {"-c", "user.email=test@example.org", "-c", "user.name=test", "commit", "-qm", "app"}} {
		cmd := exec.Command(git, args...)
		cmd.Dir = ws
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	try := exec.CommandContext(t.Context(), preCommit, "try-repo", root, "privet", "--all-files")
	try.Dir = ws
	// pre-commit's own environments, and the module cache shared with
	// the other tests (pre-commit sets GOPATH to its environment).
	try.Env = append(env, "PRE_COMMIT_HOME="+t.TempDir(), "GOMODCACHE="+strings.TrimSpace(string(gomodcache)), "GOFLAGS=-mod=mod")
	out, _ = try.CombinedOutput()
	if code := try.ProcessState.ExitCode(); code != 1 || !strings.Contains(string(out), "privet....") || !strings.Contains(string(out), "Failed") || !strings.Contains(string(out), want) {
		t.Errorf("pre-commit try-repo: exit %d\n%s\nwant the hook to fail with\n%s", code, out, want)
	}
}
