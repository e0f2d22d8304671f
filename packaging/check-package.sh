#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 PumpStudio contributors
#
# Makes the .deb from a configured build, checks its metadata, installs it with apt, runs the
# installed programs, and removes it again. CI's package job; run it by hand the same way:
#
#   packaging/check-package.sh [BUILD_DIR]     (default build/test; as root or with sudo)
#
# It installs the tools it uses when missing (lintian and sqlite3; the others come with the
# README's package list). The package is removed at the end, also on failure.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$root/build/test}" && pwd)
say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_install() { as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"; }

missing=()
for pair in lintian:lintian sqlite3:sqlite3 man:man-db appstreamcli:appstream \
            desktop-file-validate:desktop-file-utils dpkg-shlibdeps:dpkg-dev file:file; do
  command -v "${pair%%:*}" >/dev/null || missing+=("${pair#*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  as_root apt-get update -qq
  apt_install "${missing[@]}" >/dev/null
fi

say "building the programs and generated docs in $build"
cmake --build "$build" --target pumpstudio pumpctl pumpsim package_docs >/dev/null

say "making the .deb"
rm -rf "$build/package"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$build/package" >/dev/null
debs=("$build"/package/pumpstudio_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one pumpstudio_<version>_<arch>.deb in $build/package"
deb=${debs[0]}
echo "$(basename "$deb"): $(du -h "$deb" | cut -f1)"
dpkg-deb --field "$deb" Package Version Architecture Section Priority Depends Recommends Suggests

say "lintian"
# Errors fail the job; warnings and info are printed with their explanation in the log.
lintian --fail-on error --info --display-info --tag-display-limit 0 "$deb" | tee "$build/package/lintian.txt" \
  || fail "lintian reported errors"
echo "lintian: $(grep -c '^E:' "$build/package/lintian.txt" || true) errors," \
     "$(grep -c '^W:' "$build/package/lintian.txt" || true) warnings," \
     "$(grep -c '^I:' "$build/package/lintian.txt" || true) info"

say "metadata in the package: AppStream and desktop file"
contents=$(mktemp -d)
installed_home=$(mktemp -d)
link_dir=$(mktemp -d)
sim_pid=
cleanup() {
  [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null || true
  rm -rf "$contents" "$installed_home" "$link_dir"
  if dpkg-query -W -f='${Status}' pumpstudio 2>/dev/null | grep -q 'install ok installed'; then
    say "removing the package"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq pumpstudio >/dev/null
  fi
}
trap cleanup EXIT
dpkg-deb -x "$deb" "$contents"
appstreamcli validate --no-net "$contents/usr/share/metainfo/org.pumpstudio.PumpStudio.metainfo.xml"
desktop_out=$(desktop-file-validate "$contents/usr/share/applications/org.pumpstudio.PumpStudio.desktop" 2>&1) \
  || fail "desktop-file-validate: $desktop_out"
[ -z "$desktop_out" ] || fail "desktop-file-validate: $desktop_out"
echo "desktop-file-validate: no errors, warnings or hints"
for page in pumpstudio pumpctl pumpsim; do
  [ -f "$contents/usr/share/man/man1/$page.1.gz" ] || fail "no man page for $page"
  # groff's own warnings (bad macros, lines too long to break) fail the check.
  warnings=$(MANWIDTH=80 LC_ALL=C.UTF-8 man --warnings -l "$contents/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null)
  [ -z "$warnings" ] || fail "man $page: $warnings"
done
echo "man pages: pumpstudio.1.gz pumpctl.1.gz pumpsim.1.gz render without warnings"

say "installing $(basename "$deb") with apt"
if ! apt_install "$deb" >/dev/null 2>&1; then
  as_root apt-get update -qq  # dependencies missing and the package lists too old to find them
  apt_install "$deb" >/dev/null
fi
dpkg-query -W -f='${Package} ${Version} ${Status}\n' pumpstudio

say "running the installed programs"
[ "$(command -v pumpctl)" = /usr/bin/pumpctl ] || fail "pumpctl is not /usr/bin/pumpctl"
/usr/bin/pumpctl --version
/usr/bin/pumpsim --help >/dev/null
echo "pumpsim --help: $(/usr/bin/pumpsim --help | head -1)"
# A scratch home: the installed GUI writes its settings, logs and records there.
run_gui() {
  mkdir -p -m 0700 "$installed_home/run"
  env -u XDG_DATA_HOME -u XDG_CONFIG_HOME HOME="$installed_home" XDG_RUNTIME_DIR="$installed_home/run" QT_QPA_PLATFORM=offscreen \
    QT_LOGGING_RULES='qt.qpa.*=false' /usr/bin/pumpstudio --log-level warning "$@"
}
run_gui --smoke
echo "pumpstudio --smoke: exit 0"
bash -c 'source /usr/share/bash-completion/completions/pumpctl && complete -p pumpctl' >/dev/null \
  || fail "the bash completion does not register for pumpctl"
echo "bash completion: registered for pumpctl"

say "a run record written by the installed build (SQLite driver from libqt6sql6-sqlite)"
# The demo starts its pumps, which starts a run; closing the window ends it and closes the file.
run_gui --demo --quit-after 10
records=("$installed_home"/.local/share/PumpStudio/PumpStudio/records/*.psrun)
[ -f "${records[0]}" ] || fail "no run record in $installed_home/.local/share/PumpStudio/PumpStudio/records"
summary=$(sqlite3 -readonly "${records[0]}" \
  "SELECT (SELECT count(*) FROM channel) || ' channels, ' || (SELECT coalesce(sum(count), 0) FROM chunk)
          || ' samples, ended: ' || coalesce((SELECT end_reason FROM run), 'no')")
echo "$(basename "${records[0]}"): $summary"
[[ $summary =~ ^[1-9][0-9]*\ channels,\ [1-9][0-9]*\ samples,\ ended:\ [^n] ]] \
  || fail "the run record is incomplete: $summary"

say "a port the user may not open: the message names the fix"
chmod 755 "$link_dir"
/usr/bin/pumpsim --model reglo-icc --link "$link_dir/reglo" >/dev/null 2>&1 &
sim_pid=$!
for _ in $(seq 50); do [ -e "$link_dir/reglo" ] && break; sleep 0.1; done
# The pty belongs to the user running this (mode 0620): the user nobody may not open it.
set +e
denied=$(as_root runuser -u nobody -- env HOME="$link_dir" /usr/bin/pumpctl --port "$link_dir/reglo" --model reglo-icc info 2>&1)
code=$?
set -e
echo "pumpctl as nobody (exit $code): $denied"
[[ $denied == *dialout* ]] || fail "the permission error does not name the dialout group"
kill "$sim_pid"; wait "$sim_pid" 2>/dev/null || true; sim_pid=

cleanup
trap - EXIT
[ ! -e /usr/bin/pumpstudio ] || fail "/usr/bin/pumpstudio is still there after removing the package"
echo "removed: /usr/bin/pumpstudio, /usr/bin/pumpctl and /usr/bin/pumpsim are gone"
