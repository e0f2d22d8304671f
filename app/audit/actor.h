// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QMetaType>
#include <QString>

namespace PumpStudio::Audit {

/// Who does something, as the trail writes it. In controlled mode the logged-in account; in open
/// mode the operator picked at the start of a run, with the OS user beside it.
struct Actor
{
    QString userId;       ///< the account's unique id; in open mode the operator's name as typed
    QString fullName;     ///< the printed name signatures show
    QString role;         ///< a stable token: "administrator", ..., "operator" in open mode, "system"
    QString osUser;       ///< the operating system's user running the program
    QString workstation;  ///< the computer's host name

    /// "Jane Doe (jdoe)", or the id alone.
    QString displayName() const;
    bool isEmpty() const { return userId.isEmpty(); }

    friend bool operator==(const Actor &, const Actor &) = default;
};

/// The operating system's user running this program ($USER, or %USERNAME% on Windows).
QString osUserName();
/// This computer's host name.
QString workstationName();
/// The program itself (an interlock, the crash recovery at start), on this workstation.
Actor systemActor();

} // namespace PumpStudio::Audit

Q_DECLARE_METATYPE(PumpStudio::Audit::Actor)
