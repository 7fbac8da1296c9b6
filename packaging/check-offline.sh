#!/usr/bin/env bash
# Shows that the installed CareShelf needs no network: starts it in a new network namespace
# (unshare -n: no interface but a loopback that is down), opens the first article with the
# keyboard as a reader would, saves a screenshot, and lists every connection the app tried to
# open to a network address (there should be none). Needs root (or unshare -rn), Xvfb or a
# display, and xdotool; ImageMagick's import takes the screenshot and strace records connection
# attempts, where they are installed.
#
#   packaging/check-offline.sh [LAUNCHER] [SCREENSHOT.png]
set -euo pipefail

launcher=${1:-/opt/careshelf/bin/CareShelf}
shot=${2:-careshelf-offline.png}
[[ -x $launcher ]] || { echo "check-offline: no launcher at $launcher" >&2; exit 2; }
work=$(mktemp -d)
app=
xvfb=
cleanup() {
  [[ -n $app ]] && kill $(pgrep -P "$app") "$app" 2>/dev/null
  [[ -n $xvfb ]] && kill "$xvfb" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

if [[ -z ${DISPLAY:-} ]]; then
  exec 3<> "$work/display"
  Xvfb -displayfd 3 -screen 0 1366x768x24 >/dev/null 2>&1 &
  xvfb=$!
  for _ in $(seq 100); do [[ -s $work/display ]] && break; sleep 0.1; done
  export DISPLAY=:$(head -1 "$work/display")
fi

unshare=(unshare -n)
[[ $(id -u) -eq 0 ]] || unshare=(unshare -rn)
trace=()
command -v strace >/dev/null && trace=(strace -f -qq -e trace=connect -o "$work/connects")

echo "Network inside the namespace:"
"${unshare[@]}" ip -brief link show 2>/dev/null || "${unshare[@]}" cat /proc/net/dev
JAVA_TOOL_OPTIONS=-Dcareshelf.startupProbe=print \
  "${unshare[@]}" "${trace[@]}" "$launcher" --data-dir "$work/data" >"$work/out" 2>&1 &
app=$!

for _ in $(seq 600); do
  grep -q careshelf-library-open "$work/out" && break
  kill -0 "$app" 2>/dev/null || { cat "$work/out" >&2; echo "check-offline: CareShelf stopped" >&2; exit 1; }
  sleep 0.1
done
grep -q careshelf-library-open "$work/out" || { echo "check-offline: no library after 60 s" >&2; exit 1; }
echo "CareShelf started with its library, offline."

window=$(xdotool search --onlyvisible --name '^CareShelf$' | tail -1)
xdotool windowfocus --sync "$window" 2>/dev/null || true
sleep 0.5
# The reader's own way in, from the keyboard: "/" goes to the search field, Enter opens the best
# result.
xdotool type --window "$window" --delay 80 '/start here'
sleep 1
xdotool key --window "$window" Return
sleep 2
if command -v import >/dev/null; then
  import -window root "$shot"
  echo "Screenshot of the article: $shot"
else
  echo "No screenshot: ImageMagick's import is not installed."
fi

# The launcher runs under strace when it is there; stop the app itself, then whoever watched it.
kill $(pgrep -P "$app") "$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true
app=
if [[ ${#trace[@]} -gt 0 ]]; then
  network=$(grep -E 'AF_INET6?' "$work/connects" || true)
  if [[ -n $network ]]; then
    echo "Connections to network addresses:"
    echo "$network"
    exit 1
  fi
  echo "Connections to network addresses: none ($(grep -c connect "$work/connects" || true) local ones, to the display and the desktop's session bus)."
fi
