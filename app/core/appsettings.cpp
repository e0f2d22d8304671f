// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "core/appsettings.h"

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

namespace {
const QString kLogLevel = u"logging/level"_s;
const QString kLanguage = u"ui/language"_s;
const QString kOperator = u"records/operator"_s;
const QString kLastPage = u"ui/lastPage"_s;
const QString kGeometry = u"ui/mainWindowGeometry"_s;
const QString kState = u"ui/mainWindowState"_s;
}

AppSettings::AppSettings() : m_settings(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString &path)
    : m_settings(std::make_unique<QSettings>(path, QSettings::IniFormat))
{
}

LogLevel AppSettings::logLevel() const
{
    return parseLogLevel(m_settings->value(kLogLevel).toString()).value_or(LogLevel::Info);
}

void AppSettings::setLogLevel(LogLevel level) { m_settings->setValue(kLogLevel, logLevelName(level)); }

QString AppSettings::language() const { return m_settings->value(kLanguage).toString(); }
void AppSettings::setLanguage(const QString &language) { m_settings->setValue(kLanguage, language); }

QString AppSettings::operatorName() const { return m_settings->value(kOperator).toString(); }
void AppSettings::setOperatorName(const QString &name) { m_settings->setValue(kOperator, name); }

QString AppSettings::lastPage() const { return m_settings->value(kLastPage).toString(); }
void AppSettings::setLastPage(const QString &pageId) { m_settings->setValue(kLastPage, pageId); }

QByteArray AppSettings::mainWindowGeometry() const { return m_settings->value(kGeometry).toByteArray(); }
void AppSettings::setMainWindowGeometry(const QByteArray &geometry) { m_settings->setValue(kGeometry, geometry); }

QByteArray AppSettings::mainWindowState() const { return m_settings->value(kState).toByteArray(); }
void AppSettings::setMainWindowState(const QByteArray &state) { m_settings->setValue(kState, state); }

QVariant AppSettings::value(const QString &key, const QVariant &fallback) const
{
    return m_settings->value(key, fallback);
}

void AppSettings::setValue(const QString &key, const QVariant &value) { m_settings->setValue(key, value); }

void AppSettings::sync() { m_settings->sync(); }

} // namespace PumpStudio
