// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "core/filereading.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace PumpStudio {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FileReading)
};

// QFile leaves "Unknown error" when an operation failed without errno (or succeeded): say
// something true instead.
QString reason(const QFile &file)
{
    if (file.error() == QFileDevice::NoError || file.errorString().isEmpty()
        || file.errorString() == QLatin1StringView("Unknown error"))
        return Tr::tr("the file could not be read");
    return file.errorString();
}

} // namespace

Result<QByteArray> readFileLimited(const QString &path, qint64 maxBytes, const QString &what)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(Error::Code::Io, Tr::tr("Cannot read %1: there is no such file.").arg(shown));
    if (info.isDir())
        return makeError(Error::Code::BadFile, Tr::tr("%1 is a folder, not %2.").arg(shown, what));
    if (!info.isFile())
        return makeError(Error::Code::BadFile,
                         Tr::tr("%1 is not a regular file (a device or a pipe?), so it is not read as %2.").arg(shown, what));
    const auto tooLarge = [&] {
        return makeError(Error::Code::BadFile,
                         Tr::tr("%1 is too large for %2: the limit is %3 (%4 bytes).")
                             .arg(shown, what, QLocale().formattedDataSize(maxBytes, 1, QLocale::DataSizeIecFormat))
                             .arg(maxBytes));
    };
    if (info.size() > maxBytes)
        return tooLarge();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, Tr::tr("Cannot read %1: %2.").arg(shown, reason(file)));
    QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return makeError(Error::Code::Io, Tr::tr("Cannot read %1: %2.").arg(shown, reason(file)));
    if (bytes.size() > maxBytes)
        return tooLarge();
    return bytes;
}

} // namespace PumpStudio
