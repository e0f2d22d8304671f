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
/// A profile is known by its file: names may repeat (two files both named "Dup" are two
/// profiles), and are shown with the file name when they do. New files are named after the
/// profile and never overwrite another file.
class ProfileLibrary final
{
public:
    explicit ProfileLibrary(const QString &directory);

    /// A write the library is about to do (or did), for its guard.
    struct Change
    {
        enum class Action { Save, Remove, Export };
        Action action = Action::Save;
        QString path;                   ///< the library's file (for Save: the file written)
        std::optional<Profile> before;  ///< what the file held (Save over a file, Remove)
        std::optional<Profile> after;   ///< what it holds now (Save), or what was exported
        QString destination;            ///< Export: where to
    };
    /// Who may change the library, and who keeps the record of it (the audit trail, in the
    /// services): allow() is asked before every write and a refusal stops it; done() is told
    /// after the write succeeded.
    struct Guard
    {
        std::function<Result<void>(const Change &)> allow;
        std::function<void(const Change &)> done;
    };
    void setGuard(Guard guard) { m_guard = std::move(guard); }
    /// The library in Paths::dataSubdir("profiles").
    static ProfileLibrary atDefaultLocation();

    struct Entry
    {
        QString name;     ///< empty for a file that does not load
        QString modelId;
        QString path;
        QString label;    ///< the name, with the file name when another file has the same name
        std::optional<Error> error;  ///< why the file does not load; listed so it can be fixed
    };

    QString directory() const { return m_directory; }
    /// Every *.json file, sorted by profile name; files that fail to load come last with their error.
    std::vector<Entry> list() const;
    /// Whether any file holds a profile of this name.
    bool contains(const QString &name) const;
    /// The profile in `path`, a file of this library.
    Result<Profile> openFile(const QString &path) const;
    /// The first profile of this name, for callers that know only a name; prefer openFile().
    Result<Profile> open(const QString &name) const;
    /// Writes the profile to `path`, a file of this library, or to a new file named after the
    /// profile when `path` is empty. Returns the file written.
    Result<QString> saveFile(const Profile &profile, const QString &path);
    /// Saves under the profile's name: replaces the first file of that name, else a new file.
    Result<QString> save(const Profile &profile);
    Result<void> removeFile(const QString &path);
    /// A copy of the profile in `path` named "X (copy)", or "X (copy 2)", ... if that is taken.
    Result<Entry> duplicateFile(const QString &path);
    /// Validates the file and adds it as a new file; a name already taken becomes "X (2)", "X (3)", ...
    Result<Entry> importFile(const QString &path);
    /// Writes the profile in `path` to `destination` (any folder), atomically.
    Result<void> exportFile(const QString &path, const QString &destination) const;

    /// The sample profiles shipped with the program (rinse and prime, a dose-and-pause series,
    /// a ramp, a syringe infusion) in `language` ("zh_CN"; anything else: English), as resource
    /// paths. `samplesRoot` is where they are; the default is the program's own.
    static QStringList samplePaths(const QString &language, const QString &samplesRoot = kSamplesRoot);
    /// Copies the samples into the library the first time: each sample once, so that one the
    /// user deleted does not come back, and never over a file of the same name. The ones
    /// already given are listed in kSamplesMarker. Returns the files written.
    Result<QStringList> installSamples(const QString &language, const QString &samplesRoot = kSamplesRoot);
    static constexpr QLatin1StringView kSamplesRoot{":/profiles/samples"};
    static constexpr QLatin1StringView kSamplesMarker{".samples-installed"};

private:
    std::optional<Entry> find(const QString &name) const;
    /// `path` if it names a file of this folder, else an error naming it.
    Result<QString> member(const QString &path) const;
    QString newFilePath(const QString &name) const;
    QString freeName(const QString &first, const std::function<QString(int)> &numbered) const;

    Result<void> allow(const Change &change) const;
    void done(const Change &change) const;

    QString m_directory;
    Guard m_guard;
};

} // namespace PumpStudio::Profiles
