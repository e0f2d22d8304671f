// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "stepinsertcommand.h"

#include "profilestepmodel.h"

namespace PumpStudio {

StepInsertCommand::StepInsertCommand(ProfileStepModel *model, std::vector<int> parent, int row, Profiles::Step step,
                                     const QString &text)
    : QUndoCommand(text), m_model(model), m_parent(std::move(parent)), m_row(row), m_step(std::move(step))
{
}

void StepInsertCommand::undo() { m_model->doRemove(m_parent, m_row); }
void StepInsertCommand::redo() { m_model->doInsert(m_parent, m_row, m_step); }

} // namespace PumpStudio
