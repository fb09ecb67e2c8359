#!/usr/bin/env bash
# Benchmark privet against plain `go vet` and an SSA-only vet tool.
# See bench/README.md.
#
# usage: bench/run.sh [-n N] [-k] [MODULE@VERSION | DIR]
#   -n N   runs per variant and cache mode (default $N or 3)
#   -k     keep the work dir (logs, corpus) instead of deleting it
# env: N, MODES ("cold warm rerun" by default; "warm" skips the slow cold runs),
#      PRIVET_BIN (use this binary as "privet" instead of building
#      ./cmd/privet), SSAONLY_BIN (likewise for ./bench/ssaonly),
#      BENCH_WORK (work dir; default a fresh mktemp -d),
#      PRIVET_BASE_BIN (a second privet binary, measured as the variant
#      "base" in the same interleaved runs: before/after comparisons),
#      STANDALONE=0 (leave out the standalone command, privet ./...),
#      ONLY="privet standalone" (measure only these variants),
#      LEAF (the file the rerun mode edits; default: a file of a package
#      no other package of the module imports).
# MODES: cold (empty GOCACHE), warm (compiled export data, no vet
#      results), rerun (everything cached, then one leaf package edited).
set -euo pipefail

N=${N:-3}
MODES=${MODES:-cold warm rerun}
KEEP=0
while getopts "n:kh" opt; do
	case $opt in
	n) N=$OPTARG ;;
	k) KEEP=1 ;;
	*) sed -n '2,18p' "$0"; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
MODVER=${1:-github.com/tmc/langchaingo@v0.1.14}
[[ $MODVER == *@* || -d $MODVER ]] || { echo "corpus must be MODULE@VERSION or a module directory, got $MODVER" >&2; exit 2; }
[[ $N =~ ^[1-9][0-9]*$ ]] || { echo "-n must be a positive integer" >&2; exit 2; }

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=bench/lib.sh
source "$REPO/bench/lib.sh"
setup_work bench

# ---- 1. build the tools ---------------------------------------------------
if [[ -n ${SSAONLY_BIN:-} ]]; then SSAONLY=$SSAONLY_BIN; else
	log "building ./bench/ssaonly"; build_tool ssaonly ./bench/ssaonly; SSAONLY=$WORK/bin/ssaonly
fi
if [[ -n ${PRIVET_BIN:-} ]]; then PRIVET=$PRIVET_BIN; PRIVET_NOTE=" (PRIVET_BIN=$PRIVET_BIN)"; else
	log "building ./cmd/privet"; build_tool privet ./cmd/privet; PRIVET=$WORK/bin/privet; PRIVET_NOTE=""
fi
VARIANTS=(govet ssaonly privet)
if [[ ${STANDALONE:-1} != 0 ]]; then VARIANTS+=(standalone); fi
if [[ -n ${PRIVET_BASE_BIN:-} ]]; then BASE=$PRIVET_BASE_BIN; VARIANTS+=(base); fi
if [[ -n ${ONLY:-} ]]; then read -r -a VARIANTS <<<"$ONLY"; fi
# Snapshot override binaries so a rebuild/cleanup elsewhere cannot change them mid-run.
for b in SSAONLY PRIVET ${BASE:+BASE}; do
	[[ -x ${!b} ]] || { echo "$b binary ${!b} is not executable" >&2; exit 1; }
	if [[ $(realpath "${!b}") != "$WORK/bin/"* ]]; then cp "${!b}" "$WORK/bin/${b,,}-override"; printf -v "$b" '%s' "$WORK/bin/${b,,}-override"; fi
done

# ---- 2. fetch the corpus --------------------------------------------------
fetch_corpus "$MODVER"

# ---- 3. measure -----------------------------------------------------------
vet_cmd() { # vet_cmd VARIANT -> prints nothing, sets CMD array
	case $1 in
	govet) CMD=(go vet ./...) ;;
	ssaonly) CMD=(go vet -vettool="$SSAONLY" ./...) ;;
	privet) CMD=(go vet -vettool="$PRIVET" ./...) ;;
	base) CMD=(go vet -vettool="$BASE" ./...) ;;
	standalone) CMD=("$PRIVET" ./...) ;;
	esac
}
HAVE_TIME=0
if [[ -x /usr/bin/time ]] && /usr/bin/time -f %e -o /dev/null true 2>/dev/null; then HAVE_TIME=1; fi

declare -A SECS CPU RSS RC
# run_one VARIANT MODE I GOCACHE_DIR: runs one vet, records secs/rss/rc.
run_one() {
	local v=$1 mode=$2 i=$3 cache=$4 logf="$WORK/logs/$1-$2-$3.log" tf="$WORK/logs/$1-$2-$3.time"
	local rc=0 secs cpu=NA rss=NA t0 t1
	vet_cmd "$v"
	if ((HAVE_TIME)); then
		GOCACHE=$cache /usr/bin/time -f '%e %M %U %S' -o "$tf" "${CMD[@]}" >"$logf" 2>&1 || rc=$?
		# On failure GNU time prepends "Command exited with non-zero status N".
		local usr sys
		read -r secs rss usr sys < <(tail -n 1 "$tf")
		# CPU seconds of go vet and every tool process it waited for.
		cpu=$(awk -v u="$usr" -v s="$sys" 'BEGIN{printf "%.2f", u+s}')
	else
		t0=$(date +%s.%N)
		GOCACHE=$cache "${CMD[@]}" >"$logf" 2>&1 || rc=$?
		t1=$(date +%s.%N)
		secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.2f", b-a}')
	fi
	SECS[$v,$mode]+="$secs "
	CPU[$v,$mode]+="$cpu "
	RSS[$v,$mode]+="$rss "
	RC[$v,$mode]+="$rc "
	log "$mode $v run $i: ${secs}s cpu=${cpu}s maxrss=${rss}KB exit=$rc ($(grep -c . "$logf" || true) output lines)"
}
has_mode() { [[ " $MODES " == *" $1 "* ]]; }

# Cold: a fresh empty GOCACHE per run (std and all deps are compiled too).
if has_mode cold; then for ((i = 1; i <= N; i++)); do
	for v in "${VARIANTS[@]}"; do
		c=$WORK/cache-run; rm -rf "$c"; mkdir -p "$c"
		run_one "$v" cold "$i" "$c"
	done
done; fi
# Warm build cache: compiled export data for every package vet needs
# (including test variants), but no vet results.
PRIMED=$WORK/cache-primed
if has_mode warm || has_mode rerun; then prime_cache "$PRIMED"; fi
if has_mode warm; then for ((i = 1; i <= N; i++)); do
	for v in "${VARIANTS[@]}"; do
		c=$WORK/cache-run; rm -rf "$c"; cp -a "$PRIMED" "$c"
		run_one "$v" warm "$i" "$c"
	done
done; fi
# Rerun: the variant's own results are cached (an untimed first run), then
# one leaf package of the module (imported by no other package of it; or
# the file LEAF names) gets an edit that changes its export data, and the
# timed run is the next one: what a developer waits for after an edit.
if has_mode rerun; then
	if [[ -z ${LEAF:-} ]]; then
		LEAF=$(go list -f '{{.ImportPath}} {{join .Imports " "}}' ./... | awk '
			{ pkg[NR] = $1; for (i = 2; i <= NF; i++) imported[$i] = 1 }
			END { for (n = 1; n <= NR; n++) if (!imported[pkg[n]]) { print pkg[n]; exit } }')
		LEAF=$(go list -f '{{.Dir}}/{{index .GoFiles 0}}' "$LEAF")
	fi
	log "rerun edits $LEAF"
	cp "$LEAF" "$WORK/leaf.orig"
	for ((i = 1; i <= N; i++)); do
		for v in "${VARIANTS[@]}"; do
			c=$WORK/cache-run; rm -rf "$c"; cp -a "$PRIMED" "$c"
			cp "$WORK/leaf.orig" "$LEAF"
			vet_cmd "$v"; GOCACHE=$c "${CMD[@]}" >/dev/null 2>&1 || true
			printf '\nfunc BenchEdit%d() int { return %d }\n' "$i" "$i" >>"$LEAF"
			run_one "$v" rerun "$i" "$c"
		done
	done
	cp "$WORK/leaf.orig" "$LEAF"
fi
rm -rf "$WORK/cache-run" "$PRIMED"

# ---- 4. report ------------------------------------------------------------
median() { tr ' ' '\n' | { grep -v -e '^$' -e '^NA$' || true; } | sort -g | awk '
	{ a[NR] = $1 } END { if (NR == 0) { print "NA"; exit }
	  if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (a == "NA" || b == "NA" || b == 0) print "NA"; else printf "%.2fx", a / b }'; }
mb() { [[ $1 == NA ]] && echo NA || awk -v k="$1" 'BEGIN{printf "%.0f", k/1024}'; }
declare -A MED MCPU MRSS
for v in "${VARIANTS[@]}"; do for m in $MODES; do
	MED[$v,$m]=$(median <<<"${SECS[$v,$m]:-}")
	MCPU[$v,$m]=$(median <<<"${CPU[$v,$m]:-}")
	MRSS[$v,$m]=$(median <<<"${RSS[$v,$m]:-}")
done; done

echo
echo "corpus:   $MODVER ($NPKG packages, $NDEPS in go list -deps -test)"
echo "go:       $(go version)"
echo "nproc:    $(nproc)"
echo "runs:     $N per variant and mode (median shown)"
echo "privet:   $PRIVET$PRIVET_NOTE"
[[ -n ${BASE:-} ]] && echo "base:     $PRIVET_BASE_BIN"
for m in $MODES; do
	echo
	printf '%-6s %-10s %9s %9s %9s  %s\n' mode variant wall_s cpu_s maxrss_MB "exit codes"
	for v in "${VARIANTS[@]}"; do
		printf '%-6s %-10s %9s %9s %9s  %s\n' "$m" "$v" "${MED[$v,$m]}" "${MCPU[$v,$m]}" "$(mb "${MRSS[$v,$m]}")" "${RC[$v,$m]:-}"
	done
done
echo
# ratio_row NAME A B TARGET: the ratio of A to B per mode, wall and CPU.
ratio_row() {
	local row
	row=$(printf '%-22s' "$1")
	for m in $MODES; do
		row+=$(printf ' %9s %9s' "$(ratio "${MED[$2,$m]:-NA}" "${MED[$3,$m]:-NA}")" "$(ratio "${MCPU[$2,$m]:-NA}" "${MCPU[$3,$m]:-NA}")")
	done
	echo "$row  $4"
}
header=$(printf '%-22s' ratio)
for m in $MODES; do header+=$(printf ' %9s %9s' "${m}_wall" "${m}_cpu"); done
echo "$header  target"
ratio_row privet/ssaonly privet ssaonly "<= 1.2x (CPU); rerun <= 1.1x"
ratio_row privet/govet privet govet "<= 1.5x (CPU)"
ratio_row ssaonly/govet ssaonly govet "(floor)"
if [[ " ${VARIANTS[*]} " == *" standalone "* ]]; then
	ratio_row standalone/privet standalone privet "<= 1.3x wall (cold)"
fi
if [[ -n ${BASE:-} ]]; then
	ratio_row base/ssaonly base ssaonly "(the base binary)"
	ratio_row privet/base privet base "same runs"
fi
