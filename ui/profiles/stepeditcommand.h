// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "profiles/profile.h"

#include <QUndoCommand>

#include <vector>

namespace PumpStudio {

class ProfileStepModel;

/// Replaces one step's own fields (not the steps inside a repeat). Steps are named by path, not by node: undo destroys and rebuilds nodes.
class StepEditCommand final : public QUndoCommand
{
public:
    StepEditCommand(ProfileStepModel *model, std::vector<int> path, Profiles::Step before, Profiles::Step after,
                    const QString &text);
    void undo() override;
    void redo() override;

private:
    ProfileStepModel *m_model;
    std::vector<int> m_path;
    Profiles::Step m_before;
    Profiles::Step m_after;
};

} // namespace PumpStudio
