// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "profiles/profile.h"

#include <QUndoCommand>

namespace PumpStudio {

class ProfileStepModel;

/// Changes the header fields (everything but the steps); typing in one text field merges into one command.
class HeaderEditCommand final : public QUndoCommand
{
public:
    HeaderEditCommand(ProfileStepModel *model, Profiles::Profile before, Profiles::Profile after, const QString &text);
    int id() const override { return m_id; }
    bool mergeWith(const QUndoCommand *other) override;
    void undo() override;
    void redo() override;

private:
    ProfileStepModel *m_model;
    Profiles::Profile m_before;
    Profiles::Profile m_after;
    int m_id = -1;
};

} // namespace PumpStudio
