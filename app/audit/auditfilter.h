// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "audit/auditentry.h"

#include <QDateTime>
#include <QStringList>

namespace PumpStudio::Audit {

/// What the Audit page and `pumpctl audit show` filter by; an empty field does not filter.
struct AuditFilter
{
    QDateTime since;        ///< entries at or after (UTC)
    QDateTime until;        ///< entries before (UTC)
    QString user;           ///< an account id, an operator's name or an OS user, exactly
    QString pump;           ///< a pump's name or id, part of the target or the details
    QStringList kinds;      ///< Kind tokens
    QString text;           ///< anywhere in the action, values, reason or target, any case

    bool isEmpty() const;
};

/// The one predicate: the page's proxy model and the command line both ask it.
bool matches(const AuditEntry &entry, const AuditFilter &filter);

} // namespace PumpStudio::Audit
