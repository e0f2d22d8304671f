// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "profiles/profile.h"

#include <QUndoCommand>

#include <vector>

namespace PumpStudio {

class ProfileStepModel;

/// Removes a step, keeping it (and the steps inside it) for undo. Steps are named by path, not by node: undo destroys and rebuilds nodes.
class StepRemoveCommand final : public QUndoCommand
{
public:
    StepRemoveCommand(ProfileStepModel *model, std::vector<int> parent, int row, const QString &text);
    void undo() override;
    void redo() override;

private:
    ProfileStepModel *m_model;
    std::vector<int> m_parent;
    int m_row;
    Profiles::Step m_removed;
};

} // namespace PumpStudio
