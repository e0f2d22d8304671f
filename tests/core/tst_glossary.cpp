// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
//
// The Chinese translation keeps the rules of translations/glossary.md: it is complete, and the
// terms a Chinese lab would misread are never used.

#include "core/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;
using namespace PumpStudio;

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    bool unfinished = false;
    bool vanished = false;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Cannot open %s", qPrintable(path));
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = Message{};
            current.context = context;
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            const auto type = xml.attributes().value(QStringLiteral("type"));
            current.unfinished = type == u"unfinished";
            current.vanished = type == u"vanished" || type == u"obsolete";
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages.append(current);
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QString describe(const Message &m)
{
    return QStringLiteral("[%1] \"%2\" => \"%3\"").arg(m.context, m.source.left(80), m.translation.left(80));
}

}  // namespace

class TestGlossary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_messages = readTs(QStringLiteral(PUMPSTUDIO_ZH_CN_TS));
        QVERIFY2(m_messages.size() > 1000, "the Chinese translation file looks truncated");
    }

    void everyStringIsTranslatedAndNoneIsLeftOver()
    {
        QStringList problems;
        for (const auto &m : std::as_const(m_messages)) {
            if (m.unfinished)
                problems << QStringLiteral("unfinished: ") + describe(m);
            else if (m.vanished)
                problems << QStringLiteral("vanished: ") + describe(m);
            else if (m.translation.trimmed().isEmpty())
                problems << QStringLiteral("empty: ") + describe(m);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void dispenseIsNeverAllocate()
    {
        // 分配 means "allocate": a lab reads a dispense step as 定量分液 and a delivered volume as 已输送.
        QStringList problems;
        for (const auto &m : std::as_const(m_messages)) {
            if (m.translation.contains(QStringLiteral("分配")))
                problems << describe(m);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void theApplicationIsNotCalledAProfile()
    {
        // 程序 is a dosing profile here; the application is 软件 or PumpStudio.
        QStringList problems;
        for (const auto &m : std::as_const(m_messages)) {
            const bool aboutTheProgram = m.source.contains(QStringLiteral("program"), Qt::CaseInsensitive)
                && !m.source.contains(QStringLiteral("profile"), Qt::CaseInsensitive)
                && !m.source.contains(QStringLiteral("mail program"), Qt::CaseInsensitive)
                && !m.source.contains(QStringLiteral("pumping program"), Qt::CaseInsensitive);
            if (aboutTheProgram && m.translation.contains(QStringLiteral("程序")))
                problems << describe(m);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void placeholdersSurviveTranslation()
    {
        QStringList problems;
        static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
        for (const auto &m : std::as_const(m_messages)) {
            QStringList inSource, inTranslation;
            for (auto it = placeholder.globalMatch(m.source); it.hasNext();)
                inSource << it.next().captured();
            for (auto it = placeholder.globalMatch(m.translation); it.hasNext();)
                inTranslation << it.next().captured();
            inSource.removeDuplicates();
            inTranslation.removeDuplicates();
            inSource.sort();
            inTranslation.sort();
            if (inSource != inTranslation)
                problems << describe(m);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void stringsOfFileLocalContextsAreTranslatedInTheProgram()
    {
        // The account's own log-in entry, asked for with the context its file declares.
        QCOMPARE(Translations::install(*QCoreApplication::instance(), u"zh_CN"_s), u"zh_CN"_s);
        const QString loggedIn = QCoreApplication::translate("Accounts", "Logged in");
        QVERIFY2(loggedIn != u"Logged in"_s, qPrintable(loggedIn));
        QStringList problems;
        for (const auto &m : std::as_const(m_messages)) {
            if (m.context != u"Tr"_s || m.source.contains(u"%n"_s))
                continue;
            const QByteArray source = m.source.toUtf8();
            const QString shown = QCoreApplication::translate("SomeFileContext", source.constData());
            if (shown != m.translation)
                problems << describe(m) + u" shown as "_s + shown;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void stringsOfNamespacedClassesAreTranslatedInTheProgram()
    {
        // lupdate files a Q_OBJECT class declared in `namespace PumpStudio::Services {` under
        // its bare name ("DemoController"); the program asks with the meta-object's full name.
        // Before the translator looked up the bare name too, the demo's pumps were "Demo ..."
        // on a Chinese screen.
        QCOMPARE(Translations::install(*QCoreApplication::instance(), u"zh_CN"_s), u"zh_CN"_s);
        QCOMPARE(QCoreApplication::translate("PumpStudio::Services::DemoController", "Demo %1"), u"演示 %1"_s);
        QStringList problems;
        for (const auto &m : std::as_const(m_messages)) {
            if (m.context.contains(u"::"_s) || m.context == u"Tr"_s || m.source.contains(u"%n"_s))
                continue;
            const QByteArray context = "PumpStudio::Elsewhere::" + m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QString shown = QCoreApplication::translate(context.constData(), source.constData());
            if (shown != m.translation)
                problems << describe(m) + u" shown as "_s + shown;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

private:
    QList<Message> m_messages;
};

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"
