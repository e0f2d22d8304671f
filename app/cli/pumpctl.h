// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "cli/pumpctloptions.h"
#include "core/result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTextStream>

#include <memory>

class QSaveFile;
class QSocketNotifier;
class QTimer;

namespace PumpStudio::Models {
class ModelRegistry;
}

namespace PumpStudio::Device {
class Link;
class PumpDriver;
struct PumpStatus;
}

namespace PumpStudio::Profiles {
class ProfileRunner;
struct Profile;
}

namespace PumpStudio::Cli {

/// pumpctl's commands, asynchronous on the event loop: run() starts, finished() ends with the
/// exit code. Output goes to the streams given, so tests can run it in-process.
class PumpCtl final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PumpCtl)

public:
    PumpCtl(const Models::ModelRegistry &models, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~PumpCtl() override;

    void run(const PumpCtlOptions &options);
    /// Ctrl-C: a monitor ends cleanly (CSV saved); any other command stops the pump first.
    void interrupt();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void listPorts();
    void listModels();
    void checkProfile();
    void runOnDevice();
    void sample();
    void finish(int code);
    void fail(const Error &error);
    void report(const QString &text, const QJsonObject &json);
    void printStatus(const Device::PumpStatus &status);
    void runProfile();
    void onStdinLine();

    const Models::ModelRegistry &m_models;
    QTextStream &m_out;
    QTextStream &m_err;
    PumpCtlOptions m_options;
    std::unique_ptr<Device::Link> m_link;
    std::unique_ptr<Device::PumpDriver> m_driver;
    std::unique_ptr<QSaveFile> m_csv;
    QTimer *m_monitorTimer = nullptr;
    QElapsedTimer m_monitorClock;
    bool m_sampling = false;
    bool m_finished = false;
    std::unique_ptr<Profiles::Profile> m_profile;
    std::unique_ptr<Profiles::ProfileRunner> m_runner;
    QSocketNotifier *m_stdin = nullptr;
    QElapsedTimer m_progressClock;
    QString m_stdinText;  ///< operator input not yet ended by a newline
};

/// The exit code for an error (3 no reply, 4 refused or out of range, 5 bad file, 2 usage).
int exitCodeFor(const Error &error);

} // namespace PumpStudio::Cli
