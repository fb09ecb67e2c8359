#!/usr/bin/env bash
# bench/freshness.sh: is the sink catalog still right about the SDKs the
# module proxy serves today? For each catalog module it resolves the newest
# version of the newest major (probing /vN+1, /vN+2, ... past the newest
# stubbed major, one proxy look-up each), puts them all in the build list of
# a scratch module, and runs bench/freshness: entries that no longer resolve
# (STALE), exported methods that look like sends and that no entry or rule
# covers (UNCOVERED), counts per module. Not part of CI (network; the
# answers move). Usage: bench/freshness.sh [module-root ...]
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GOWORK=off GOTOOLCHAIN=local GOFLAGS=-mod=mod
printf 'module privet.freshness/check\n\ngo 1.26\n' >"$work/go.mod"

versioned() { # root major -> import path
  if [[ $1 == gopkg.in/* ]]; then echo "$1.v$2"; elif (($2 <= 1)); then echo "$1"; else echo "$1/v$2"; fi
}

go run ./bench/freshness -list | while read -r root major path; do
  if (($# > 0)) && [[ " $* " != *" $root "* ]]; then continue; fi
  newest=""
  for ((n = major; ; n++)); do
    p=$(versioned "$root" "$n")
    if v=$(go list -m "$p@latest" 2>/dev/null); then newest=$v; else break; fi
  done
  if [[ -z $newest ]]; then
    echo "MISSING $root: the proxy serves no version of $path" >&2
    continue
  fi
  echo "resolving ${newest% *}@${newest#* }" >&2
  (cd "$work" && go get "${newest% *}@${newest#* }" >/dev/null 2>&1) || echo "MISSING $root: go get ${newest/ /@} failed" >&2
done
go run ./bench/freshness -dir "$work"
