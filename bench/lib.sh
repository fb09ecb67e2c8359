# Shared by the bench scripts (run.sh, pkgcost.sh, sweep.sh, lsp.sh): the
# work dir, building the tools and fetching a corpus. Source it with REPO
# set, then call setup_work.

# setup_work NAME: sets WORK to $BENCH_WORK or a fresh temporary dir named
# after the script, with bin/ and logs/, removed at exit unless KEEP=1;
# log() lines are prefixed with NAME. No toolchain is ever downloaded in
# the middle of a measurement, and no go.work applies.
setup_work() {
	LOG_NAME=$1
	WORK=${BENCH_WORK:-$(mktemp -d "${TMPDIR:-/tmp}/privet-$1.XXXXXX")}
	mkdir -p "$WORK"/bin "$WORK"/logs
	WORK=$(realpath "$WORK")
	trap cleanup_work EXIT
	export GOTOOLCHAIN=local GOWORK=off
}

cleanup_work() {
	chmod -R u+w "$WORK" 2>/dev/null || true
	if ((${KEEP:-0})); then echo "work dir kept: $WORK" >&2; else rm -rf "$WORK"; fi
}

log() { printf '[%s %s] %s\n' "${LOG_NAME:-bench}" "$(date +%T)" "$*" >&2; }

# privet_tool: $WORK/bin/privet is $PRIVET_BIN when set, else built.
privet_tool() {
	if [[ -n ${PRIVET_BIN:-} ]]; then
		cp "$PRIVET_BIN" "$WORK/bin/privet"
	else
		log "building ./cmd/privet"
		build_tool privet ./cmd/privet
	fi
}

# build_tool NAME PKG: builds PKG of the repo into $WORK/bin/NAME.
build_tool() {
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

# fetch_corpus MODULE@VERSION|DIR: copies the module (from the module
# proxy, or a checkout in DIR, e.g. a repository at a fixed commit that
# the proxy does not serve) into $WORK/corpus (writable), downloads its
# dependencies, cds there and sets NPKG and NDEPS.
fetch_corpus() {
	local dljson src
	if [[ -d $1 ]]; then
		src=$(realpath "$1")
		log "copying corpus $src"
	else
		log "downloading corpus $1"
		dljson=$(cd "$WORK" && go mod download -json "$1")
		src=$(sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p' <<<"$dljson" | head -1)
		# return, not exit: the sweep calls this in its per-module
		# subshell and reports a module that cannot be fetched (one
		# needing a newer Go, say) as a row of its own.
		[[ -n $src && -d $src ]] || {
			echo "$dljson" >&2
			echo "could not locate the corpus dir: $(sed -n 's/^[[:space:]]*"Error": "\(.*\)",\{0,1\}$/\1/p' <<<"$dljson" | head -1)" >&2
			return 1
		}
	fi
	CORPUS=$WORK/corpus
	cp -r "$src" "$CORPUS"
	chmod -R u+w "$CORPUS"
	cd "$CORPUS"
	use_released_nested_modules
	log "downloading corpus dependencies"
	go mod download
	NPKG=$(go list ./... | wc -l)
	NDEPS=$(go list -deps -test ./... | wc -l)
}

# use_released_nested_modules: a module whose go.mod replaces its nested
# modules by their directories (go.opentelemetry.io/otel: ./trace,
# ./metric, ./log) does not build from the module proxy's zip, which
# leaves nested modules out; those replacements are dropped, so the
# released versions its go.mod requires are used (go.sum completed).
use_released_nested_modules() {
	local r dropped=0
	command -v jq >/dev/null || return 0
	for r in $(go mod edit -json | jq -r '.Replace[]? | select(.New.Version == null) | select(.New.Path | startswith("./") or startswith("../")) | "\(.Old.Path)=\(.New.Path)"'); do
		if [[ ! -f ${r#*=}/go.mod ]]; then
			log "corpus: ${r%%=*} replaced by ${r#*=}, not in the zip: using its released version"
			go mod edit -dropreplace="${r%%=*}"
			dropped=1
		fi
	done
	if ((dropped)); then
		GOFLAGS=-mod=mod go list -deps -test ./... >/dev/null
	fi
}

# prime_cache DIR: a GOCACHE with compiled export data for every package
# vet needs (test variants included) but no vet results.
prime_cache() {
	log "priming build cache"
	rm -rf "$1"; mkdir -p "$1"
	GOCACHE=$1 go build ./... >"$WORK/logs/prime.log" 2>&1
	GOCACHE=$1 go list -e -test -export -deps ./... >>"$WORK/logs/prime.log" 2>&1
}
