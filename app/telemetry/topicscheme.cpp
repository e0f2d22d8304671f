// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "telemetry/topicscheme.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Telemetry {

namespace {
constexpr qsizetype kMaxLevel = 64;
}

QString sanitizeLevel(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name.trimmed()) {
        if (c == u'+' || c == u'#' || c == u'/' || c.category() == QChar::Other_Control || c.isNull())
            out.append(u'_');
        else
            out.append(c);
    }
    if (out.startsWith(u'$'))
        out[0] = u'_';
    if (out.size() > kMaxLevel) {
        out.truncate(kMaxLevel);
        if (out.back().isHighSurrogate())
            out.chop(1);  // never half a character
    }
    return out.trimmed().isEmpty() ? u"_"_s : out;
}

TopicScheme::TopicScheme(const QString &prefix, const QString &workstation)
{
    QStringList levels;
    for (const QString &level : prefix.split(u'/', Qt::SkipEmptyParts)) {
        if (!level.trimmed().isEmpty())
            levels.append(sanitizeLevel(level));
    }
    levels.append(sanitizeLevel(workstation));
    m_base = levels.join(u'/');
}

QString TopicScheme::device(const QString &deviceLevel, QStringView leaf) const
{
    return m_base + u"/device/"_s + deviceLevel + u'/' + leaf.toString();
}

QString TopicScheme::samples(const QString &deviceLevel, const QString &quantity) const
{
    return m_base + u"/device/"_s + deviceLevel + u"/samples/"_s + sanitizeLevel(quantity);
}

} // namespace PumpStudio::Telemetry
