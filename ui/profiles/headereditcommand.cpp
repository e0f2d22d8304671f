// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "headereditcommand.h"

#include "profilestepmodel.h"

namespace PumpStudio {

HeaderEditCommand::HeaderEditCommand(ProfileStepModel *model, Profiles::Profile before, Profiles::Profile after,
                                     const QString &text)
    : QUndoCommand(text), m_model(model), m_before(std::move(before)), m_after(std::move(after))
{
    // Typing in the name, notes or calibration merges into one command per field; other
    // fields (model, head, ...) are one command per choice.
    const auto only = [this](auto member) {
        Profiles::Profile probe = m_before;
        probe.*member = m_after.*member;
        return probe == m_after && !(m_before.*member == m_after.*member);
    };
    if (only(&Profiles::Profile::name))
        m_id = 1;
    else if (only(&Profiles::Profile::notes))
        m_id = 2;
    else if (only(&Profiles::Profile::mlPerRev))
        m_id = 3;
}

bool HeaderEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const HeaderEditCommand *>(other);
    if (next->m_id != m_id || !(next->m_before == m_after))
        return false;
    m_after = next->m_after;
    return true;
}

void HeaderEditCommand::undo() { m_model->doSetHeader(m_before); }
void HeaderEditCommand::redo() { m_model->doSetHeader(m_after); }

} // namespace PumpStudio
