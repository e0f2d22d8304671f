// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "telemetry/brokerconfig.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Telemetry {

namespace {
struct BrokerTr
{
    Q_DECLARE_TR_FUNCTIONS(BrokerUrl)
};
} // namespace

QString BrokerUrl::toString() const
{
    const QString shownHost = host.contains(u':') ? u"[%1]"_s.arg(host) : host;
    return u"%1://%2:%3"_s.arg(tls ? u"mqtts"_s : u"mqtt"_s, shownHost).arg(port);
}

Result<BrokerUrl> BrokerUrl::parse(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"mqtt" && scheme != u"mqtts")) {
        return makeError(Error::Code::InvalidArgument,
                         BrokerTr::tr("\"%1\" is not a broker address: write mqtt://HOST[:PORT] or mqtts://HOST[:PORT].").arg(text));
    }
    if (!url.userInfo().isEmpty()) {
        return makeError(Error::Code::InvalidArgument,
                         BrokerTr::tr("Give the broker's user name and password separately, not in its address."));
    }
    if (url.host().isEmpty())
        return makeError(Error::Code::InvalidArgument, BrokerTr::tr("The broker address \"%1\" has no host.").arg(text));
    if (!url.path().isEmpty() && url.path() != u"/")
        return makeError(Error::Code::InvalidArgument, BrokerTr::tr("The broker address \"%1\" has a path; it takes none.").arg(text));
    BrokerUrl out;
    out.tls = scheme == u"mqtts";
    out.host = url.host();
    out.port = url.port(out.tls ? 8883 : 1883);
    if (out.port <= 0 || out.port > 65535)
        return makeError(Error::Code::InvalidArgument, BrokerTr::tr("The broker port must be 1 to 65535."));
    return out;
}

} // namespace PumpStudio::Telemetry
