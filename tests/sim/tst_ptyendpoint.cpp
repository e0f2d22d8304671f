// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "sim/ptyendpoint.h"

#include <QFile>
#include <QFileInfo>
#include <QSerialPort>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace PumpStudio;
using namespace PumpStudio::Sim;
using namespace Qt::Literals::StringLiterals;

namespace {

bool openPort(QSerialPort &port, const QString &path)
{
    port.setPortName(path);
    port.setBaudRate(9600);
    return port.open(QIODevice::ReadWrite);
}

} // namespace

class TestPtyEndpoint final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensTerminalBehindLink()
    {
        QTemporaryDir dir;
        PtyEndpoint endpoint;
        const QString link = dir.filePath(u"pump0"_s);
        const auto opened = endpoint.open(link);
        QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message));
        QVERIFY(endpoint.isOpen());
        QCOMPARE(endpoint.path(), link);
        QVERIFY(endpoint.terminalPath().startsWith(u"/dev/pts/"_s));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(QFileInfo(link).symLinkTarget(), endpoint.terminalPath());
    }

    void worksWithoutLink()
    {
        PtyEndpoint endpoint;
        QVERIFY(endpoint.open().ok());
        QCOMPARE(endpoint.path(), endpoint.terminalPath());
        QVERIFY(QFile::exists(endpoint.path()));
    }

    void exchangesBytesWithSerialPort()
    {
        QTemporaryDir dir;
        PtyEndpoint endpoint;
        QVERIFY(endpoint.open(dir.filePath(u"pump0"_s)).ok());
        QSerialPort port;
        QVERIFY2(openPort(port, endpoint.path()), qPrintable(port.errorString()));

        QByteArray atSim;
        connect(&endpoint, &ByteEndpoint::bytesReceived, this, [&atSim](const QByteArray &bytes) { atSim += bytes; });
        // CR and bytes a cooked terminal would eat must pass untouched: the line is raw.
        const QByteArray request = QByteArrayLiteral("1H\r\x03\x11\x13\xe9\x00");
        port.write(request);
        QTRY_COMPARE(atSim, request);

        QByteArray atHost;
        connect(&port, &QSerialPort::readyRead, this, [&] { atHost += port.readAll(); });
        const QByteArray reply = QByteArrayLiteral("*\r\n\x02\x00\xff");
        QCOMPARE(endpoint.write(reply), reply.size());
        QTRY_COMPARE(atHost, reply);
    }

    void unplugRemovesThePath()
    {
        QTemporaryDir dir;
        PtyEndpoint endpoint;
        const QString link = dir.filePath(u"pump0"_s);
        QVERIFY(endpoint.open(link).ok());
        const QString terminal = endpoint.terminalPath();
        QSerialPort port;
        QVERIFY(openPort(port, link));
        QSignalSpy unplugged(&endpoint, &ByteEndpoint::unplugged);

        endpoint.unplug();
        QCOMPARE(unplugged.count(), 1);
        QVERIFY(!endpoint.isOpen());
        QVERIFY(!QFileInfo::exists(link));
        QVERIFY(!QFileInfo(link).isSymLink());
        QCOMPARE(endpoint.write("lost"_ba), 0);
        // The host's port is dead: a write to a terminal without a master fails or the port errors.
        port.write("x"_ba);
        QTRY_VERIFY(port.error() != QSerialPort::NoError || !QFile::exists(terminal));
        endpoint.unplug();
        QCOMPARE(unplugged.count(), 1);  // once
    }

    void replugRestoresThePath()
    {
        QTemporaryDir dir;
        PtyEndpoint endpoint;
        const QString link = dir.filePath(u"pump0"_s);
        QVERIFY(endpoint.open(link).ok());
        endpoint.unplug();
        QSignalSpy replugged(&endpoint, &ByteEndpoint::replugged);
        QVERIFY(endpoint.replug());
        QCOMPARE(replugged.count(), 1);
        QCOMPARE(replugged.at(0).at(0).toString(), link);
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(QFileInfo(link).symLinkTarget(), endpoint.terminalPath());

        QSerialPort port;
        QVERIFY2(openPort(port, link), qPrintable(port.errorString()));
        QByteArray atSim;
        connect(&endpoint, &ByteEndpoint::bytesReceived, this, [&atSim](const QByteArray &bytes) { atSim += bytes; });
        port.write("again"_ba);
        QTRY_COMPARE(atSim, "again"_ba);
    }

    void survivesHostClosingPort()
    {
        PtyEndpoint endpoint;
        QVERIFY(endpoint.open().ok());
        {
            QSerialPort port;
            QVERIFY(openPort(port, endpoint.path()));
            port.write("a"_ba);
            QSignalSpy received(&endpoint, &ByteEndpoint::bytesReceived);
            QTRY_COMPARE(received.count(), 1);
        }
        // A host that closed and reopens finds the terminal still there.
        QSerialPort again;
        QVERIFY2(openPort(again, endpoint.path()), qPrintable(again.errorString()));
        QSignalSpy received(&endpoint, &ByteEndpoint::bytesReceived);
        again.write("b"_ba);
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).toByteArray(), "b"_ba);
    }

    void refusesToReplaceRegularFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"precious"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("data");
        file.close();
        PtyEndpoint endpoint;
        const auto opened = endpoint.open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Error::Code::Io);
        QVERIFY(QFileInfo(path).isFile());
        QVERIFY(!QFileInfo(path).isSymLink());
    }
};

QTEST_GUILESS_MAIN(TestPtyEndpoint)
#include "tst_ptyendpoint.moc"
