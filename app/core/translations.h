// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QString>

class QCoreApplication;

namespace PumpStudio::Translations {

/// Installs the application's and Qt's own translators for `language` ("en", "zh_CN"), or for
/// the system locale when it is empty. Returns the language now in use ("en" when none matched).
QString install(QCoreApplication &app, const QString &language);

} // namespace PumpStudio::Translations
