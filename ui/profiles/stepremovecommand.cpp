// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "stepremovecommand.h"

#include "profilestepmodel.h"

namespace PumpStudio {

StepRemoveCommand::StepRemoveCommand(ProfileStepModel *model, std::vector<int> parent, int row, const QString &text)
    : QUndoCommand(text), m_model(model), m_parent(std::move(parent)), m_row(row)
{
}

void StepRemoveCommand::undo() { m_model->doInsert(m_parent, m_row, m_removed); }
void StepRemoveCommand::redo() { m_removed = m_model->doRemove(m_parent, m_row); }

} // namespace PumpStudio
