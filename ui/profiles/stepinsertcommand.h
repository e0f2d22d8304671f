// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "profiles/profile.h"

#include <QUndoCommand>

#include <vector>

namespace PumpStudio {

class ProfileStepModel;

/// Inserts a step (with the steps inside it) at a row under a parent. Steps are named by path, not by node: undo destroys and rebuilds nodes.
class StepInsertCommand final : public QUndoCommand
{
public:
    StepInsertCommand(ProfileStepModel *model, std::vector<int> parent, int row, Profiles::Step step, const QString &text);
    void undo() override;
    void redo() override;

private:
    ProfileStepModel *m_model;
    std::vector<int> m_parent;
    int m_row;
    Profiles::Step m_step;
};

} // namespace PumpStudio
