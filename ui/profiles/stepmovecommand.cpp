// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "stepmovecommand.h"

#include "profilestepmodel.h"

namespace PumpStudio {

StepMoveCommand::StepMoveCommand(ProfileStepModel *model, std::vector<int> parent, int from, int to, const QString &text)
    : QUndoCommand(text), m_model(model), m_parent(std::move(parent)), m_from(from), m_to(to)
{
}

void StepMoveCommand::undo() { m_model->doMove(m_parent, m_to, m_from); }
void StepMoveCommand::redo() { m_model->doMove(m_parent, m_from, m_to); }

} // namespace PumpStudio
