#!/usr/bin/env bash
# Scores dubao's page engine on every page of the evaluation set: prints one row per
# page (headline, byline and block F1, conservation, score) and the mean.
#
# usage: scripts/eval.sh [PAGES_DIR]   (default: ../shared/eval/pages beside the repo)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
pages=${1:-$root/../shared/eval/pages}
score=$(cd "$pages/.." && pwd)/score.py
[ -f "$score" ] || { echo "eval.sh: no score.py next to $pages" >&2; exit 2; }
cargo build --release --quiet --manifest-path "$root/Cargo.toml"
bin=$root/target/release/dubao
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

printf '%-26s %9s %9s %9s %9s %15s %7s\n' page articles headline byline block_f1 conservation score
sum=0; n=0; rest_sum=0; rest_n=0
for gold in "$pages"/*.gold.json; do
  page=${gold%.gold.json}.txt
  name=$(basename "$page" .txt)
  "$bin" --dump json "$page" > "$tmp/pred.json"
  out=$(python3 "$score" "$gold" "$tmp/pred.json" "$page")
  get() { awk -v k="$1" '$1 == k { $1 = ""; sub(/^ +/, ""); print }' <<<"$out"; }
  s=$(get score)
  printf '%-26s %9s %9s %9s %9s %15s %7s\n' "$name" "$(get articles | tr -d ' ')" "$(get headlines)" \
    "$(get bylines)" "$(get blocks_f1)" "$(get conservation | sed 's/missing /-/; s/, extra /+/')" "$s"
  sum=$(python3 -c "print($sum + $s)"); n=$((n + 1))
  if [ "$name" != seed ]; then rest_sum=$(python3 -c "print($rest_sum + $s)"); rest_n=$((rest_n + 1)); fi
done
python3 -c "print(f'mean over all {$n} pages: {$sum / $n:.3f}')"
[ "$rest_n" -gt 0 ] && python3 -c "print(f'mean over the {$rest_n} pages other than the seed: {$rest_sum / $rest_n:.3f}')"
