// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"
#include "profiles/profile.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace PumpStudio::Profiles {

/// The user's profiles: one file per profile in a folder (the app data folder's "profiles").
/// Profiles are known by name; file names are derived from it and never overwrite another profile.
class ProfileLibrary final
{
public:
    explicit ProfileLibrary(QString directory);
    /// The library in Paths::dataSubdir("profiles").
    static ProfileLibrary atDefaultLocation();

    struct Entry
    {
        QString name;     ///< empty for a file that does not load
        QString modelId;
        QString path;
        std::optional<Error> error;  ///< why the file does not load; listed so it can be fixed
    };

    QString directory() const { return m_directory; }
    /// Every *.json file, sorted by profile name; files that fail to load come last with their error.
    std::vector<Entry> list() const;
    bool contains(const QString &name) const;
    Result<Profile> open(const QString &name) const;
    /// Saves under the profile's name: replaces the file of the profile with that name, else a new file.
    Result<QString> save(const Profile &profile);
    Result<void> remove(const QString &name);
    /// A copy named "X (copy)", or "X (copy 2)", ... if that is taken.
    Result<Profile> duplicate(const QString &name);
    /// Validates the file and adds it; a name already taken becomes "X (2)", "X (3)", ...
    Result<Profile> importFile(const QString &path);
    /// Writes the profile to `path` (any folder), atomically.
    Result<void> exportTo(const QString &name, const QString &path) const;

private:
    std::optional<Entry> find(const QString &name) const;
    QString newFilePath(const QString &name) const;
    QString freeName(const QString &first, const std::function<QString(int)> &numbered) const;

    QString m_directory;
};

} // namespace PumpStudio::Profiles
