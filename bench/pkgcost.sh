#!/usr/bin/env bash
# Where privet's time goes under go vet, per package, against the SSA-only
# baseline: each vet tool invocation is timed (CPU seconds, peak RSS) and
# joined with the taint pass's route for the package (skipped, fast path,
# analysed). See bench/README.md.
#
# usage: bench/pkgcost.sh [-k] MODULE@VERSION
#   -k     keep the work dir (logs, corpus)
# env: PRIVET_BIN, SSAONLY_BIN (prebuilt tools), BENCH_WORK (work dir).
set -euo pipefail

KEEP=0
while getopts "kh" opt; do
	case $opt in
	k) KEEP=1 ;;
	*) sed -n '2,10p' "$0"; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
MODVER=${1:?usage: bench/pkgcost.sh [-k] MODULE@VERSION}

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=bench/lib.sh
source "$REPO/bench/lib.sh"
setup_work pkgcost

build_tool pkgcost ./bench/pkgcost
PRIVET=${PRIVET_BIN:-}; [[ -n $PRIVET ]] || { build_tool privet ./cmd/privet; PRIVET=$WORK/bin/privet; }
SSAONLY=${SSAONLY_BIN:-}; [[ -n $SSAONLY ]] || { build_tool ssaonly ./bench/ssaonly; SSAONLY=$WORK/bin/ssaonly; }

fetch_corpus "$MODVER"
prime_cache "$WORK/cache-primed"

# measure TOOL LOG [go vet flags...]: one go vet over a copy of the primed
# cache, every tool invocation logged.
measure() {
	local tool=$1 logf=$2
	shift 2
	rm -rf "$WORK/cache-run"; cp -a "$WORK/cache-primed" "$WORK/cache-run"
	log "go vet with $(basename "$tool")"
	GOCACHE=$WORK/cache-run PKGCOST_TOOL=$tool PKGCOST_LOG=$logf \
		go vet -vettool="$WORK/bin/pkgcost" "$@" ./... >"$logf.out" 2>"$logf.err" || true
}
measure "$SSAONLY" "$WORK/logs/ssaonly.log"
measure "$PRIVET" "$WORK/logs/privet.log" -json -privetstats.emit

echo "corpus: $MODVER ($NPKG packages, $NDEPS in go list -deps -test); $(go version); nproc $(nproc)"
"$WORK/bin/pkgcost" report "$WORK/logs/privet.log" "$WORK/logs/ssaonly.log" "$WORK/logs/privet.log.out"
