// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "archive/archiveurl.h"

#include <QCoreApplication>
#include <QUrl>
#include <QStringList>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Archive {

namespace {
struct UrlTr
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveUrl)
};
} // namespace

QString ArchiveUrl::toString() const
{
    // Built by hand: QUrl cannot write libpq's "postgresql://user@:5432/db?host=/run/x" form.
    const bool socket = host.startsWith(u'/');
    QString text = u"postgresql://"_s;
    if (!user.isEmpty())
        text += QString::fromUtf8(QUrl::toPercentEncoding(user)) + u'@';
    if (!socket)
        text += host.contains(u':') ? u"[%1]"_s.arg(host) : host;
    text += u":%1/"_s.arg(port) + QString::fromUtf8(QUrl::toPercentEncoding(database));
    QStringList query;
    if (socket)
        query.append(u"host="_s + QString::fromUtf8(QUrl::toPercentEncoding(host, "/")));
    for (const QString &option : options.split(u';', Qt::SkipEmptyParts))
        query.append(option);
    if (!query.isEmpty())
        text += u'?' + query.join(u'&');
    return text;
}

Result<ArchiveUrl> ArchiveUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"postgresql" && scheme != u"postgres")) {
        return makeError(Error::Code::InvalidArgument,
                         UrlTr::tr("\"%1\" is not an archive address: write postgresql://USER@HOST[:PORT]/DBNAME.")
                             .arg(QUrl(trimmed).toString(QUrl::RemovePassword)));
    }
    ArchiveUrl out;
    out.user = url.userName();
    out.password = url.password();
    out.host = url.host();
    out.port = url.port(5432);
    out.database = url.path().mid(1);
    const QUrlQuery query(url);
    QStringList options;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"host")
            out.host = value;
        else if (key == u"port")
            out.port = value.toInt();
        else if (key == u"user")
            out.user = value;
        else if (key == u"dbname")
            out.database = value;
        else if (key == u"password")
            return makeError(Error::Code::InvalidArgument, UrlTr::tr("Give the archive's password through PGPASSWORD or the keychain."));
        else
            options.append(key + u'=' + value);
    }
    out.options = options.join(u';');
    if (out.host.isEmpty())
        out.host = u"localhost"_s;
    if (out.database.isEmpty())
        return makeError(Error::Code::InvalidArgument, UrlTr::tr("The archive address names no database (…/DBNAME)."));
    if (out.port <= 0 || out.port > 65535)
        return makeError(Error::Code::InvalidArgument, UrlTr::tr("The archive port must be 1 to 65535."));
    return out;
}

} // namespace PumpStudio::Archive
