// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "audit/auditfilter.h"

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Audit {

bool AuditFilter::isEmpty() const
{
    return !since.isValid() && !until.isValid() && user.isEmpty() && pump.isEmpty() && kinds.isEmpty() && text.isEmpty();
}

bool matches(const AuditEntry &e, const AuditFilter &f)
{
    if (f.since.isValid() && e.timeUtc < f.since)
        return false;
    if (f.until.isValid() && e.timeUtc >= f.until)
        return false;
    if (!f.kinds.isEmpty() && !f.kinds.contains(e.kind))
        return false;
    if (!f.user.isEmpty() && e.actor.userId != f.user && e.actor.osUser != f.user && e.actor.fullName != f.user)
        return false;
    if (!f.pump.isEmpty()) {
        const bool named = e.target.contains(f.pump, Qt::CaseInsensitive)
                           || e.details.value(u"pumpId"_s).toString() == f.pump
                           || e.details.value(u"pump"_s).toString().contains(f.pump, Qt::CaseInsensitive);
        if (!named)
            return false;
    }
    if (!f.text.isEmpty()) {
        bool found = false;
        for (const QString *field : {&e.action, &e.oldValue, &e.newValue, &e.reason, &e.target}) {
            if (field->contains(f.text, Qt::CaseInsensitive)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace PumpStudio::Audit
