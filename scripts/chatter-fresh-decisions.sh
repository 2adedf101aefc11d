#!/bin/sh
# The rules as they were when each dev corpus was new, before anyone tuned on it: plays every dev
# file through `npm run parse` at the commit that brought it (dev-5 and dev-6 one commit later, where
# a pattern that stalled on one of dev-5's messages was fixed; dev-7 before the chatter round tuned on
# it) and writes DIR/dev-N.jsonl, for `npx tsx src/tools/chatter-loco.ts --decisions DIR`.
# Dev files only; needs the git history and this worktree's node_modules.
set -eu
out=$(realpath -m "${1:?usage: scripts/chatter-fresh-decisions.sh DIR}")
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
play() { # file commit
  dir="$tmp/$2"
  if [ ! -d "$dir" ]; then
    mkdir -p "$dir"
    git -C "$root" archive "$2" src commands tsconfig.json package.json | tar -x -C "$dir"
    ln -s "$root/node_modules" "$dir/node_modules"
  fi
  (cd "$dir" && node_modules/.bin/tsx src/tools/parse.ts < "$root/tests/corpus/$1.tsv" > "$out/$1.jsonl")
  echo "$1 at $2: $(wc -l < "$out/$1.jsonl") messages"
}
play dev-3 3208d80
play dev-4 cd4b762
play dev-5 1aa8312
play dev-6 1aa8312
play dev-7 354fcca
play dev-8 be78a10
play dev-9 30e90c9
play dev-10 06a37c3
play dev-11 06a37c3
play dev-12 43c76fc
play dev-13 d53ea49
play dev-14 dfd81ce
play dev-15 d7c71bb
play dev-16 dfd81ce
