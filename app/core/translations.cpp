// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "core/translations.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Translations {

QString install(QCoreApplication &app, const QString &language)
{
    const auto log = Logging::get("i18n");
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return u"en"_s;
    }

    auto *own = new QTranslator(&app);
    if (!own->load(locale, u"pumpstudio"_s, u"_"_s, u":/i18n"_s)) {
        log->info("no translation for {}; using English", locale.name());
        delete own;
        return u"en"_s;
    }
    app.installTranslator(own);
    QLocale::setDefault(locale);

    // Qt's own strings (standard buttons, dialogs) from the system's Qt translations.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        log->warn("Qt's own translation for {} not found in {}", locale.name(),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    log->debug("user interface language {}", locale.name());
    return locale.name();
}

} // namespace PumpStudio::Translations
