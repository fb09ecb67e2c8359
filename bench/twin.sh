#!/usr/bin/env bash
# Twin-module benchmark for provisional sources (README: Leaks on the
# first run): run privet on a module as annotated and on a copy with every
# privet struct tag and //privet:sensitive directive removed, and compare
# the leak findings: how many of the annotated run's flows the unannotated
# run finds from names alone (recall), and how many of its findings the
# annotated run also has (precision). Sanitizer directives are kept: they
# are code, not a declaration of sources.
#
# usage: bench/twin.sh [MODULE_DIR]   (default: bench/twin/shop)
# env: PRIVET_BIN (default: builds ./cmd/privet)
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SRC=${1:-$REPO/bench/twin/shop}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
BIN=${PRIVET_BIN:-}
if [[ -z $BIN ]]; then
	BIN=$WORK/privet
	(cd "$REPO" && go build -o "$BIN" ./cmd/privet)
fi
cp -r "$SRC" "$WORK/annotated"
cp -r "$SRC" "$WORK/bare"
# Strip the declarations of sources: privet:"..." in struct tags (and a
# tag left empty) and //privet:sensitive lines (emptied, not removed:
# the two copies' findings are compared by line).
find "$WORK/bare" -name '*.go' -print0 | xargs -0 perl -0pi -e '
	s/ ?privet:"[^"]*"//g;
	s/ ``//g;
	s/^[ \t]*\/\/privet:sensitive[^\n]*$//mg;
'
if grep -rq 'privet:"[a-z]' "$WORK/bare" --include='*.go'; then
	echo "twin: tags left in the bare copy" >&2
	exit 2
fi
(cd "$WORK/annotated" && "$BIN" -format json ./... > "$WORK/annotated.json" || true)
(cd "$WORK/bare" && "$BIN" -format json ./... > "$WORK/bare.json" || true)
python3 - "$WORK/annotated.json" "$WORK/bare.json" <<'PY'
import json, re, sys

def flows(path):
    """(file:line, source) pairs of the leak findings: one per source a
    finding names, the provisional note dropped."""
    out = set()
    for f in json.load(open(path)).get("findings") or []:
        if f["category"] in ("unmarked", "unmarked-sink", "annotation", "policy"):
            continue
        m = re.search(r"data \((.*?)\) reaches", f["message"])
        if not m:
            continue
        text = re.sub(r", unmarked: looks like [a-z]+(?:,[a-z]+)*", "", m.group(1))
        for src in re.split(r", (?![a-z]+\))", text):
            src = re.sub(r" and \d+ more$", "", src.strip())
            if src:
                out.add((f"{f['file']}:{f['line']}", src))
    return out

def score(what, annotated, bare):
    both = annotated & bare
    recall = len(both) / len(annotated) if annotated else 1.0
    precision = len(both) / len(bare) if bare else 1.0
    print(f"{what}: annotated {len(annotated)}  unannotated {len(bare)}  in both {len(both)}  recall {recall:.2f}  precision {precision:.2f}")

annotated, bare = flows(sys.argv[1]), flows(sys.argv[2])
# By sink call: the calls reported (a flow is found when its call is,
# whatever the source is named: Customer.Home for Address.PostalCode).
score("sink calls", {k[0] for k in annotated}, {k[0] for k in bare})
# By call and source name.
score("call x source", annotated, bare)
for k in sorted(annotated - bare):
    print("missed:", *k)
for k in sorted(bare - annotated):
    print("extra: ", *k)
PY
