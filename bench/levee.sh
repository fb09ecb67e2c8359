#!/usr/bin/env bash
# bench/levee.sh scores privet on go-flow-levee's own analysistest suite
# (internal/pkg/levee/testdata): it fetches the suite, writes levee's test
# configs as privet policies, runs privet and compares the reported lines
# with the suite's `// want` and `// TODO want` lines. The suite is levee's
# code (Apache-2.0): it is fetched into the work dir and never committed.
#
#   bench/levee.sh                      # the module proxy, LEVEE_VERSION below
#   bench/levee.sh github.com/google/go-flow-levee@VERSION
#   bench/levee.sh /path/to/go-flow-levee   # a checkout, a bare clone, or its levee_analysistest dir
#   bench/levee.sh -v ...               # also list every miss and false report
#   bench/levee.sh -k ...               # keep the work dir
#   PRIVET_BIN=/path/to/privet bench/levee.sh
#
# Prints recall (active wants reported), precision (reported lines that
# are wanted, TODO-wanted lines counting as right), TODO caught, and the
# reports on lines that levee's own suppression comment
# (`levee.DoNotReport`, a syntax privet does not read) covers, which are
# counted apart from the false reports.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/lib.sh
source "$REPO/bench/lib.sh"

# The last commit of go-flow-levee (2022-08-09), as a pseudo-version.
LEVEE_VERSION=${LEVEE_VERSION:-v0.0.0-20220809233639-f056bc474625}
VERBOSE=0
while getopts kv opt; do
	case $opt in
	k) KEEP=1 ;;
	v) VERBOSE=1 ;;
	*) sed -n '2,18p' "$0" >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
SRC=${1:-github.com/google/go-flow-levee@$LEVEE_VERSION}

setup_work levee
privet_tool

if [[ -d $SRC/objects && -f $SRC/HEAD ]]; then
	log "extracting the suite from the git directory $SRC"
	dir=$WORK/levee
	mkdir -p "$dir"
	git --git-dir="$SRC" archive HEAD internal/pkg/levee/testdata | tar -x -C "$dir"
elif [[ -d $SRC ]]; then
	dir=$(realpath "$SRC")
else
	log "downloading $SRC"
	dljson=$(cd "$WORK" && go mod download -json "$SRC")
	dir=$(sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p' <<<"$dljson" | head -1)
	[[ -n $dir && -d $dir ]] || { echo "could not locate the module dir in:" >&2; echo "$dljson" >&2; exit 1; }
fi
for d in "$dir" "$dir/src/levee_analysistest" "$dir/internal/pkg/levee/testdata/src/levee_analysistest"; do
	if [[ -f $d/go.mod ]] && grep -q '^module levee_analysistest$' "$d/go.mod"; then suite=$d; fi
done
[[ -n ${suite:-} ]] || { echo "no levee_analysistest module under $dir" >&2; exit 1; }

SUITE=$WORK/suite
cp -r "$suite" "$SUITE"
chmod -R u+w "$SUITE"
# ear/ runs under levee's experimental EAR mode (levee_ear_test.go), a
# separate test with a config of its own: not part of the scored suite.
rm -rf "$SUITE/ear"

# levee's test-config.yaml (TestLevee, example/...). Sources: core.Source's
# Data fields and fields tagged levee:"source" (levee's built-in tag; the
# config's SourceManipulator type is not in the suite, and privet warns
# about a rule that names no type); sinks: core functions and methods named like
# /Sinkf?$/ and SinkAndReturn; sanitizers: core's /^Sanitize/ functions
# (SanitizePtr cleans the Source its argument points to, in=0); levee
# reports panic(x) unless AllowPanicOnTaintedValues is set.
cat >"$SUITE/.privet.yml" <<'EOF'
version: 1
sink_kinds:
  - name: levee
    description: levee's test sinks
sources:
  - package: levee_analysistest/example/core
    type: Source
    fields: [Data]
    category: pii
  - tag: {key: levee, value: source}
    category: pii
sinks:
  - package: levee_analysistest/example/core
    method: /Sinkf?$/
    kind: levee
  - package: levee_analysistest/example/core
    method: SinkAndReturn
    kind: levee
sanitizers:
  - package: levee_analysistest/example/core
    method: SanitizePtr
    in: [0]
  - package: levee_analysistest/example/core
    method: /^Sanitize/
enable: [panic]
exclude:
  functions:
    - {package: levee_analysistest/example/tests/excludedpackage}
    - {package: levee_analysistest/example/tests/includedpackage, method: Oops}
    - {package: levee_analysistest/example/tests/includedpackage, receiver: Receiver, method: OopsWithReceiverExcluded}
EOF
# allowpanicontaintedvalues-config.yaml (nopanic.com/...): panics allowed
# (no enable: [panic]).
cat >"$SUITE/nopanic.com/.privet.yml" <<'EOF'
version: 1
sources:
  - package: levee_analysistest/nopanic.com/core
    type: Source
    fields: [Data]
    category: pii
sinks:
  - package: levee_analysistest/nopanic.com/core
    method: Sink
    kind: levee
EOF
# with-custom-message.yaml and no-custom-message.yaml (custom.message.com):
# any type named Source, any function named Sink.
cat >"$SUITE/custom.message.com/.privet.yml" <<'EOF'
version: 1
sources:
  - package: /^levee_analysistest/
    type: Source
    category: pii
sinks:
  - package: /^levee_analysistest/
    method: Sink
    kind: levee
EOF

log "running privet on the suite"
cd "$SUITE"
rc=0
GOFLAGS=-mod=mod "$WORK/bin/privet" -format json ./... >"$WORK/findings.json" 2>"$WORK/logs/privet.stderr" || rc=$?
if ((rc > 1)); then
	echo "privet exited $rc:" >&2
	cat "$WORK/logs/privet.stderr" >&2
	exit 1
fi

VERBOSE=$VERBOSE python3 - "$SUITE" "$WORK/findings.json" <<'EOF'
import json, os, re, sys

suite, findings = sys.argv[1], sys.argv[2]
verbose = os.environ.get("VERBOSE") == "1"

want, todo, todo_none, lines = set(), set(), set(), {}
for root, dirs, files in os.walk(suite):
    dirs.sort()
    for f in sorted(files):
        if not f.endswith(".go"):
            continue
        path = os.path.relpath(os.path.join(root, f), suite)
        with open(os.path.join(root, f)) as fh:
            text = fh.read().split("\n")
        lines[path] = text
        for i, l in enumerate(text, 1):
            if re.search(r"//\s*want\b", l) and "TODO" not in l:
                want.add((path, i))
            elif re.search(r"TODO.*want \"", l):
                todo.add((path, i))
            elif re.search(r"TODO.*want no report", l):
                todo_none.add((path, i))

def suppressed(path, line):
    """levee.DoNotReport on the reported statement's first or last line
    (a /* block opened there included), or in the comments right above
    it: the comment groups go/ast.CommentMap attaches to the statement,
    where levee looks."""
    text = lines.get(path, [])
    if line > len(text):
        return False
    if "levee.DoNotReport" in text[line - 1]:
        return True
    end, depth = line - 1, 0
    while end < len(text):
        code = text[end].split("//")[0]
        depth += code.count("(") - code.count(")")
        if depth <= 0:
            break
        end += 1
    if end < len(text) and "/*" in text[end]:
        j = end
        while j < len(text):
            if "levee.DoNotReport" in text[j]:
                return True
            if "*/" in text[j] and j > end or text[j].rstrip().endswith("*/"):
                break
            j += 1
    if end < len(text) and "levee.DoNotReport" in text[end]:
        return True
    i, in_block = line - 2, False
    while i >= 0:
        l = text[i].strip()
        if "levee.DoNotReport" in l:
            return True
        if l.endswith("*/"):
            in_block = "/*" not in l
        elif in_block:
            in_block = "/*" not in l
        elif not l.startswith("//"):
            return False
        i -= 1
    return False

with open(findings) as fh:
    doc = json.load(fh)
# Findings in .go files: a policy warning (at a line of .privet.yml) is
# no report on the suite.
reported = sorted({(f["file"], f["line"]) for f in doc["findings"] if f["file"].endswith(".go")})
hit = [r for r in reported if r in want]
todo_hit = [r for r in reported if r in todo]
wrong = [r for r in reported if r not in want and r not in todo]
dnr = [r for r in wrong if suppressed(*r)]
false = [r for r in wrong if r not in dnr]
right = len(hit) + len(todo_hit)

print(f"active wants:   {len(hit)}/{len(want)} reported, recall {len(hit)/len(want):.3f}")
print(f"precision:      {right}/{right+len(false)} = {right/(right+len(false)):.3f} "
      f"(reported lines wanted or TODO-wanted; {len(dnr)} more under levee.DoNotReport "
      f"apart: {right}/{right+len(wrong)} = {right/(right+len(wrong)):.3f} with them)")
print(f"TODO caught:    {len(todo_hit)}/{len(todo)}")
if verbose:
    def show(tag, rows):
        for p, l in rows:
            t = lines.get(p, [])
            print(f"{tag} {p}:{l}: {t[l-1].strip() if l <= len(t) else ''}")
    show("miss ", sorted(want - set(hit)))
    show("false", false)
    show("todo-", sorted(todo - set(todo_hit)))
    show("dnr  ", dnr)
if doc.get("errors"):
    print("errors:", json.dumps(doc["errors"])[:2000], file=sys.stderr)
EOF
