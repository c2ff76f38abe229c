#!/usr/bin/env bash
# Measures dubao for the README's performance table, each measure as a ratio against a
# reference program taken side by side in one run: dubao and the reference alternate,
# REPS times each, and the table shows the medians.
#
#   scripts/bench.sh [REPS]     (default 21; the 10 MB measures use REPS/4, at least 3)
#
# Prints a Markdown table (measure | dubao | reference | ratio | goal) on stdout and every
# sample on stderr. Installs less, GNU time and python3 if missing (apt-get); builds the
# release binary and the 10 MB page (target/bench/big-10mb.txt, made once by
# `cargo run --release --example big_page -- 10`; delete it to make it again).
#
# The measures:
#  1. First frame, bundled page: spawn to the first complete frame in a 100x30
#     pseudo-terminal, `dubao content/000_93aa3b5d04f4e9a6.txt` against
#     `less` on the same file (scripts/first_frame.py). The frame is complete when the
#     last words of the bottom row have been written; the time is that of the read
#     that brought them. For dubao the last words are the status line's last hint
#     "退出" (ratatui redraws top to bottom, so the whole frame is out); for less they are
#     its first prompt, the file's name, written after the first screenful. The harness
#     answers dubao's CSI 6n probe at once, like a narrow terminal (ESC[1;2R).
#  2. The same on the 10 MB page (dubao reads and parses it all before its first frame,
#     less reads one screenful).
#  3. Throughput: `dubao --dump json BIG > /dev/null` against `wc -m BIG` (both read
#     and decode every character); ratio = dubao's time / wc's time.
#  4. Peak memory: maximum resident set size of `dubao --dump json BIG` from
#     `/usr/bin/time -v`, against the file's size; goal ≤ 3 × file + 20 MB.
#
# The goals of 1–3 are proposals; change them below. About 40 s once the 10 MB page
# exists (making it builds the example: a few minutes the first time). On a busy
# machine the small first-frame times vary by ±50 % from run to run; only the medians
# of alternating runs are worth comparing.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
reps=${1:-21}
big_reps=$(( reps / 4 > 3 ? reps / 4 : 3 ))
export LANG=C.UTF-8 LC_ALL=C.UTF-8

GOAL_FRAME_RATIO=1.2    # dubao's first frame at most 1.2× less's (issue 7)
GOAL_BIG_FRAME_RATIO=3  # on the 10 MB page, within 3× of less
GOAL_THROUGHPUT=1       # dump json no slower than wc -m
GOAL_RSS_FACTOR=3       # peak RSS at most 3 × file + 20 MB
GOAL_RSS_EXTRA_MB=20

need=()
command -v less >/dev/null || need+=(less)
[ -x /usr/bin/time ] || need+=(time)
command -v python3 >/dev/null || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  echo "bench: installing ${need[*]}" >&2
  sudo=; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

cargo build --release --quiet
bin=$root/target/release/dubao
page=content/000_93aa3b5d04f4e9a6.txt
big=$root/target/bench/big-10mb.txt
if [ ! -s "$big" ]; then
  mkdir -p "$(dirname "$big")"
  echo "bench: making the 10 MB page" >&2
  cargo run --release --quiet --example big_page -- 10 > "$big.tmp"
  mv "$big.tmp" "$big"
fi
harness=(python3 "$root/scripts/first_frame.py" --cols 100 --rows 30)

median() { python3 -c 'import statistics,sys; print(statistics.median(float(x) for x in sys.argv[1:]))' "$@"; }

# Milliseconds of one run of a command, output thrown away, 300 s at most.
wall_ms() {
  local t0 t1
  t0=$(date +%s%N)
  timeout 300 "$@" > /dev/null
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000 )) | awk '{printf "%.2f\n", $1 / 1000}'
}

# first_frame LABEL N FILE: N alternating runs of dubao and less on FILE; sets d_med, l_med.
first_frame() {
  local label=$1 n=$2 file=$3 d=() l=() i name
  name=$(basename "$file")
  for ((i = 0; i < n; i++)); do
    d+=("$("${harness[@]}" --timeout 120 --marker 退出 -- "$bin" "$file")")
    l+=("$("${harness[@]}" --timeout 120 --marker "$name" -- less "$file")")
  done
  echo "bench: $label dubao ms: ${d[*]}" >&2
  echo "bench: $label less  ms: ${l[*]}" >&2
  d_med=$(median "${d[@]}"); l_med=$(median "${l[@]}")
}

ratio() { python3 -c 'import sys; print(f"{float(sys.argv[1]) / float(sys.argv[2]):.2f}×")' "$1" "$2"; }
ok() { python3 -c 'import sys; print("✅" if float(sys.argv[1]) <= float(sys.argv[2]) else "❌")' "$1" "$2"; }
fmt_ms() { python3 -c 'import sys; x=float(sys.argv[1]); print(f"{x:.1f} ms" if x < 100 else f"{x:.0f} ms")' "$1"; }

size=$(stat -c %s "$big")
size_mb=$(python3 -c "print(f'{$size / 1e6:.1f}')")
page_kb=$(python3 -c "print(round($(stat -c %s "$page") / 1000))")

echo "bench: first frame, bundled page ($reps runs each)" >&2
first_frame bundled "$reps" "$page"
ff_d=$d_med ff_l=$l_med

echo "bench: first frame, 10 MB page ($big_reps runs each)" >&2
first_frame big "$big_reps" "$big"
bf_d=$d_med bf_l=$l_med

echo "bench: throughput ($big_reps runs each)" >&2
td=() tw=()
for ((i = 0; i < big_reps; i++)); do
  td+=("$(wall_ms "$bin" --dump json "$big")")
  tw+=("$(wall_ms wc -m "$big")")
done
echo "bench: dump json ms: ${td[*]}" >&2
echo "bench: wc -m     ms: ${tw[*]}" >&2
tp_d=$(median "${td[@]}"); tp_w=$(median "${tw[@]}")

echo "bench: peak memory (3 runs)" >&2
rss=()
for ((i = 0; i < 3; i++)); do
  kb=$( { timeout 300 /usr/bin/time -v "$bin" --dump json "$big" > /dev/null; } 2>&1 \
        | awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}')
  rss+=("$kb")
done
echo "bench: max RSS KiB: ${rss[*]}" >&2
rss_kb=$(median "${rss[@]}")
rss_mb=$(python3 -c "print(f'{$rss_kb * 1024 / 1e6:.1f}')")
rss_goal_mb=$(python3 -c "print(f'{$GOAL_RSS_FACTOR * $size / 1e6 + $GOAL_RSS_EXTRA_MB:.1f}')")

mbps() { python3 -c "print(f'{$size / 1e6 / ($1 / 1000):.0f} MB/s')"; }

cat <<EOF
| measure | dubao | reference | ratio | goal |
|---|---|---|---|---|
| first frame, bundled page ($page_kb KB), 100×30 pty | $(fmt_ms "$ff_d") | less $(fmt_ms "$ff_l") | $(ratio "$ff_d" "$ff_l") | ≤ ${GOAL_FRAME_RATIO}× $(ok "$(python3 -c "print($ff_d / $ff_l)")" $GOAL_FRAME_RATIO) |
| first frame, 10 MiB ($size_mb MB) page, 100×30 pty | $(fmt_ms "$bf_d") | less $(fmt_ms "$bf_l") | $(ratio "$bf_d" "$bf_l") | ≤ ${GOAL_BIG_FRAME_RATIO}× $(ok "$(python3 -c "print($bf_d / $bf_l)")" $GOAL_BIG_FRAME_RATIO) |
| throughput, \`--dump json\` of the $size_mb MB page | $(fmt_ms "$tp_d") ($(mbps "$tp_d")) | \`wc -m\` $(fmt_ms "$tp_w") ($(mbps "$tp_w")) | $(ratio "$tp_d" "$tp_w") | ≤ ${GOAL_THROUGHPUT}× $(ok "$(python3 -c "print($tp_d / $tp_w)")" $GOAL_THROUGHPUT) |
| peak memory, \`--dump json\` of the $size_mb MB page | $rss_mb MB | file $size_mb MB | $(ratio "$rss_mb" "$size_mb") | ≤ $rss_goal_mb MB (${GOAL_RSS_FACTOR}× + ${GOAL_RSS_EXTRA_MB} MB) $(ok "$rss_mb" "$rss_goal_mb") |
EOF
echo "bench: medians of alternating runs; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) at the end" >&2
