// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/logentry.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

#include <memory>

namespace PumpStudio {

/// Typed access to the user's settings; the one place that knows the keys.
class AppSettings final
{
public:
    /// The user's settings in the platform's usual place.
    AppSettings();
    /// Settings in an INI file at `path` (tests, portable installs).
    explicit AppSettings(const QString &path);

    LogLevel logLevel() const;
    void setLogLevel(LogLevel level);

    /// "" follows the system locale; otherwise "en" or "zh_CN".
    QString language() const;
    void setLanguage(const QString &language);

    QString operatorName() const;
    void setOperatorName(const QString &name);

    QString lastPage() const;
    void setLastPage(const QString &pageId);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);

    /// Generic access for subsystems that keep their own groups ("catalog/cart", ...).
    QVariant value(const QString &key, const QVariant &fallback = {}) const;
    void setValue(const QString &key, const QVariant &value);

    void sync();
    QSettings &raw() { return *m_settings; }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace PumpStudio
