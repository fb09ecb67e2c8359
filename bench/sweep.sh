#!/usr/bin/env bash
# Reliability sweep: run privet on real modules from the module proxy under
# both hosts and report, per module, what a user would notice going wrong.
# See bench/README.md ("Reliability sweep").
#
# usage: bench/sweep.sh [-k] [MODULE@VERSION ...]
#   -k     keep the work dir (per-module outputs and logs)
#   no arguments: the modules of SWEEP_MODULES below (30; hours of CPU:
#   do not run them all on a shared machine; name a few instead)
# env: PRIVET_BIN (use this binary instead of building ./cmd/privet),
#      BENCH_WORK (work dir; default a fresh mktemp -d),
#      SWEEP_QUICK=1 (skip run 2 below: one analysis fewer on modules
#      whose every run takes an hour; the GOMAXPROCS=1 column says
#      "not run").
#
# Per module, in a copy of the module with its dependencies downloaded
# first (so network time is not measured):
#   1. privet -format json ./...      fresh GOCACHE A, default GOMAXPROCS
#   2. privet -format json ./...      fresh GOCACHE B, GOMAXPROCS=1 in every
#                                     privet process (the go command keeps
#                                     -p=$(nproc): compiling the dependencies
#                                     one at a time adds hours on the big
#                                     modules and tests nothing of privet's)
#   3. privet -format json ./...      GOCACHE A again (go vet's cache)
#   4. go vet -vettool=privet ./...   GOCACHE A (its own cache key: analysed again)
# and prints one markdown row: packages, exit status and wall clock and
# peak RSS of 1 and 4, the packages 1 could not load or analyse (JSON
# errors: cgo, build constraints, a broken dependency), panics and
# internal errors (in any output), leak
# findings (categories other than privetdiscover's unmarked and
# unmarked-sink) as declared/provisional: declared expected 0 on code
# without privet annotations; provisional ones are the names-based
# sources of auto mode (README: Leaks on the first run),
# annotation and policy problems (expected 0: a false "not a directive"
# would show here), and whether the output of 1 is byte-identical to 2
# (GOMAXPROCS=1, analysed afresh) and to 3 (a second run).
set -euo pipefail

SWEEP_MODULES=(
	# libraries
	github.com/gin-gonic/gin@latest
	github.com/labstack/echo/v4@latest
	github.com/go-chi/chi/v5@latest
	github.com/spf13/cobra@latest
	github.com/sirupsen/logrus@latest
	go.uber.org/zap@latest
	github.com/go-resty/resty/v2@latest
	github.com/valyala/fasthttp@latest
	github.com/redis/go-redis/v9@latest
	github.com/jackc/pgx/v5@latest
	gorm.io/gorm@latest
	google.golang.org/grpc@latest
	golang.org/x/tools@latest
	k8s.io/client-go@latest
	go.opentelemetry.io/otel@latest
	github.com/prometheus/client_golang@latest
	# AI and payment SDKs
	github.com/openai/openai-go/v3@latest
	github.com/sashabaranov/go-openai@latest
	github.com/anthropics/anthropic-sdk-go@latest
	google.golang.org/genai@latest
	github.com/tmc/langchaingo@latest
	github.com/stripe/stripe-go/v82@latest
	github.com/getsentry/sentry-go@latest
	github.com/slack-go/slack@latest
	# services and tools
	github.com/caddyserver/caddy/v2@latest
	github.com/traefik/traefik/v3@v3.6.12 # v3.7 needs modules the proxy refused (403) on 2026-12-06
	github.com/gohugoio/hugo@v0.165.0 # later versions need Go 1.27
	github.com/golangci/golangci-lint/v2@latest
	github.com/ollama/ollama@latest
	github.com/minio/minio-go/v7@latest
)

KEEP=0
while getopts "kh" opt; do
	case $opt in
	k) KEEP=1 ;;
	*) sed -n '2,36p' "$0"; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
if (($# > 0)); then MODULES=("$@"); else MODULES=("${SWEEP_MODULES[@]}"); fi

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=bench/lib.sh
source "$REPO/bench/lib.sh"
setup_work sweep

privet_tool
PRIVET=$WORK/bin/privet
command -v jq >/dev/null || { echo "sweep.sh needs jq" >&2; exit 1; }

# measure NAME CMD...: runs CMD, its stdout to $OUT/NAME.out, stderr to
# NAME.err; sets STATUS, WALL (s) and RSS (MB, the largest process).
measure() {
	local name=$1
	shift
	local t0 t1
	t0=$(date +%s.%N)
	set +e
	if [[ -x /usr/bin/time ]]; then
		/usr/bin/time -f '%M' -o "$OUT/$name.rss" "$@" >"$OUT/$name.out" 2>"$OUT/$name.err"
	else
		"$@" >"$OUT/$name.out" 2>"$OUT/$name.err"
	fi
	STATUS=$?
	set -e
	t1=$(date +%s.%N)
	WALL=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
	RSS=$(tail -1 "$OUT/$name.rss" 2>/dev/null | awk '{ printf "%d", $1 / 1024 }')
	[[ -n $RSS ]] || RSS=?
}

printf '| module | version | pkgs | standalone: exit, wall s, RSS MB | go vet: exit, wall s, RSS MB | packages not analysed | panics | internal errors | leaks declared/provisional | annotation/policy problems | same with GOMAXPROCS=1 | same on a 2nd run |\n'
printf '|---|---|---|---|---|---|---|---|---|---|---|---|\n'
for modver in "${MODULES[@]}"; do
	OUT=$WORK/out/$(tr '/@' '__' <<<"$modver")
	mkdir -p "$OUT"
	(
		cd "$WORK"
		rm -rf "$WORK/corpus"
		if ! fetch_corpus "$modver" >"$OUT/fetch.log" 2>&1; then
			printf '| %s | fetch failed: %s | | | | | | | | | | |\n' "$modver" "$(tail -1 "$OUT/fetch.log" | cut -c1-80)"
			exit 0
		fi
		version=$(cd "$WORK" && go mod download -json "$modver" 2>/dev/null | jq -r '.Version // empty' || true)
		[[ -n $version ]] || version=${modver#*@}
		A=$WORK/cache-a B=$WORK/cache-b
		rm -rf "$A" "$B"
		GOCACHE=$A measure json1 "$PRIVET" -format json ./...
		s1=$STATUS w1=$WALL r1=$RSS
		if [[ ${SWEEP_QUICK:-0} != 1 ]]; then
			GOCACHE=$B GOMAXPROCS=1 GOFLAGS="${GOFLAGS:+$GOFLAGS }-p=$(nproc)" measure json2 "$PRIVET" -format json ./...
		fi
		GOCACHE=$A measure json3 "$PRIVET" -format json ./...
		GOCACHE=$A measure vet go vet -vettool="$PRIVET" ./...
		s4=$STATUS w4=$WALL r4=$RSS
		panics=$(cat "$OUT"/*.err "$OUT"/vet.out | grep -c -E '^panic:|goroutine [0-9]+ \[running\]' || true)
		internal=$(cat "$OUT"/json1.err "$OUT"/vet.err | grep -c -E 'internal error|failed prerequisites|privet: .*: (analysis|run)' || true)
		leaks=$(jq -r '[.findings[] | select(.category != "unmarked" and .category != "unmarked-sink" and .category != "annotation" and .category != "policy")] | "\(map(select(.provisional | not)) | length)/\(map(select(.provisional)) | length)"' "$OUT/json1.out" 2>/dev/null || echo "?")
		errors=$(jq '.errors | length' "$OUT/json1.out" 2>/dev/null || echo "?")
		problems=$(jq '[.findings[] | select(.category == "annotation" or .category == "policy")] | length' "$OUT/json1.out" 2>/dev/null || echo "?")
		same2=no; cmp -s "$OUT/json1.out" "$OUT/json2.out" && same2=yes
		[[ ${SWEEP_QUICK:-0} != 1 ]] || same2="not run"
		same3=no; cmp -s "$OUT/json1.out" "$OUT/json3.out" && same3=yes
		printf '| %s | %s | %s | %s, %s, %s | %s, %s, %s | %s | %s | %s | %s | %s | %s | %s |\n' \
			"${modver%@*}" "$version" "$NPKG" "$s1" "$w1" "$r1" "$s4" "$w4" "$r4" "$errors" "$panics" "$internal" "$leaks" "$problems" "$same2" "$same3"
		rm -rf "$A" "$B" "$WORK/corpus"
	)
done
