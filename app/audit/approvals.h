// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "audit/signature.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace PumpStudio::Audit {

class AuditTrail;

/// The details key of the entry that withdraws the approval of a content hash.
QString withdrawnHashKey();

/// Whether something signed for approval (a profile), exactly as it is, is approved: an approval
/// signature on its content hash that no later entry withdrew. Withdrawn: it, or the file
/// `subject` names, had an approval and was edited since.
struct Approval
{
    enum class State { NotApproved, Approved, Withdrawn };
    State state = State::NotApproved;
    std::optional<Signature> signature;  ///< Approved: the signature
    QString withdrawal;                  ///< Withdrawn: who withdrew it and when, in words

    /// "Approved by ... on ...", "Approval withdrawn: edited by ... on ...", "Not approved".
    QString text() const;
};
Approval approvalOf(const AuditTrail &trail, const QByteArray &contentHash, const QString &subject = {});

} // namespace PumpStudio::Audit
