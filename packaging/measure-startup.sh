#!/usr/bin/env bash
# Measures cold start (process start to first frame shown) of the installed CareShelf against a
# minimal JavaFX window started with plain `java -cp` and no CDS, alternating the two in one run,
# and prints the medians and their ratio. See packaging/README.md.
#
#   packaging/measure-startup.sh [-n RUNS] [LAUNCHER [ARGS...]]
#
# LAUNCHER defaults to the installed /opt/careshelf/bin/CareShelf; give an app image's
# bin/CareShelf to measure that instead. The minimal window runs on the `java` found on PATH (or
# $JAVA) with the JavaFX jars of this project from the local Maven repository. Without $DISPLAY,
# the script starts its own Xvfb. Every run is a new process; nothing is reused between runs but
# the operating system's file cache, warm for both alike (one unrecorded run each fills it).
set -euo pipefail

runs=21
if [[ ${1:-} == -n ]]; then
  runs=$2
  shift 2
fi
if [[ $# -eq 0 ]]; then
  set -- /opt/careshelf/bin/CareShelf
fi
[[ -x $1 ]] || { echo "measure-startup: no launcher at $1 (install the .deb, or name an app image's bin/CareShelf)" >&2; exit 2; }

here=$(cd "$(dirname "$0")" && pwd)
java=${JAVA:-java}
javac=$(dirname "$(readlink -f "$(command -v "$java")")")/javac
repo=${MAVEN_REPO:-$HOME/.m2/repository}
fx_version=$(sed -n 's|.*<javafx.version>\(.*\)</javafx.version>.*|\1|p' "$here/../pom.xml")
fx_classpath=
for module in base graphics controls; do
  jar=$repo/org/openjfx/javafx-$module/$fx_version/javafx-$module-$fx_version-linux.jar
  [[ -f $jar ]] || { echo "measure-startup: $jar is missing; run 'mvn package' once first" >&2; exit 2; }
  fx_classpath+=:$jar
done

work=$(mktemp -d)
xvfb=
cleanup() {
  [[ -n $xvfb ]] && kill "$xvfb" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

if [[ -z ${DISPLAY:-} ]]; then
  exec 3<> "$work/display"
  Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  for _ in $(seq 100); do [[ -s $work/display ]] && break; sleep 0.1; done
  export DISPLAY=:$(head -1 "$work/display")
fi

"$javac" -d "$work/minimal" -cp "${fx_classpath#:}" "$here/measure/MinimalWindow.java"

# Runs one contender; prints milliseconds from process start to first frame, and for CareShelf
# also to the library being open.
measure() {
  local name=$1
  shift
  local out=$work/$name.out start
  start=${EPOCHREALTIME/./}
  JAVA_TOOL_OPTIONS=-Dcareshelf.startupProbe=exit timeout 60 "$@" >"$out" 2>/dev/null || true
  local frame library
  frame=$(sed -n 's/^careshelf-first-frame //p' "$out")
  library=$(sed -n 's/^careshelf-library-open //p' "$out")
  [[ -n $frame ]] || { echo "measure-startup: $name showed no first frame; run it by hand to see why" >&2; exit 1; }
  echo "$((frame - start / 1000)) ${library:+$((library - start / 1000))}"
}

minimal=("$java" -Xshare:off -cp "$work/minimal$fx_classpath" MinimalWindow)
minimal_cds=("$java" -cp "$work/minimal$fx_classpath" MinimalWindow)
app=("$@" --data-dir "$work/data")

# One unrecorded run each fills the data folder and the file cache for all.
measure app "${app[@]}" >/dev/null
measure minimal "${minimal[@]}" >/dev/null

echo "run  minimal-no-CDS  minimal-default-CDS  careshelf  (careshelf library open)  ms"
for i in $(seq "$runs"); do
  # Alternate the order so that neither always follows the other.
  if ((i % 2)); then
    a=$(measure minimal "${minimal[@]}")
    c=$(measure minimal-cds "${minimal_cds[@]}")
    b=$(measure app "${app[@]}")
  else
    b=$(measure app "${app[@]}")
    c=$(measure minimal-cds "${minimal_cds[@]}")
    a=$(measure minimal "${minimal[@]}")
  fi
  read -r app_frame app_library <<<"$b"
  printf '%3d  %14s  %19s  %9s  %s\n' "$i" "$a" "$c" "$app_frame" "(${app_library:-?})"
  echo "$a" >>"$work/minimal.ms"
  echo "$c" >>"$work/minimal-cds.ms"
  echo "$app_frame" >>"$work/app.ms"
  [[ -n ${app_library:-} ]] && echo "$app_library" >>"$work/library.ms"
done

median() { sort -n "$1" | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
m_min=$(median "$work/minimal.ms")
m_cds=$(median "$work/minimal-cds.ms")
m_app=$(median "$work/app.ms")
echo
echo "launcher: $1 ($runs runs each, display $DISPLAY, $(nproc) cores)"
echo "median first frame: careshelf $m_app ms, minimal window $m_min ms (no CDS), $m_cds ms (default CDS)"
[[ -s $work/library.ms ]] && echo "median library open in careshelf: $(median "$work/library.ms") ms"
awk -v a="$m_app" -v m="$m_min" -v c="$m_cds" 'BEGIN {
  printf "ratio careshelf / minimal window: %.2f (target <= 1.00); against the default-CDS window: %.2f\n", a / m, a / c }'
