// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include <QFileInfo>
#include <QProcess>
#include <QSerialPort>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kPumpsim = QStringLiteral(PUMPSIM_EXECUTABLE);

/// Everything pumpsim printed so far on stdout.
struct Output
{
    QByteArray text;
    QString firstLine() const { return QString::fromLocal8Bit(text.left(text.indexOf('\n'))); }
};

void collect(QProcess &process, Output &output)
{
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process,
                     [&process, &output] { output.text += process.readAllStandardOutput(); });
}

} // namespace

class TestPumpsim final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesAPumpOnItsLink()
    {
        QTemporaryDir dir;
        const QString link = dir.filePath(u"pump"_s);
        QProcess process;
        Output output;
        collect(process, output);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(kPumpsim, {u"--model"_s, u"longer-wt600-2j"_s, u"--link"_s, link});
        QTRY_VERIFY_WITH_TIMEOUT(output.text.contains('\n'), 10000);
        QCOMPARE(output.firstLine(), link);
        QVERIFY(QFileInfo(link).isSymLink());

        QSerialPort port;
        port.setPortName(link);
        QVERIFY2(port.open(QIODevice::ReadWrite), qPrintable(port.errorString()));
        QByteArray reply;
        connect(&port, &QSerialPort::readyRead, this, [&] { reply += port.readAll(); });
        const QByteArray frame = QByteArray::fromHex("E90106574A009601018C");
        port.write(frame);
        QTRY_COMPARE(reply, frame);  // the pump answers WJ with its new state

        process.terminate();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(!QFileInfo(link).isSymLink());  // removed on the way out
    }

    void unplugFaultRemovesAndRestoresTheLink()
    {
        QTemporaryDir dir;
        const QString link = dir.filePath(u"pump"_s);
        QProcess process;
        Output output;
        collect(process, output);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(kPumpsim, {u"--model"_s, u"leadfluid-bt100s"_s, u"--link"_s, link, u"--faults"_s, u"unplug@300ms:1s"_s});
        QTRY_VERIFY_WITH_TIMEOUT(output.text.contains('\n'), 10000);
        QCOMPARE(output.firstLine(), link);
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo(link).isSymLink(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(link).isSymLink(), 5000);
        QSerialPort port;
        port.setPortName(link);
        QVERIFY2(port.open(QIODevice::ReadWrite), qPrintable(port.errorString()));
        QByteArray reply;
        connect(&port, &QSerialPort::readyRead, this, [&] { reply += port.readAll(); });
        const QByteArray start = QByteArray::fromHex("01060C1E00012B5C");
        port.write(start);
        QTRY_COMPARE(reply, start);
        process.terminate();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    }

    void putsTheTransmitterOnItsOwnTerminal()
    {
        QTemporaryDir dir;
        const QString pumps = dir.filePath(u"pumps"_s);
        const QString sensor = dir.filePath(u"sensor"_s);
        QProcess process;
        Output output;
        collect(process, output);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(kPumpsim, {u"--model"_s, u"leadfluid-bt100s"_s, u"--model"_s, u"pressure-modbus"_s, u"--address"_s,
                                 u"1"_s, u"--address"_s, u"5"_s, u"--link"_s, pumps, u"--sensor-link"_s, sensor});
        QTRY_VERIFY_WITH_TIMEOUT(output.text.count('\n') >= 2, 10000);
        QCOMPARE(output.text, (pumps + u"\n"_s + sensor + u"\n"_s).toLocal8Bit());

        QSerialPort port;
        port.setPortName(sensor);
        QVERIFY2(port.open(QIODevice::ReadWrite), qPrintable(port.errorString()));
        QByteArray reply;
        connect(&port, &QSerialPort::readyRead, this, [&] { reply += port.readAll(); });
        port.write(QByteArray::fromHex("050300000001858E"));  // read holding 0 of slave 5
        QTRY_COMPARE(reply.size(), 7);
        QCOMPARE(reply.left(3), QByteArray::fromHex("050302"));
        process.terminate();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(process.exitCode(), 0);
    }

    void refusesAnUnknownModel()
    {
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(kPumpsim, {u"--model"_s, u"pump-9000"_s});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        QVERIFY(process.readAllStandardError().contains("pump-9000"));
    }

    void refusesBadUsage()
    {
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(kPumpsim, {u"--model"_s, u"ne-1000"_s, u"--faults"_s, u"explode@1s"_s});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("column 1"));
    }
};

QTEST_GUILESS_MAIN(TestPumpsim)
#include "tst_pumpsim.moc"
