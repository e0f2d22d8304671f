// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QString>

namespace PumpStudio::Accounts {
class Session;
}

namespace PumpStudio::Services {

/// Files of `folder` added, changed or removed since the trail last saw them (model files
/// copied in, a profile edited by hand): one entry of `kind` each, with the old and new SHA-256
/// of the file. Files the program wrote itself are already in the trail with their hash.
void auditFileChanges(Accounts::Session &session, const QString &folder, const QString &kind);

} // namespace PumpStudio::Services
