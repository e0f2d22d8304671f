// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "profiles/profile.h"

#include <QUndoCommand>

#include <vector>

namespace PumpStudio {

class ProfileStepModel;

/// Moves a step among its siblings. Steps are named by path, not by node: undo destroys and rebuilds nodes.
class StepMoveCommand final : public QUndoCommand
{
public:
    StepMoveCommand(ProfileStepModel *model, std::vector<int> parent, int from, int to, const QString &text);
    void undo() override;
    void redo() override;

private:
    ProfileStepModel *m_model;
    std::vector<int> m_parent;
    int m_from;
    int m_to;
};

} // namespace PumpStudio
