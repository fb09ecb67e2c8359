#!/usr/bin/env bash
# Latency of privet lsp: from didSave to the publishDiagnostics of the saved
# file, cold (empty GOCACHE) and warm, on testdata/example and on a real
# module fetched through the module proxy. A script, not a timed test.
#
# usage: bench/lsp.sh [-n N] [-k] [MODULE@VERSION FILE]
#   -n N   warm saves per module (default $N or 6; alternating a comment
#          edit and an API edit, see bench/lspbench)
#   -k     keep the work dir
#   MODULE@VERSION FILE   the real module and the file to edit in it
#          (default golang.org/x/tools@v0.52.0
#          go/analysis/passes/printf/printf.go: 216 packages, 484 with
#          dependencies)
# env: PRIVET_BIN (use this binary), BENCH_WORK (work dir), SKIP_COLD=1
#      (only warm: reuse the current GOCACHE), GOPLS (a gopls: also
#      measure privet gopls in front of it on testdata/example, to the
#      publication that carries privet's results).
set -euo pipefail

N=${N:-6}
KEEP=0
while getopts "n:kh" opt; do
	case $opt in
	n) N=$OPTARG ;;
	k) KEEP=1 ;;
	*) sed -n '2,18p' "$0"; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
MODVER=${1:-golang.org/x/tools@v0.52.0}
FILE=${2:-go/analysis/passes/printf/printf.go}

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=bench/lib.sh
source "$REPO/bench/lib.sh"
setup_work lspbench

if [[ -n ${PRIVET_BIN:-} ]]; then cp "$PRIVET_BIN" "$WORK/bin/privet"; else
	log "building ./cmd/privet"; (cd "$REPO" && go build -o "$WORK/bin/privet" ./cmd/privet)
fi
(cd "$REPO" && go build -o "$WORK/bin/lspbench" ./bench/lspbench)

# The modules are copied to the work dir: lspbench edits (and restores)
# the file, and privet's go vet identity hashes the policy file's path.
cp -r "$REPO/testdata/example" "$WORK/example"
log "downloading $MODVER"
DLJSON=$(cd "$WORK" && go mod download -json "$MODVER")
SRC=$(sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p' <<<"$DLJSON" | head -1)
[[ -n $SRC && -d $SRC ]] || { echo "could not locate $MODVER in: $DLJSON" >&2; exit 1; }
cp -r "$SRC" "$WORK/corpus"
chmod -R u+w "$WORK/example" "$WORK/corpus"
(cd "$WORK/example" && go mod download)
(cd "$WORK/corpus" && go mod download)
NPKG=$(cd "$WORK/corpus" && go list ./... | wc -l)
NDEPS=$(cd "$WORK/corpus" && go list -deps ./... | wc -l)

bench() { # bench MODE NAME DIR FILE [lspbench flags] (logs in the work dir; -k keeps them)
	if [[ $1 == cold ]]; then
		# A fresh, empty build cache for each module.
		export GOCACHE=$WORK/gocache-cold
		rm -rf "$GOCACHE"; mkdir -p "$GOCACHE"
	else
		unset GOCACHE
	fi
	"$WORK/bin/lspbench" -privet "$WORK/bin/privet" -dir "$3" -file "$4" -n "$N" -label "$1 $2 " \
		-serverlog "$WORK/$1-$2.server.log" "${@:5}" 2>"$WORK/$1-$2.log"
}
run_mode() { # run_mode cold|warm
	log "$1: testdata/example"
	bench "$1" example "$WORK/example" summarize/summarize.go
	if [[ -n ${GOPLS:-} ]]; then
		log "$1: testdata/example, privet gopls"
		bench "$1" example-gopls "$WORK/example" summarize/summarize.go -gopls "$GOPLS"
	fi
	log "$1: $MODVER"
	bench "$1" corpus "$WORK/corpus" "$FILE"
}

echo "go:      $(go version)"
echo "nproc:   $(nproc)   load: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo ?)"
echo "corpus:  $MODVER ($NPKG packages, $NDEPS with dependencies), editing $FILE"
echo "example: testdata/example, editing summarize/summarize.go"
echo "lines:   first = didOpen+didSave to the file's diagnostics (cold: empty GOCACHE,"
echo "         so std and every dependency are compiled and analysed for facts);"
echo "         save-body/save-api = didSave after a comment/API edit to the file's"
echo "         diagnostics, and until the dependents in the module are done"
echo
if [[ ${SKIP_COLD:-} != 1 ]]; then run_mode cold; fi
run_mode warm
