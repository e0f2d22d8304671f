// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/logentry.h"
#include "core/result.h"

#include <QStringList>

#include <chrono>
#include <optional>

namespace PumpStudio {

/// What the pumpstudio command line asked for.
struct GuiOptions
{
    enum class Action { Run, ShowHelp, ShowVersion };
    Action action = Action::Run;
    std::optional<LogLevel> logLevel;  ///< unset: take it from the settings
    QString language;                  ///< "" (system), "en" or "zh_CN"
    bool demo = false;                 ///< start simulated pumps
    QString demoProfile;               ///< with the demo: a profile file to run on its pump of that model
    /// A distributor's start: the demo, the catalog showing what fits its pumps and a sample
    /// profile open in the editor, ready to run (implies `demo`).
    bool presentation = false;
    bool smoke = false;                ///< show the window, process events, exit 0
    std::optional<std::chrono::seconds> quitAfter;  ///< close the window after this long (CI)
    QString helpText;                  ///< filled for ShowHelp
};

/// Parses `arguments` (argv[0] first). Pure: prints nothing and never exits.
Result<GuiOptions> parseGuiArguments(const QStringList &arguments);

/// Languages the application ships, as --lang accepts them.
QStringList supportedLanguages();

} // namespace PumpStudio
