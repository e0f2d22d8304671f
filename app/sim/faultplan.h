// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"

#include <QString>

#include <chrono>
#include <optional>
#include <vector>

namespace PumpStudio::Sim {

/// One fault at a point of pump time: a condition that starts (and may end after `duration`),
/// or a new rate for the wire faults.
struct FaultEvent
{
    enum class Kind {
        Unplug,          ///< the terminal vanishes; comes back after `duration` if given
        Stall,           ///< motor stalled (alarm, stops)
        Overload,        ///< over-current (alarm, stops; Reglo answers '#')
        OverTemperature, ///< drive too hot (alarm, stops)
        Occlusion,       ///< tubing blocked downstream: pressure climbs
        PowerCycle,      ///< the pump loses power and forgets its settings
        Drop,            ///< probability a reply is not sent
        Corrupt,         ///< probability a reply goes out with a broken checksum
        Garbage,         ///< probability random bytes precede a reply
        Slow,            ///< extra delay before every reply
        Echo,            ///< the line sends every byte back and no device hears it (a loopback)
        Silent,          ///< the line swallows every byte: nothing attached answers
    };

    Kind kind = Kind::Stall;
    std::chrono::milliseconds at{0};
    std::optional<std::chrono::milliseconds> duration;  ///< condition kinds: how long it lasts
    std::optional<int> address;                          ///< pump faults: only this address
    double probability = 0.0;                            ///< Drop, Corrupt, Garbage
    std::chrono::milliseconds delay{0};                  ///< Slow

    bool isRate() const;
    QString describe() const;
    friend bool operator==(const FaultEvent &, const FaultEvent &) = default;
};

/// What goes wrong and when, from `--faults` or a scenario file; events sorted by time.
///
/// Fault spec grammar (spaces around items are ignored):
///   spec        = item *("," item)
///   item        = rate / timed
///   rate        = ("drop" / "corrupt" / "garbage") "=" probability / "slow" "=" duration
///   probability = number ["%"]            ; 0..1, or 0..100 with "%"
///   timed       = name ["/" address] "@" duration [":" duration]
///   name        = "unplug" / "stall" / "overload" / "overtemp" / "occlusion" / "powercycle"
///                 / "echo" / "silent"          ; these two also stand alone: "echo" = "echo@0s"
///   duration    = number ("ms" / "s" / "min")
/// `unplug@10s:3s` unplugs at 10 s of pump time and replugs 3 s later; `occlusion/2@5s:20s`
/// blocks pump 2's line from 5 s to 25 s. Rates apply from time 0.
///
/// Scenario file: a JSON array (or an object with an "events" array) of objects
///   {"at": "10s", "fault": "unplug", "for": "3s"}, {"at": "0s", "fault": "drop", "value": 0.05},
///   {"at": "20s", "fault": "stall", "address": 2}, {"at": "30s", "fault": "slow", "value": "200ms"}
/// where "at"/"for" are durations (strings as above, or numbers of seconds).
struct FaultPlan
{
    std::vector<FaultEvent> events;

    static Result<FaultPlan> parseSpec(const QString &spec);
    static Result<FaultPlan> parseScenario(const QByteArray &json, const QString &source);
    static Result<FaultPlan> loadScenario(const QString &path);
    static Result<std::chrono::milliseconds> parseDuration(const QString &text);
};

} // namespace PumpStudio::Sim
