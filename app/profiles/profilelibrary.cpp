// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "profiles/profilelibrary.h"

#include "core/paths.h"
#include "profiles/profileformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Profiles {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Profiles)
};

// A file name that every file system accepts: letters, digits and a few marks; the rest as '_'.
QString safeBaseName(const QString &name)
{
    QString base;
    for (const QChar c : name.trimmed()) {
        base += c.isLetterOrNumber() || c == u' ' || c == u'-' || c == u'_' || c == u'(' || c == u')' || c == u'.' ? c : u'_';
    }
    while (base.startsWith(u'.'))
        base.remove(0, 1);
    if (base.isEmpty())
        base = u"profile"_s;
    return base.left(100);
}

} // namespace

// Absolute and clean, so that every path this library hands out has one spelling: callers
// compare them to know which profile is which.
ProfileLibrary::ProfileLibrary(const QString &directory) : m_directory(QDir::cleanPath(QDir(directory).absolutePath()))
{
    QDir().mkpath(m_directory);
}

ProfileLibrary ProfileLibrary::atDefaultLocation() { return ProfileLibrary(Paths::dataSubdir(u"profiles"_s)); }

std::vector<ProfileLibrary::Entry> ProfileLibrary::list() const
{
    std::vector<Entry> entries;
    const QDir dir(m_directory);
    for (const QString &file : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        Entry e;
        e.path = dir.filePath(file);
        auto profile = loadProfileFile(e.path);
        if (profile) {
            e.name = profile->name;
            e.modelId = profile->modelId;
        } else {
            e.error = profile.error();
        }
        entries.push_back(std::move(e));
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.error.has_value() != b.error.has_value())
            return !a.error.has_value();
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    // A name is not an identity: where two files share one, the file name tells them apart.
    QHash<QString, int> uses;
    for (const Entry &e : entries)
        ++uses[e.name];
    for (Entry &e : entries) {
        if (!e.error)
            e.label = uses.value(e.name) > 1 ? Tr::tr("%1 (%2)").arg(e.name, QFileInfo(e.path).fileName()) : e.name;
    }
    return entries;
}

std::optional<ProfileLibrary::Entry> ProfileLibrary::find(const QString &name) const
{
    for (Entry &e : list()) {
        if (!e.error && e.name == name)
            return std::move(e);
    }
    return std::nullopt;
}

bool ProfileLibrary::contains(const QString &name) const { return find(name).has_value(); }

Result<QString> ProfileLibrary::member(const QString &path) const
{
    const QFileInfo file(path);
    if (path.isEmpty() || QDir::cleanPath(file.absolutePath()) != m_directory)
        return makeError(Error::Code::InvalidArgument, Tr::tr("%1 is not a file of the profile library.").arg(path));
    return QDir(m_directory).filePath(file.fileName());
}

Result<Profile> ProfileLibrary::openFile(const QString &path) const
{
    const auto file = member(path);
    if (!file)
        return file.error();
    return loadProfileFile(*file);
}

Result<Profile> ProfileLibrary::open(const QString &name) const
{
    const auto entry = find(name);
    if (!entry)
        return makeError(Error::Code::InvalidArgument, Tr::tr("There is no profile named \"%1\".").arg(name));
    return loadProfileFile(entry->path);
}

QString ProfileLibrary::newFilePath(const QString &name) const
{
    const QDir dir(m_directory);
    const QString base = safeBaseName(name);
    QString path = dir.filePath(base + u".json"_s);
    // Two names can map to one file name ("a/b", "a_b"): never take a file that exists.
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(u"%1 %2.json"_s.arg(base).arg(n));
    return path;
}

QString ProfileLibrary::freeName(const QString &first, const std::function<QString(int)> &numbered) const
{
    std::vector<QString> taken;
    for (const Entry &e : list())
        taken.push_back(e.name);
    const auto isTaken = [&taken](const QString &n) { return std::find(taken.begin(), taken.end(), n) != taken.end(); };
    QString name = first;
    for (int n = 2; isTaken(name); ++n)
        name = numbered(n);
    return name;
}

Result<void> ProfileLibrary::allow(const Change &change) const
{
    return m_guard.allow ? m_guard.allow(change) : Result<void>();
}

void ProfileLibrary::done(const Change &change) const
{
    if (m_guard.done)
        m_guard.done(change);
}

Result<QString> ProfileLibrary::saveFile(const Profile &profile, const QString &path)
{
    QString target = newFilePath(profile.name);
    Change change;
    change.action = Change::Action::Save;
    if (!path.isEmpty()) {
        const auto file = member(path);
        if (!file)
            return file.error();
        target = *file;
        if (auto before = loadProfileFile(target))
            change.before = std::move(before).value();
    }
    change.path = target;
    change.after = profile;
    if (auto r = allow(change); !r)
        return r.error();
    if (auto r = saveProfileFile(profile, target); !r)
        return r.error();
    done(change);
    return target;
}

Result<QString> ProfileLibrary::save(const Profile &profile)
{
    const auto existing = find(profile.name);
    return saveFile(profile, existing ? existing->path : QString());
}

Result<void> ProfileLibrary::removeFile(const QString &path)
{
    const auto file = member(path);
    if (!file)
        return file.error();
    Change change;
    change.action = Change::Action::Remove;
    change.path = *file;
    if (auto before = loadProfileFile(*file))
        change.before = std::move(before).value();
    if (auto r = allow(change); !r)
        return r;
    QFile f(*file);
    if (!f.remove())
        return makeError(Error::Code::Io, Tr::tr("Cannot remove %1: %2").arg(*file, f.errorString()));
    done(change);
    return {};
}

Result<ProfileLibrary::Entry> ProfileLibrary::duplicateFile(const QString &path)
{
    auto profile = openFile(path);
    if (!profile)
        return profile.error();
    Profile copy = std::move(profile).value();
    const QString name = copy.name;
    copy.name = freeName(Tr::tr("%1 (copy)").arg(name), [&name](int n) { return Tr::tr("%1 (copy %2)").arg(name).arg(n); });
    const auto saved = saveFile(copy, {});
    if (!saved)
        return saved.error();
    return Entry{copy.name, copy.modelId, *saved, copy.name, std::nullopt};
}

Result<ProfileLibrary::Entry> ProfileLibrary::importFile(const QString &path)
{
    auto profile = loadProfileFile(path);
    if (!profile)
        return profile.error();
    Profile imported = std::move(profile).value();
    const QString base = imported.name;
    imported.name = freeName(base, [&base](int n) { return u"%1 (%2)"_s.arg(base).arg(n); });
    const auto saved = saveFile(imported, {});
    if (!saved)
        return saved.error();
    return Entry{imported.name, imported.modelId, *saved, imported.name, std::nullopt};
}

Result<void> ProfileLibrary::exportFile(const QString &path, const QString &destination) const
{
    const auto profile = openFile(path);
    if (!profile)
        return profile.error();
    Change change;
    change.action = Change::Action::Export;
    change.path = path;
    change.after = *profile;
    change.destination = destination;
    if (auto r = allow(change); !r)
        return r;
    if (auto r = saveProfileFile(*profile, destination); !r)
        return r;
    done(change);
    return {};
}

QStringList ProfileLibrary::samplePaths(const QString &language, const QString &samplesRoot)
{
    const QString folder = language.startsWith(u"zh"_s) ? u"zh_CN"_s : u"en"_s;
    const QDir dir(samplesRoot + u'/' + folder);
    QStringList paths;
    for (const QString &file : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(file));
    return paths;
}

Result<QStringList> ProfileLibrary::installSamples(const QString &language, const QString &samplesRoot)
{
    // The marker lists the samples given (by file name, the same in every language): a sample
    // is given once, whichever language the program ran in then.
    const QString markerPath = QDir(m_directory).filePath(kSamplesMarker);
    QStringList given;
    if (QFile marker(markerPath); marker.open(QIODevice::ReadOnly))
        given = QString::fromUtf8(marker.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QStringList written;
    bool changed = false;
    for (const QString &sample : samplePaths(language, samplesRoot)) {
        const QString fileName = QFileInfo(sample).fileName();
        if (given.contains(fileName))
            continue;
        given.append(fileName);
        changed = true;
        const QString target = QDir(m_directory).filePath(fileName);
        if (QFileInfo::exists(target))
            continue;  // the user's own file of that name stays
        auto profile = loadProfileFile(sample);
        if (!profile)
            return profile.error();  // a broken sample is a bug of the program: say so
        QFile in(sample);
        if (!in.open(QIODevice::ReadOnly))
            return makeError(Error::Code::Io, Tr::tr("Cannot read the sample profile %1: %2").arg(sample, in.errorString()));
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(in.readAll()) < 0 || !out.commit())
            return makeError(Error::Code::Io, Tr::tr("Cannot write the sample profile %1: %2").arg(target, out.errorString()));
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        written.append(target);
    }
    if (changed) {
        QSaveFile marker(markerPath);
        if (!marker.open(QIODevice::WriteOnly) || marker.write(given.join(u'\n').toUtf8() + '\n') < 0 || !marker.commit())
            return makeError(Error::Code::Io, Tr::tr("Cannot write %1: %2").arg(markerPath, marker.errorString()));
    }
    return written;
}

} // namespace PumpStudio::Profiles
