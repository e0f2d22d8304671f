// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QString>

namespace PumpStudio::BuildInfo {

QString version();       ///< "0.1.0"
QString revision();      ///< git describe of the source tree at configure time
QString buildType();     ///< CMake build type
QString compiler();      ///< compiler id and version
QString qtBuildVersion(); ///< Qt the binary was built against
QString qtRuntimeVersion();
QString summary();       ///< one line for --version and logs

} // namespace PumpStudio::BuildInfo
