#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 PumpStudio contributors
#
# The README's commands. Idempotent: installs only the Debian packages that are missing, then
# builds incrementally, so a second run with nothing changed takes seconds.
#
#   packaging/dev.sh run   [-- APP ARGS]   install, build (Release) and start the GUI
#   packaging/dev.sh test  [--werror] [--sanitize]   install, build and run every test headless
#   packaging/dev.sh deps                   install the missing packages only
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
packages_file="$root/packaging/debian-packages.txt"
jobs=$(nproc 2>/dev/null || echo 2)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
  local wanted missing=()
  wanted=$(grep -v -E '^\s*(#|$)' "$packages_file")
  for pkg in $wanted; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    say "Debian packages: all present"
    return
  fi
  say "installing missing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# configure_and_build DIR BUILD_TYPE [cmake args...]
configure_and_build() {
  local dir=$1 type=$2; shift 2
  if [ ! -f "$dir/CMakeCache.txt" ]; then
    say "configuring $dir ($type)"
    cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" -DPUMPSTUDIO_UNITY_BUILD=ON "$@"
  else
    cmake -S "$root" -B "$dir" "$@" >/dev/null
  fi
  say "building $dir"
  cmake --build "$dir" --parallel "$jobs"
}

has_serial_hardware() {
  compgen -G '/dev/ttyUSB*' >/dev/null || compgen -G '/dev/ttyACM*' >/dev/null
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
  deps)
    install_missing
    ;;
  run)
    install_missing
    configure_and_build "$root/build/release" Release -DPUMPSTUDIO_BUILD_TESTS=OFF
    args=("$@")
    if [ ${#args[@]} -gt 0 ] && [ "${args[0]}" = "--" ]; then args=("${args[@]:1}"); fi
    if ! has_serial_hardware; then
      say "no USB serial adapter found: starting with simulated pumps (--demo)"
      args=(--demo "${args[@]}")
    fi
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      say "no display found: running inside a virtual X server (xvfb-run); nothing will be visible"
      exec xvfb-run -a -s "-screen 0 1600x1000x24" "$root/build/release/app/pumpstudio/pumpstudio" "${args[@]}"
    fi
    exec "$root/build/release/app/pumpstudio/pumpstudio" "${args[@]}"
    ;;
  test)
    werror=OFF sanitize=OFF dir="$root/build/test" type=Release benches=ON gui=ON
    for arg in "$@"; do
      case "$arg" in
        --werror) werror=ON ;;
        --sanitize) sanitize=ON dir="$root/build/asan" type=Debug benches=OFF ;;
        *) echo "unknown option $arg" >&2; exit 2 ;;
      esac
    done
    install_missing
    configure_and_build "$dir" "$type" -DPUMPSTUDIO_WERROR="$werror" -DPUMPSTUDIO_SANITIZE="$sanitize" \
      -DPUMPSTUDIO_BUILD_BENCHES="$benches" -DPUMPSTUDIO_BUILD_GUI="$gui"
    say "running tests headless"
    export QT_QPA_PLATFORM=offscreen
    if [ "$sanitize" = ON ]; then
      export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
      export LSAN_OPTIONS="suppressions=$root/.ci/lsan.supp:print_suppressions=0"
      export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    fi
    ctest --test-dir "$dir" --output-on-failure --parallel "$jobs" --label-exclude 'soak|bench'
    ;;
  *)
    sed -n '5,12p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
