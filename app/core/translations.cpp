// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "core/translations.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Translations {

namespace {

// lupdate files a string as context "Tr" when it cannot see which context a file-local
// `struct Tr { Q_DECLARE_TR_FUNCTIONS(Name) };` declares, while the program asks with "Name".
// The string is translated all the same: what a context does not have is looked up under "Tr".
// Likewise lupdate sometimes files a namespaced class's strings under its bare name
// ("CalibrationRunner" for PumpStudio::Calibration::CalibrationRunner): that is tried too.
class ContextFallbackTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (text.isEmpty() && context) {
            if (const char *bare = std::strrchr(context, ':'); bare && bare[1] != '\0')
                text = QTranslator::translate(bare + 1, sourceText, disambiguation, n);
        }
        if (text.isEmpty() && context && qstrcmp(context, "Tr") != 0)
            text = QTranslator::translate("Tr", sourceText, disambiguation, n);
        return text;
    }
};

} // namespace

QString install(QCoreApplication &app, const QString &language)
{
    const auto log = Logging::get("i18n");
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return u"en"_s;
    }

    auto *own = new ContextFallbackTranslator(&app);
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
