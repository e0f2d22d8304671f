// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"
#include "profiles/profile.h"

#include <QByteArray>
#include <QString>

namespace PumpStudio::Profiles {

/// The "format" tag of a profile file and the newest version this build reads and writes.
inline constexpr QStringView kFormatTag = u"pumpstudio-profile";
inline constexpr int kFormatVersion = 1;

/// Reads a profile file's contents. Errors are Error::Code::BadFile and name `source` with the
/// line and column for malformed JSON ("a.json:3:14: ...") or the field for bad content
/// ("a.json: steps[2].rate.unit: ..."). A newer format version is refused with its own message.
Result<Profile> parseProfile(const QByteArray &json, const QString &source);
/// The file contents for a profile (validate() it first: serializing does not check).
QByteArray serializeProfile(const Profile &profile);

Result<Profile> loadProfileFile(const QString &path);
/// Validates, then writes through QSaveFile: on any failure the old file is left as it was.
Result<void> saveProfileFile(const Profile &profile, const QString &path);

} // namespace PumpStudio::Profiles
