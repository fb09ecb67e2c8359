package lsp_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/privetlint/privet/internal/docblocks"
)

// recipes reads the blocks of docs/editors.md marked <!-- check: NAME -->.
func recipes(t *testing.T) map[string]string {
	t.Helper()
	out, err := docblocks.Read(filepath.Join("..", "..", "..", "docs", "editors.md"),
		"neovim", "nvim-lint", "helix", "emacs", "emacs-compile", "privet-vet", "vscode-vet", "golangci-yml", "vscode-golangci")
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// vscodeGoLint is the regular expression vscode-go parses lint output
// with (extension/src/util.ts, runTool).
var vscodeGoLint = regexp.MustCompile(`^([^:]*: )?((.:)?[^:]*):(\d+)(:(\d+)?)?:(?:\w+:)? (.*)$`)

// pathEnv puts the test's privet binary first on PATH.
func pathEnv() []string {
	return append(os.Environ(), "PATH="+filepath.Dir(privetBin)+string(os.PathListSeparator)+os.Getenv("PATH"))
}

// TestRecipeServers checks that the editor recipes for privet lsp start
// the command the other tests drive.
func TestRecipeServers(t *testing.T) {
	r := recipes(t)
	for name, want := range map[string]string{
		"neovim": `cmd = { 'privet', 'lsp' }`,
		"helix":  "command = \"privet\"\nargs = [\"lsp\"]",
		"emacs":  `(lsp-stdio-connection '("privet" "lsp"))`,
	} {
		if !strings.Contains(r[name], want) {
			t.Errorf("%s recipe does not contain %s:\n%s", name, want, r[name])
		}
	}
	if !strings.Contains(r["helix"], `language-servers = ["gopls", "privet"]`) {
		t.Errorf("helix recipe does not run privet beside gopls")
	}
	for _, name := range []string{"vscode-vet", "vscode-golangci"} {
		var settings map[string]any
		if err := json.Unmarshal([]byte(r[name]), &settings); err != nil {
			t.Errorf("%s: not JSON: %v", name, err)
			continue
		}
		tool, _ := settings["go.lintTool"].(string)
		alt, _ := settings["go.alternateTools"].(map[string]any)
		if tool == "" || alt[tool] == nil {
			t.Errorf("%s: go.alternateTools does not map go.lintTool %q", name, tool)
		}
		if flags, _ := settings["go.lintFlags"].([]any); len(flags) != 0 {
			t.Errorf("%s: go.lintFlags = %v", name, flags)
		}
	}
	// The Lua and Emacs Lisp blocks parse, when the tools are here.
	for _, name := range []string{"neovim", "nvim-lint"} {
		if luac, err := exec.LookPath("luac5.4"); err == nil {
			f := filepath.Join(t.TempDir(), name+".lua")
			os.WriteFile(f, []byte(r[name]), 0o644)
			if out, err := exec.Command(luac, "-p", f).CombinedOutput(); err != nil {
				t.Errorf("%s: luac -p: %v\n%s", name, err, out)
			}
		}
	}
	if emacs, err := exec.LookPath("emacs"); err == nil {
		for _, name := range []string{"emacs", "emacs-compile"} {
			f := filepath.Join(t.TempDir(), name+".el")
			os.WriteFile(f, []byte(r[name]), 0o644)
			// Read every form; an unbalanced or malformed form is an error.
			script := `(with-temp-buffer (insert-file-contents (car command-line-args-left)) (goto-char (point-min)) (condition-case nil (while t (read (current-buffer))) (end-of-file nil)))`
			if out, err := exec.Command(emacs, "--batch", "--eval", script, f).CombinedOutput(); err != nil {
				t.Errorf("%s: emacs --batch: %v\n%s", name, err, out)
			}
		}
	}
}

// TestRecipeVetWrapper runs the privet-vet script of the VS Code recipe
// as vscode-go runs a lint tool: in the package directory, without
// arguments, and in the workspace root with ./....
func TestRecipeVetWrapper(t *testing.T) {
	r := recipes(t)
	dir := copyModule(t, "app")
	script := filepath.Join(t.TempDir(), "privet-vet")
	if err := os.WriteFile(script, []byte(r["privet-vet"]), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		dir, arg, file string
	}{
		{filepath.Join(dir, "send"), "", "send.go"},
		{dir, "./...", "send/send.go"},
	} {
		cmd := exec.Command(script)
		if tc.arg != "" {
			cmd.Args = append(cmd.Args, tc.arg)
		}
		cmd.Dir = tc.dir
		cmd.Env = pathEnv()
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("privet-vet %s: %v\n%s", tc.arg, err, stderr.String())
		}
		if stderr.Len() > 0 {
			t.Errorf("privet-vet %s wrote to stderr (vscode-go would drop the output): %s", tc.arg, stderr.String())
		}
		found := map[string]bool{}
		for _, line := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
			if strings.HasPrefix(line, "#") {
				continue // go vet's package header, which vscode-go skips
			}
			m := vscodeGoLint.FindStringSubmatch(line)
			if m == nil {
				t.Errorf("privet-vet %s: line does not match vscode-go's pattern: %q", tc.arg, line)
				continue
			}
			if strings.HasPrefix(m[7], "pii data (Customer.Email) reaches an HTTP request") {
				found[m[2]+":"+m[4]+":"+m[6]] = true
			}
		}
		for _, want := range []string{tc.file + ":16:15", tc.file + ":30:9"} {
			if !found[want] {
				t.Errorf("privet-vet %s: no finding at %s in:\n%s", tc.arg, want, stdout.String())
			}
		}
	}
}

// TestRecipeCompile runs the command of the Emacs M-x compile and GoLand
// external tool recipes.
func TestRecipeCompile(t *testing.T) {
	r := recipes(t)
	if !strings.Contains(r["emacs-compile"], `(compile "privet -trace ./...")`) {
		t.Fatalf("emacs-compile recipe changed; update this test")
	}
	dir := copyModule(t, "app")
	cmd := exec.Command(privetBin, "-trace", "./...")
	cmd.Dir = dir
	out, err := cmd.Output()
	if code := cmd.ProcessState.ExitCode(); code != 1 {
		t.Fatalf("privet -trace ./...: %v (exit %d), want exit 1 (findings)\n%s", err, code, out)
	}
	// At the very start of the line, as compilation-mode's gnu rule and
	// GoLand's output filter read it: a step indented before its
	// position would be taken as a file named "\tsend/send.go".
	posn := regexp.MustCompile(`^([^:\s]+\.go):(\d+):(\d+): `)
	var n int
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if !posn.MatchString(line) {
			t.Errorf("line without FILE:LINE:COLUMN: %q", line)
		}
		n++
	}
	if n < 2 {
		t.Errorf("privet -trace ./... printed %d lines:\n%s", n, out)
	}
}

// emacsCompile loads a recipe, runs privet-check in a module directory,
// waits for the compilation to finish, then calls next-error until it
// moves past the last one and prints each place it visited as
// FILE:LINE:COLUMN (COLUMN in bytes from 1, as Go counts).
const emacsCompile = `(require 'compile)
(let ((recipe (nth 0 command-line-args-left))
      (dir (file-name-as-directory (nth 1 command-line-args-left)))
      (done nil)
      (visited '()))
  (load recipe nil t)
  (add-hook 'compilation-finish-functions (lambda (_buf _msg) (setq done t)))
  (let ((default-directory dir))
    (privet-check))
  (while (not done) (accept-process-output nil 0.2))
  (with-current-buffer "*compilation*"
    (princ (buffer-substring-no-properties (point-min) (point-max)) #'external-debugging-output)
    (goto-char (point-min)))
  (condition-case err
      (while t
        (next-error)
        (with-current-buffer (window-buffer (selected-window))
          (push (format "%s:%d:%d" (file-relative-name buffer-file-name dir)
                        (line-number-at-pos) (1+ (- (point) (line-beginning-position))))
                visited)))
    (user-error nil))
  (princ (mapconcat #'identity (nreverse visited) "\n"))
  (terpri))
`

// TestRecipeCompileEmacs runs the M-x compile recipe in a real Emacs
// (batch mode, the compilation on a pseudo-terminal with a terminal
// TERM, as in an Emacs started from a terminal) and checks that
// next-error visits every line privet printed, findings and steps, at
// its file, line and column. Skipped without emacs.
func TestRecipeCompileEmacs(t *testing.T) {
	emacs, err := exec.LookPath("emacs")
	if err != nil {
		t.Skip("emacs not installed")
	}
	r := recipes(t)
	dir := copyModule(t, "app")
	recipe := filepath.Join(t.TempDir(), "recipe.el")
	script := filepath.Join(t.TempDir(), "compile.el")
	os.WriteFile(recipe, []byte(r["emacs-compile"]), 0o644)
	os.WriteFile(script, []byte(emacsCompile), 0o644)

	cmd := exec.Command(privetBin, "-trace", "./...")
	cmd.Dir = dir
	out, _ := cmd.Output()
	var want []string
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		file, rest, _ := strings.Cut(line, ":")
		l, rest, _ := strings.Cut(rest, ":")
		c, _, _ := strings.Cut(rest, ":")
		want = append(want, file+":"+l+":"+c)
	}

	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Minute)
	defer cancel()
	run := exec.CommandContext(ctx, emacs, "--batch", "-Q", "-l", script, recipe, dir)
	run.Dir = dir
	run.Env = append(pathEnv(), "TERM=xterm-256color")
	var stdout, stderr bytes.Buffer
	run.Stdout, run.Stderr = &stdout, &stderr
	if err := run.Run(); err != nil {
		t.Fatalf("emacs --batch: %v\n%s%s", err, stdout.Bytes(), stderr.Bytes())
	}
	got := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("next-error visited\n%s\nwant every line of privet -trace:\n%s\ncompilation buffer:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), stderr.Bytes())
	}
	if len(want) < 4 {
		t.Errorf("privet -trace printed %d lines, want findings and steps:\n%s", len(want), out)
	}
}

// TestRecipeNvimLint runs the go vet command line of the nvim-lint
// recipe and, when Lua 5.4 with cjson is installed, its parser.
func TestRecipeNvimLint(t *testing.T) {
	r := recipes(t)
	if !strings.Contains(r["nvim-lint"], `args = { 'vet', '-json', function() return '-vettool=' .. vim.fn.exepath('privet') end, '.' }`) {
		t.Fatalf("nvim-lint recipe's command changed; update this test")
	}
	dir := copyModule(t, "app")
	cmd := exec.Command("go", "vet", "-json", "-vettool="+privetBin, ".")
	cmd.Dir = filepath.Join(dir, "send")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go vet -json: %v", err)
	}
	// The output is a stream of objects; the recipe splits it with Lua's
	// %b{} (balanced braces), which the messages never unbalance.
	dec := json.NewDecoder(bytes.NewReader(out))
	var findings int
	for {
		var units map[string]map[string]json.RawMessage
		if err := dec.Decode(&units); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("go vet -json output: %v\n%s", err, out)
		}
		for _, analyzers := range units {
			var diags []struct{ Posn, Message string }
			json.Unmarshal(analyzers["privet"], &diags)
			findings += len(diags)
		}
	}
	if findings != 2 {
		t.Errorf("go vet -json: %d findings, want 2\n%s", findings, out)
	}

	lua, err := exec.LookPath("lua5.4")
	if err != nil {
		t.Skip("lua5.4 not installed: the parser itself is not run")
	}
	if err := exec.Command(lua, "-e", "require('cjson')").Run(); err != nil {
		t.Skip("lua-cjson not installed: the parser itself is not run")
	}
	harness := `
local cjson = require('cjson')
local file, output = arg[1], io.read('a')
vim = {
  json = { decode = cjson.decode },
  diagnostic = { severity = { WARN = 2 } },
  api = { nvim_buf_get_name = function() return file end,
          nvim_create_autocmd = function() end },
  fn = { exepath = function() return 'privet' end, expand = function() return '.' end },
}
local lint = { linters = {}, linters_by_ft = {}, try_lint = function() end }
package.preload['lint'] = function() return lint end
dofile(arg[2])
for _, d in ipairs(lint.linters.privet.parser(output, 1)) do
  print(string.format('%d:%d-%d:%d %s %s %s', d.lnum, d.col, d.end_lnum, d.end_col, d.source, d.code, d.message))
end
`
	tmp := t.TempDir()
	harnessFile, recipeFile := filepath.Join(tmp, "harness.lua"), filepath.Join(tmp, "recipe.lua")
	os.WriteFile(harnessFile, []byte(harness), 0o644)
	os.WriteFile(recipeFile, []byte(r["nvim-lint"]), 0o644)
	run := exec.Command(lua, harnessFile, filepath.Join(dir, "send", "send.go"), recipeFile)
	run.Stdin = bytes.NewReader(out)
	got, err := run.CombinedOutput()
	if err != nil {
		t.Fatalf("the nvim-lint parser: %v\n%s", err, got)
	}
	want := "15:14-15:98 privet http pii data (Customer.Email) reaches an HTTP request (http.Post) without an approved sanitizer\n" +
		"29:8-29:28 privet http pii data (Customer.Email) reaches an HTTP request (http.Post) without an approved sanitizer\n"
	if string(got) != want {
		t.Errorf("the nvim-lint parser gave\n%s\nwant\n%s", got, want)
	}
}

// TestRecipeGolangci runs a golangci-lint with privet compiled in, as
// internal/e2e/golangci caches it, with the arguments vscode-go adds for
// golangci-lint-v2 and the recipe's .golangci.yml, and checks the
// warning about --fast-only. Skipped when no such
// binary has been built on this machine.
func TestRecipeGolangci(t *testing.T) {
	r := recipes(t)
	cache, err := os.UserCacheDir()
	if err != nil {
		t.Skip(err)
	}
	bins, _ := filepath.Glob(filepath.Join(cache, "privet-e2e", "golangci-lint-v2*"))
	if len(bins) == 0 {
		t.Skip("no golangci-lint with privet in the cache (go test ./internal/e2e/golangci builds one)")
	}
	bin := bins[len(bins)-1]
	dir := copyModule(t, "app")
	if err := os.WriteFile(filepath.Join(dir, ".golangci.yml"), []byte(r["golangci-yml"]), 0o644); err != nil {
		t.Fatal(err)
	}
	vscodeArgs := []string{"run", "--issues-exit-code=0", "--output.text.print-issued-lines=false",
		"--show-stats=false", "--output.text.path=stdout", "--path-mode=abs"}
	cmd := exec.Command(bin, vscodeArgs...)
	cmd.Dir = filepath.Join(dir, "send")
	cmd.Env = append(os.Environ(), "GOLANGCI_LINT_CACHE="+t.TempDir())
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("golangci-lint %s: %v\n%s", strings.Join(vscodeArgs, " "), err, out)
	}
	var found int
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		m := vscodeGoLint.FindStringSubmatch(line)
		if m == nil {
			t.Errorf("line does not match vscode-go's pattern: %q", line)
			continue
		}
		if strings.Contains(m[7], "reaches an HTTP request") && m[2] == filepath.Join(dir, "send", "send.go") {
			found++
		}
	}
	if found != 2 {
		t.Errorf("golangci-lint found %d leaks in send.go, want 2:\n%s", found, out)
	}
	fast := exec.Command(bin, append(vscodeArgs, "--fast-only")...)
	fast.Dir = cmd.Dir
	fast.Env = cmd.Env
	// --fast-only keeps the linters that need no types: privet goes.
	if out, _ := fast.CombinedOutput(); strings.Contains(string(out), "reaches an HTTP request") {
		t.Errorf("with --fast-only privet still ran:\n%s", out)
	}
}

// neovimCodeAction drives privet lsp from a real Neovim (0.7 and later,
// headless): it attaches the server to send/send.go, waits for the
// findings, puts the cursor at column 0 of the line NVIM_TEST_LINE
// (zero-based) and asks for code actions as a user does
// (vim.lsp.buf.code_action, which sends the line's diagnostics in the
// context), writing the titles Neovim offers to NVIM_TEST_OUT.
const neovimCodeAction = `local out = assert(io.open(os.getenv('NVIM_TEST_OUT'), 'w'))
local function say(s) out:write(s .. '\n'); out:flush() end
local id = vim.lsp.start_client({ name = 'privet', cmd = { 'privet', 'lsp' }, root_dir = vim.fn.getcwd() })
vim.cmd('edit send/send.go')
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, id)
vim.wait(240000, function() return #vim.diagnostic.get(buf) >= 2 end, 200)
say('diagnostics ' .. #vim.diagnostic.get(buf))
vim.api.nvim_win_set_cursor(0, { tonumber(os.getenv('NVIM_TEST_LINE')) + 1, 0 })
local done = false
vim.ui.select = function(items, opts, on_choice)
  for _, item in ipairs(items) do say('action ' .. opts.format_item(item)) end
  done = true
end
vim.lsp.buf.code_action()
vim.wait(20000, function() return done end, 100)
out:close()
vim.cmd('qa!')
`

// TestNeovimCodeActions: Neovim asks for code actions with the cursor
// at column 0, before the diagnostic's range, and the line's diagnostics
// in the context; privet answers from the context. Skipped without nvim.
func TestNeovimCodeActions(t *testing.T) {
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		t.Skip("nvim not installed")
	}
	dir := copyModule(t, "app")
	tmp := t.TempDir()
	script, out := filepath.Join(tmp, "test.lua"), filepath.Join(tmp, "out.txt")
	os.WriteFile(script, []byte(neovimCodeAction), 0o644)
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, nvim, "--headless", "-u", "NONE", "-i", "NONE", "-c", "luafile "+script)
	cmd.Dir = dir
	cmd.Env = append(pathEnv(), "NVIM_TEST_OUT="+out, "NVIM_TEST_LINE="+strconv.Itoa(indirectLine), "HOME="+tmp, "XDG_STATE_HOME="+tmp)
	log, err := cmd.CombinedOutput()
	got, _ := os.ReadFile(out)
	want := "diagnostics 2\naction Wrap c.Email in privacy.MaskEmail\naction Suppress with //privet:ignore\n"
	if err != nil || string(got) != want {
		t.Errorf("nvim: %v\n%s\ngot\n%s\nwant\n%s", err, log, got, want)
	}
}
