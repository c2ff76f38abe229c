#!/usr/bin/env bash
# Regenerates the README pictures in screenshots/ from the real release binary drawn
# by a real terminal emulator: xterm on a private Xvfb display, photographed with
# ImageMagick's `import -window`.
#
#   scripts/screenshots.sh [OUTDIR]        (default: screenshots/ in the crate root)
#
# Most shots run dubao inside a private tmux server (keys by `send-keys`, "is the screen
# ready" by `capture-pane`) with an xterm attached to the session. tmux measures every
# East Asian Ambiguous character (“ ” — …) as one cell, so the two ambiguous-width shots
# run dubao directly in xterm (one with default widths, one with -cjk_width) and press
# keys with xdotool; dubao runs with `--ambiguous auto` in both and its probe finds out
# the width by itself.
#
# It installs what is missing (apt-get, non-interactive), builds the release binary,
# and never touches a tmux server, X display or process it did not start. About 40 s
# when everything is installed and built.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/screenshots}
mkdir -p "$out"
out=$(cd "$out" && pwd)
export LANG=C.UTF-8 LC_ALL=C.UTF-8

# --- what the script needs ------------------------------------------------------------
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xterm >/dev/null || need+=(xterm)
command -v xwininfo >/dev/null || need+=(x11-utils)
command -v xdotool >/dev/null || need+=(xdotool)
command -v tmux >/dev/null || need+=(tmux)
[ -x /usr/bin/convert ] && [ -x /usr/bin/import ] || need+=(imagemagick)
[ -n "$(fc-list 'Noto Sans Mono CJK SC' 2>/dev/null)" ] || need+=(fonts-noto-cjk)
[ -n "$(fc-list 'DejaVu Sans Mono' 2>/dev/null)" ] || need+=(fonts-dejavu-core)
if [ ${#need[@]} -gt 0 ]; then
  echo "screenshots: installing ${need[*]}" >&2
  sudo=; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
convert=/usr/bin/convert   # /usr/local/bin/convert may be a stand-in; take the real one
import=/usr/bin/import
compare=/usr/bin/compare

cargo build --release --quiet --manifest-path "$root/Cargo.toml"
bin=$root/target/release/dubao

# --- private X display, tmux server, temporary files -------------------------------------
tmp=$(mktemp -d)
# One private tmux server per scene (dubao-shots-PID-N): a server that is still going
# away after kill-server can swallow the next new-session.
scene=0
T=(tmux -L "dubao-shots-$$-$scene" -f /dev/null)
xvfb_pid=
xterm_pid=
cleanup() {
  set +e
  [ -n "$xterm_pid" ] && kill "$xterm_pid" 2>/dev/null
  for i in $(seq 0 "$scene"); do tmux -L "dubao-shots-$$-$i" -f /dev/null kill-server 2>/dev/null; done
  rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/dubao-shots-$$-"*   # kill-server leaves the sockets
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

# -displayfd picks a free display number and writes it once the server is up; -noreset
# keeps the server from resetting (and refusing connections for a moment) each time its
# last xterm closes.
Xvfb -displayfd 3 -screen 0 1920x1200x24 -nolisten tcp -noreset 3>"$tmp/display" 2>"$tmp/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$tmp/display" ] && break; sleep 0.05; done
[ -s "$tmp/display" ] || { echo "screenshots: Xvfb did not start" >&2; cat "$tmp/xvfb.log" >&2; exit 1; }
export DISPLAY=:$(head -1 "$tmp/display")

# The look: DejaVu Sans Mono for the cell grid, Noto Sans Mono CJK for double-width
# characters (pixelsize 20 makes a Han character fill its two cells), solid box lines,
# bold without colour change (ratatui's bold black must stay black), a dark background.
# TERM=xterm-256color: with plain "xterm" (8 colours in terminfo) the attached tmux client
# drew ratatui's DarkGray (colour 8) as black until its feature query came back, so the
# pane gutter was grey in some runs and black in others.
XTERM=(xterm -fa 'DejaVu Sans Mono' -fd 'Noto Sans Mono CJK SC:pixelsize=20' -fs 13
  -xrm 'XTerm*forceBoxChars: true' -xrm 'XTerm*boldColors: false'
  -xrm 'XTerm*cursorBlink: false' -bg '#15181d' -fg '#d6d6d6' -cr '#15181d'
  -b 6 +sb -bw 0 -xrm 'XTerm*allowTitleOps: false' -tn xterm-256color)

wid=
# Waits for the xterm titled $1 to be mapped and sets wid to its window id.
find_window() {
  wid=
  for _ in $(seq 200); do
    wid=$(xwininfo -name "$1" 2>/dev/null | awk '/Window id:/ {print $4}') || true
    [ -n "$wid" ] && xwininfo -id "$wid" 2>/dev/null | grep -q 'IsViewable' && return 0
    sleep 0.05
  done
  echo "screenshots: no window named $1" >&2
  exit 1
}

# Starts a fresh tmux session of W×H cells running dubao with ARGS, and an xterm of
# the same size attached to it.
session() {
  local w=$1 h=$2; shift 2
  stop_xterm
  "${T[@]}" kill-server 2>/dev/null || true
  scene=$((scene + 1))
  T=(tmux -L "dubao-shots-$$-$scene" -f /dev/null)
  "${T[@]}" new-session -d -s app -x "$w" -y "$h" "$bin" "$@"
  "${T[@]}" set -g status off >/dev/null
  "${T[@]}" set -g window-size manual >/dev/null
  "${T[@]}" set -g escape-time 0 >/dev/null
  wait_for '文章 '
  local title=dubao-shot-$RANDOM
  "${XTERM[@]}" -title "$title" -geometry "${w}x${h}+0+0" -e "${T[@]}" attach -t app &
  xterm_pid=$!
  find_window "$title"
}

stop_xterm() {
  if [ -n "$xterm_pid" ]; then
    kill "$xterm_pid" 2>/dev/null || true
    wait "$xterm_pid" 2>/dev/null || true
    xterm_pid=
  fi
}

# Polls the tmux screen until it contains TEXT (5 s at most).
wait_for() {
  for _ in $(seq 100); do
    "${T[@]}" capture-pane -p -t app 2>/dev/null | grep -qF -- "$1" && return 0
    sleep 0.05
  done
  echo "screenshots: timed out waiting for '$1'; the screen was:" >&2
  "${T[@]}" capture-pane -p -t app >&2 || true
  exit 1
}

# Sends tmux key names (Enter, Space, …); `-l TEXT` sends literal text.
keys() { "${T[@]}" send-keys -t app "$@"; sleep 0.15; }

# Photographs the current xterm window into FILE once two pictures in a row agree
# (the xterm has painted everything tmux sent it).
snap() {
  local file=$1 prev= cur
  [ -n "$wid" ] || { echo "screenshots: no window to photograph" >&2; exit 1; }
  sleep 0.25
  for _ in $(seq 20); do
    "$import" -window "$wid" "$tmp/snap.ppm"
    cur=$(md5sum <"$tmp/snap.ppm")
    [ "$cur" = "$prev" ] && break
    prev=$cur
    sleep 0.2
  done
  "$convert" "$tmp/snap.ppm" "${PNG[@]}" "PNG8:$tmp/new.png"
  keep_or_replace "$tmp/new.png" "$file"
}

# Moves NEW to FILE unless FILE shows the same picture: the 32-colour palette can come
# out a little different from run to run, which would only churn the repository.
keep_or_replace() {
  local new=$1 file=$2 diff
  if [ -f "$file" ]; then
    diff=$("$compare" -metric AE -fuzz 10% "$new" "$file" null: 2>&1 || true)
    if [ "$diff" = 0 ]; then rm -f "$new"; return; fi
  fi
  mv "$new" "$file"
}

# 32 colours without dithering look the same as the original and are a quarter the size.
PNG=(-depth 8 +dither -colors 32 -strip -define png:compression-level=9)

status_line() { "${T[@]}" capture-pane -p -t app | tail -1; }

# --- the shots -------------------------------------------------------------------------
echo "screenshots: main, article, search, help (120x36)" >&2
session 120 36
snap "$out/main-120x36.png"

keys Enter; wait_for '目录'
keys C-d; keys j j j
snap "$out/article-120x36.png"

keys g; keys /; keys -l 中亚; keys Enter; keys n
wait_for '[2/'
snap "$out/search-120x36.png"
status_line >&2

keys '?'; wait_for '帮助'
snap "$out/help-120x36.png"

echo "screenshots: one pane (60x30)" >&2
session 60 30
snap "$tmp/one-list.png"
keys Enter; wait_for '目录'
snap "$tmp/one-article.png"
"$convert" "$tmp/one-list.png" "$tmp/one-article.png" -background '#ffffff' -splice 16x0 \
  +append -chop 16x0 "${PNG[@]}" "PNG8:$tmp/new.png"
keep_or_replace "$tmp/new.png" "$out/one-pane-60x30.png"

echo "screenshots: tour.gif (100x30)" >&2
session 100 30
n=0
frame() { n=$((n + 1)); snap "$tmp/tour-$(printf %02d $n).png"; }
frame                                     # the list: four articles
keys j; frame                             # ↓ moves through the list
keys k; keys Enter; wait_for '目录'; frame  # back up, open the first article
keys Space; frame                         # page down
keys /; keys -l 中亚; frame                 # the search prompt, typed
keys Enter; wait_for 'n/N'; frame          # the first match after the view
keys n; frame                             # next match
keys ']'; wait_for '文章 2/'; frame         # next article
keys '?'; wait_for '帮助'; frame            # help
gif_same() {   # are the 9 frames those of the tour.gif already there?
  [ -f "$out/tour.gif" ] || return 1
  "$convert" "$out/tour.gif" -coalesce "$tmp/old-%02d.png" 2>/dev/null || return 1
  local i d
  for i in $(seq 1 9); do
    [ -f "$tmp/old-$(printf %02d $((i - 1))).png" ] || return 1
    d=$("$compare" -metric AE -fuzz 10% "$tmp/tour-$(printf %02d "$i").png" \
        "$tmp/old-$(printf %02d $((i - 1))).png" null: 2>&1 || true)
    [ "$d" = 0 ] || return 1
  done
  [ ! -f "$tmp/old-09.png" ]
}
if ! gif_same; then
  "$convert" -delay 140 "$tmp"/tour-0[1-8].png -delay 300 "$tmp/tour-09.png" \
    -loop 0 -layers Optimize "$out/tour.gif"
  # gifsicle, if it is there, takes off another quarter losslessly.
  if command -v gifsicle >/dev/null; then gifsicle -O3 --batch "$out/tour.gif"; fi
fi

# The ambiguous-width pair: dubao straight in xterm (no tmux: tmux counts every ambiguous
# character as one cell), keys by xdotool. One pane (60 columns), the top of the first
# article: its title, subtitle and first paragraphs are full of “ ” ‘ ’ and ——.
# Why not two panes: xterm's Xft drawing gives a character below U+0100 one cell
# whatever -cjk_width says (XtermCellWidth in util.c), so a Latin-1 ambiguous character
# such as the list's "·" leaves its second cell unpainted — a hole in a highlighted bar
# and stale pixels after a scroll. The top of the first article has none of them.
ambiguous_shot() {
  local file=$1; shift
  stop_xterm
  local title=dubao-amb-$RANDOM
  "${XTERM[@]}" "$@" -title "$title" -geometry 60x30+0+0 -e "$bin" --ambiguous auto &
  xterm_pid=$!
  find_window "$title"
  sleep 1                                 # the bundled page is parsed and drawn by now
  xdotool windowfocus --sync "$wid" 2>/dev/null || xdotool windowfocus "$wid"
  xdotool key --delay 150 Return
  snap "$file"
}
echo "screenshots: ambiguous narrow / wide (60x30)" >&2
"${T[@]}" kill-server 2>/dev/null || true
ambiguous_shot "$out/ambiguous-narrow.png"
ambiguous_shot "$out/ambiguous-wide.png" -cjk_width
stop_xterm

ls -l "$out" >&2
