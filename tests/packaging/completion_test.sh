#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 PumpStudio contributors
# pumpctl's bash completion, driven as bash drives it: COMP_WORDS in, COMPREPLY out.
# Usage: completion_test.sh COMPLETION_FILE PUMPCTL
set -euo pipefail
completion=$1
pumpctl=$2
# shellcheck source=/dev/null
source "$completion"
failures=0 passes=0

# complete WORD... : the words of the line, the last one being completed
complete_line() {
    COMP_WORDS=("$pumpctl" "$@")
    COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
    _pumpctl
    printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//'
}

expect() {
    local want=$1; shift
    local got
    got=$(complete_line "$@")
    if [ "$got" = "$want" ]; then
        passes=$((passes + 1))
    else
        echo "FAIL: pumpctl $*<TAB> gave '$got', wanted '$want'"
        failures=$((failures + 1))
    fi
}

expect "direction dispense" "d"
expect "start status stop" "st"
expect "--seconds --stop-bits --syringe" "--s"
expect "even" "--port" "/tmp/x" "--parity" "e"
expect "ccw cw" "--model" "reglo-icc" "direction" ""
expect "reglo-icc" "--model" "reglo"
expect "kamoer-2802" "--model" "k"
expect "calibrate calibrations check" "c"
expect "list" "calibrations" ""
expect "token" "users" ""
expect "create list revoke" "users" "token" ""
expect "--remote-commands" "--rem"
expect "" "info" "st"   # a command is on the line: no second command
dir=$(mktemp -d)
touch "$dir/rinse.json" "$dir/notes.txt"
expect "$dir/rinse.json" "check" "$dir/r"
expect "" "check" "$dir/n"
rm -r "$dir"

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
