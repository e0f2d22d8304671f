// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "stepeditcommand.h"

#include "profilestepmodel.h"

namespace PumpStudio {

StepEditCommand::StepEditCommand(ProfileStepModel *model, std::vector<int> path, Profiles::Step before, Profiles::Step after,
                                 const QString &text)
    : QUndoCommand(text), m_model(model), m_path(std::move(path)), m_before(std::move(before)), m_after(std::move(after))
{
}

void StepEditCommand::undo() { m_model->doSetStep(m_path, m_before); }
void StepEditCommand::redo() { m_model->doSetStep(m_path, m_after); }

} // namespace PumpStudio
