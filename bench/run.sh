#!/usr/bin/env bash
# Benchmark privet against plain `go vet` and an SSA-only vet tool.
# See bench/README.md.
#
# usage: bench/run.sh [-n N] [-k] [MODULE@VERSION]
#   -n N   runs per variant and cache mode (default $N or 3)
#   -k     keep the work dir (logs, corpus) instead of deleting it
# env: N, MODES ("cold warm" by default; "warm" skips the slow cold runs),
#      PRIVET_BIN (use this binary as "privet" instead of building
#      ./cmd/privet), SSAONLY_BIN (likewise for ./bench/ssaonly),
#      BENCH_WORK (work dir; default a fresh mktemp -d),
#      PRIVET_BASE_BIN (a second privet binary, measured as the variant
#      "base" in the same interleaved runs: before/after comparisons).
set -euo pipefail

N=${N:-3}
MODES=${MODES:-cold warm}
KEEP=0
while getopts "n:kh" opt; do
	case $opt in
	n) N=$OPTARG ;;
	k) KEEP=1 ;;
	*) sed -n '2,11p' "$0"; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
MODVER=${1:-github.com/tmc/langchaingo@v0.1.14}
[[ $MODVER == *@* ]] || { echo "corpus must be MODULE@VERSION, got $MODVER" >&2; exit 2; }
[[ $N =~ ^[1-9][0-9]*$ ]] || { echo "-n must be a positive integer" >&2; exit 2; }

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=${BENCH_WORK:-$(mktemp -d "${TMPDIR:-/tmp}/privet-bench.XXXXXX")}
mkdir -p "$WORK"/bin "$WORK"/logs
WORK=$(realpath "$WORK")
cleanup() {
	chmod -R u+w "$WORK" 2>/dev/null || true
	if ((KEEP)); then echo "work dir kept: $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# Never download a toolchain in the middle of a measurement.
export GOTOOLCHAIN=local GOWORK=off
log() { printf '[bench %s] %s\n' "$(date +%T)" "$*" >&2; }

# ---- 1. build the tools ---------------------------------------------------
build_tool() { # build_tool NAME PKG
	local name=$1 pkg=$2 out="$WORK/bin/$1"
	if (cd "$REPO" && go build -o "$out" "$pkg") 2>"$WORK/logs/build-$name.log"; then
		return 0
	fi
	# The module's go.sum may not list every dependency of
	# golang.org/x/tools/go/analysis/unitchecker yet; retry against a
	# throwaway copy of go.mod/go.sum so the repo is never modified.
	log "plain build of $pkg failed ($(head -c 300 "$WORK/logs/build-$name.log" | tr '\n' ' ')); retrying with a scratch -modfile"
	cp "$REPO/go.mod" "$WORK/bench.mod"
	if [[ -f $REPO/go.sum ]]; then cp "$REPO/go.sum" "$WORK/bench.sum"; fi
	(cd "$REPO" && go build -mod=mod -modfile="$WORK/bench.mod" -o "$out" "$pkg")
}
if [[ -n ${SSAONLY_BIN:-} ]]; then SSAONLY=$SSAONLY_BIN; else
	log "building ./bench/ssaonly"; build_tool ssaonly ./bench/ssaonly; SSAONLY=$WORK/bin/ssaonly
fi
if [[ -n ${PRIVET_BIN:-} ]]; then PRIVET=$PRIVET_BIN; PRIVET_NOTE=" (PRIVET_BIN=$PRIVET_BIN)"; else
	log "building ./cmd/privet"; build_tool privet ./cmd/privet; PRIVET=$WORK/bin/privet; PRIVET_NOTE=""
fi
VARIANTS=(govet ssaonly privet)
if [[ -n ${PRIVET_BASE_BIN:-} ]]; then BASE=$PRIVET_BASE_BIN; VARIANTS+=(base); fi
# Snapshot override binaries so a rebuild/cleanup elsewhere cannot change them mid-run.
for b in SSAONLY PRIVET ${BASE:+BASE}; do
	[[ -x ${!b} ]] || { echo "$b binary ${!b} is not executable" >&2; exit 1; }
	if [[ $(realpath "${!b}") != "$WORK/bin/"* ]]; then cp "${!b}" "$WORK/bin/${b,,}-override"; printf -v "$b" '%s' "$WORK/bin/${b,,}-override"; fi
done

# ---- 2. fetch the corpus --------------------------------------------------
log "downloading corpus $MODVER"
DLJSON=$(cd "$WORK" && go mod download -json "$MODVER")
CORPUS_SRC=$(sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p' <<<"$DLJSON" | head -1)
[[ -n $CORPUS_SRC && -d $CORPUS_SRC ]] || { echo "could not locate corpus dir in:" >&2; echo "$DLJSON" >&2; exit 1; }
CORPUS=$WORK/corpus
cp -r "$CORPUS_SRC" "$CORPUS"
chmod -R u+w "$CORPUS"
cd "$CORPUS"
log "downloading corpus dependencies"
go mod download
NPKG=$(go list ./... | wc -l)
NDEPS=$(go list -deps -test ./... | wc -l)

# ---- 3. measure -----------------------------------------------------------
vet_cmd() { # vet_cmd VARIANT -> prints nothing, sets CMD array
	case $1 in
	govet) CMD=(go vet ./...) ;;
	ssaonly) CMD=(go vet -vettool="$SSAONLY" ./...) ;;
	privet) CMD=(go vet -vettool="$PRIVET" ./...) ;;
	base) CMD=(go vet -vettool="$BASE" ./...) ;;
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

# Cold: a fresh empty GOCACHE per run (std and all deps are compiled too).
[[ " $MODES " == *" cold "* ]] && for ((i = 1; i <= N; i++)); do
	for v in "${VARIANTS[@]}"; do
		c=$WORK/cache-run; rm -rf "$c"; mkdir -p "$c"
		run_one "$v" cold "$i" "$c"
	done
done
# Warm build cache: compiled export data for every package vet needs
# (including test variants), but no vet results.
log "priming build cache"
PRIMED=$WORK/cache-primed; rm -rf "$PRIMED"; mkdir -p "$PRIMED"
GOCACHE=$PRIMED go build ./... >"$WORK/logs/prime.log" 2>&1
GOCACHE=$PRIMED go list -e -test -export -deps ./... >>"$WORK/logs/prime.log" 2>&1
for ((i = 1; i <= N; i++)); do
	for v in "${VARIANTS[@]}"; do
		c=$WORK/cache-run; rm -rf "$c"; cp -a "$PRIMED" "$c"
		run_one "$v" warm "$i" "$c"
	done
done
rm -rf "$WORK/cache-run" "$PRIMED"

# ---- 4. report ------------------------------------------------------------
median() { tr ' ' '\n' | { grep -v -e '^$' -e '^NA$' || true; } | sort -g | awk '
	{ a[NR] = $1 } END { if (NR == 0) { print "NA"; exit }
	  if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (a == "NA" || b == "NA" || b == 0) print "NA"; else printf "%.2fx", a / b }'; }
declare -A MED MCPU MRSS
for v in "${VARIANTS[@]}"; do for m in cold warm; do
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
echo
printf '%-8s %10s %10s %10s %10s %14s %14s  %s\n' variant cold_s warm_s cold_cpu_s warm_cpu_s cold_maxrss_MB warm_maxrss_MB "exit codes cold|warm"
for v in "${VARIANTS[@]}"; do
	mb() { [[ $1 == NA ]] && echo NA || awk -v k="$1" 'BEGIN{printf "%.0f", k/1024}'; }
	printf '%-8s %10s %10s %10s %10s %14s %14s  %s\n' "$v" "${MED[$v,cold]}" "${MED[$v,warm]}" "${MCPU[$v,cold]}" "${MCPU[$v,warm]}" \
		"$(mb "${MRSS[$v,cold]}")" "$(mb "${MRSS[$v,warm]}")" "${RC[$v,cold]:-} | ${RC[$v,warm]:-}"
done
echo
printf '%-16s %8s %8s  %s\n' ratio cold warm target
printf '%-16s %8s %8s  %s\n' privet/ssaonly "$(ratio "${MED[privet,cold]}" "${MED[ssaonly,cold]}")" "$(ratio "${MED[privet,warm]}" "${MED[ssaonly,warm]}")" "<= 1.2x"
printf '%-16s %8s %8s  %s\n' privet/govet "$(ratio "${MED[privet,cold]}" "${MED[govet,cold]}")" "$(ratio "${MED[privet,warm]}" "${MED[govet,warm]}")" "<= 1.5x"
printf '%-16s %8s %8s  %s\n' ssaonly/govet "$(ratio "${MED[ssaonly,cold]}" "${MED[govet,cold]}")" "$(ratio "${MED[ssaonly,warm]}" "${MED[govet,warm]}")" "(floor, ~1.1x)"
if [[ -n ${BASE:-} ]]; then
	printf '%-16s %8s %8s  %s\n' base/ssaonly "$(ratio "${MED[base,cold]}" "${MED[ssaonly,cold]}")" "$(ratio "${MED[base,warm]}" "${MED[ssaonly,warm]}")" "(the base binary)"
	printf '%-16s %8s %8s  %s\n' privet/base "$(ratio "${MED[privet,cold]}" "${MED[base,cold]}")" "$(ratio "${MED[privet,warm]}" "${MED[base,warm]}")" "wall, same runs"
	printf '%-16s %8s %8s  %s\n' privet/base_cpu "$(ratio "${MCPU[privet,cold]}" "${MCPU[base,cold]}")" "$(ratio "${MCPU[privet,warm]}" "${MCPU[base,warm]}")" "CPU seconds, same runs"
fi
