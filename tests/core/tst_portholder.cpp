// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
// Why a serial port cannot be opened (issue 12, defect 13): a port in use by another program is
// said to be in use, and by which process where the system tells (a lock file, /proc), instead of
// Qt's "Permission error while locking the device"; a file that is not a port says so, never
// "No error". The ports are pseudo-terminals held by a child
// process (this test run again with --hold), opened through the real QSerialPort.
#include "core/portholder.h"
#include "device/serialline.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSerialPort>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTest>

#include <pty.h>
#include <unistd.h>

#include <cstdio>

using namespace PumpStudio;
using namespace Qt::Literals::StringLiterals;

namespace {

/// A pseudo-terminal pair; the slave's path is what a pump's port would be.
class Pty
{
public:
    Pty()
    {
        char name[256] = {};
        int slave = -1;
        if (::openpty(&m_master, &slave, name, nullptr, nullptr) == 0) {
            m_path = QString::fromLocal8Bit(name);
            ::close(slave);  // the master keeps the pair alive
        }
    }
    ~Pty()
    {
        if (m_master >= 0)
            ::close(m_master);
    }
    Q_DISABLE_COPY_MOVE(Pty)
    QString path() const { return m_path; }

private:
    int m_master = -1;
    QString m_path;
};

// The child: holds `path` open the way another serial program would (QSerialPort: a lock file
// and TIOCEXCL), says "held", and lets go when its stdin closes.
int holdPort(const QString &path)
{
    QSerialPort port;
    port.setPortName(path);
    if (!port.open(QIODevice::ReadWrite)) {
        std::fprintf(stderr, "cannot hold %s: %s\n", qPrintable(path), qPrintable(port.errorString()));
        return 2;
    }
    std::printf("held\n");
    std::fflush(stdout);
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &input, [] {
        char buffer[64];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
            QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}

/// Starts this test as the holder of `path`; true once it holds it.
bool startHolder(QProcess &child, const QString &path)
{
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments({u"--hold"_s, path});
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start();
    if (!child.waitForStarted(10000))
        return false;
    while (!child.canReadLine()) {
        if (!child.waitForReadyRead(10000))
            return false;
    }
    return child.readLine().trimmed() == "held";
}

void stop(QProcess &child)
{
    child.closeWriteChannel();
    if (!child.waitForFinished(10000))
        child.kill();
    child.waitForFinished(10000);
}

} // namespace

class TestPortHolder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesTheLiveProcessOfALockFile()
    {
        QTemporaryDir locks;
        QProcess child;
        child.start(u"sleep"_s, {u"30"_s});
        QVERIFY(child.waitForStarted());
        QFile lock(QDir(locks.path()).filePath(u"LCK..ttyUSB7"_s));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(child.processId()) + "\nminicom\nlab-pc\n");
        lock.close();
        const auto holder = findPortHolder(u"/dev/ttyUSB7"_s, {locks.path()});
        QVERIFY(holder);
        QCOMPARE(holder->pid, child.processId());
        QCOMPARE(holder->program, u"sleep"_s);  // what the process is, not what the file claims
        QCOMPARE(holder->text(), u"sleep (process %1)"_s.arg(child.processId()));
        child.kill();
        child.waitForFinished();
    }

    void readsUucpLockFilesToo()
    {
        QTemporaryDir locks;
        QProcess child;
        child.start(u"sleep"_s, {u"30"_s});
        QVERIFY(child.waitForStarted());
        QFile lock(QDir(locks.path()).filePath(u"LCK..ttyS0"_s));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(child.processId()).rightJustified(10, ' ') + '\n');
        lock.close();
        const auto holder = findPortHolder(u"/dev/ttyS0"_s, {locks.path()});
        QVERIFY(holder);
        QCOMPARE(holder->pid, child.processId());
        child.kill();
        child.waitForFinished();
    }

    void namesNobodyForAStaleLockFile()
    {
        QTemporaryDir locks;
        QProcess child;
        child.start(u"true"_s, {});
        QVERIFY(child.waitForFinished());
        QFile lock(QDir(locks.path()).filePath(u"LCK..ttyUSB9"_s));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(child.processId()) + "\ngone\n");
        lock.close();
        QVERIFY(!findPortHolder(u"/dev/ttyUSB9"_s, {locks.path()}));
    }

    void findsAProcessThatHasThePortOpen()
    {
        Pty pty;
        QVERIFY(!pty.path().isEmpty());
        QTemporaryDir noLocks;
        QVERIFY(!findPortHolder(pty.path(), {noLocks.path()}));
        QProcess child;
        child.setStandardInputFile(pty.path());  // only the child holds the port
        child.start(u"sleep"_s, {u"30"_s});
        QVERIFY(child.waitForStarted());
        const auto holder = findPortHolder(pty.path(), {noLocks.path()});
        QVERIFY(holder);
        QCOMPARE(holder->pid, child.processId());
        QCOMPARE(holder->program, u"sleep"_s);
        child.kill();
        child.waitForFinished();
    }

    void theSerialLineSaysThePortIsInUseAndByWhom()
    {
        Pty pty;
        QVERIFY(!pty.path().isEmpty());
        QProcess holder;
        QVERIFY(startHolder(holder, pty.path()));
        Device::SerialSettings settings;
        settings.portName = pty.path();
        Device::SerialLine line(settings);
        line.setAutoReconnect(false);
        line.open();
        QCOMPARE(line.state(), Device::LinkState::Failed);
        const QString message = line.lastError();
        QVERIFY2(message.contains(u"in use by"_s), qPrintable(message));
        QVERIFY2(message.contains(u"(process %1)"_s.arg(holder.processId())), qPrintable(message));
        QVERIFY2(!message.contains(u"Permission error"_s), qPrintable(message));
        stop(holder);
        // Let go, the port opens.
        line.open();
        QCOMPARE(line.state(), Device::LinkState::Connected);
        line.close();
    }

    void aFileThatIsNotAPortSaysWhyNotNoError()
    {
        // "Cannot open /etc/passwd: No error" before: the reason was cleared while opening.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"passwd"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("root:x:0:0:root:/root:/bin/bash\n");
        file.close();
        Device::SerialSettings settings;
        settings.portName = path;
        Device::SerialLine line(settings);
        line.open();
        QCOMPARE(line.state(), Device::LinkState::Failed);
        const QString message = line.lastError();
        QVERIFY2(message.contains(path) && message.contains(u"not a serial port"_s), qPrintable(message));
        QVERIFY2(!message.contains(u"No error"_s), qPrintable(message));
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--hold") == 0) {
        QCoreApplication app(argc, argv);
        return holdPort(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestPortHolder test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_portholder.moc"
