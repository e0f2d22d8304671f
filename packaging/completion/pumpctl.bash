# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 PumpStudio contributors
# bash completion for pumpctl: commands, options, serial ports, model ids (asked from
# 'pumpctl models', so model files in the data folder count) and profile files.
# Self-contained (no bash-completion helpers), so it also works sourced by hand.

_pumpctl_models()
{
    # The first column of 'pumpctl models' (one model a line).
    "${1:-pumpctl}" models 2>/dev/null | awk 'NF { print $1 }'
}

_pumpctl()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
    local commands="ports models info status start stop pressure speed flow direction dispense monitor check run weigh tare zero calibrate calibrations users"
    local options="--help --version --port --model --address --baud --parity --data-bits --stop-bits
        --timeout --json --trace --rate --seconds --interval-ms --csv --head --tubing --syringe --immediate
        --balance-port --balance-model --rpm --replicates --revolutions --temperature --density --tolerance --verify --write-to-pump
        --mqtt --mqtt-prefix --mqtt-keepalive --mqtt-ca --mqtt-user --mqtt-client-id --mqtt-workstation --remote-commands --user --archive"
    COMPREPLY=()

    case $prev in
        --port|--balance-port)
            # USB serial adapters first; anything else (a pumpsim link, /dev/ttyS0) as a file.
            local IFS=$'\n' ports
            ports=$(compgen -G '/dev/ttyUSB*'; compgen -G '/dev/ttyACM*'; compgen -G '/dev/serial/by-id/*')
            COMPREPLY=($(compgen -W "$ports" -- "$cur"))
            [ ${#COMPREPLY[@]} -eq 0 ] && COMPREPLY=($(compgen -f -- "$cur"))
            return ;;
        --model|--balance-model)
            COMPREPLY=($(compgen -W "$(_pumpctl_models "${COMP_WORDS[0]}")" -- "$cur"))
            return ;;
        --parity) COMPREPLY=($(compgen -W "none even odd" -- "$cur")); return ;;
        --data-bits) COMPREPLY=($(compgen -W "7 8" -- "$cur")); return ;;
        --stop-bits) COMPREPLY=($(compgen -W "1 2" -- "$cur")); return ;;
        --baud) COMPREPLY=($(compgen -W "1200 2400 4800 9600 19200 38400 57600 115200" -- "$cur")); return ;;
        --csv|--mqtt-ca)
            local IFS=$'\n'
            COMPREPLY=($(compgen -f -- "$cur"))
            return ;;
        --address|--timeout|--rate|--seconds|--interval-ms|--head|--tubing|--syringe|--rpm|--replicates|--revolutions|--temperature|--density|--tolerance|--mqtt|--mqtt-prefix|--mqtt-keepalive|--mqtt-user|--mqtt-client-id|--mqtt-workstation|--user|--archive)
            return ;;  # a value nobody can guess
        direction) COMPREPLY=($(compgen -W "cw ccw" -- "$cur")); return ;;
        calibrations) COMPREPLY=($(compgen -W "list" -- "$cur")); return ;;
        users) COMPREPLY=($(compgen -W "token" -- "$cur")); return ;;
        token) COMPREPLY=($(compgen -W "create revoke list" -- "$cur")); return ;;
        check|run)
            local IFS=$'\n'
            COMPREPLY=($(compgen -f -X '!*.json' -- "$cur") $(compgen -d -- "$cur"))
            return ;;
    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return
    fi
    # Offer commands until one is on the line.
    local word
    for word in "${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
        case " $commands " in *" $word "*) return ;; esac
    done
    COMPREPLY=($(compgen -W "$commands" -- "$cur"))
}

complete -F _pumpctl pumpctl
