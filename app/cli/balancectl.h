// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "cli/pumpctloptions.h"
#include "models/balanceregistry.h"

#include <QJsonObject>
#include <QObject>
#include <QTextStream>

#include <functional>
#include <memory>

namespace PumpStudio::Device {
class BalanceDriver;
class SerialBus;
}

namespace PumpStudio::Cli {

/// pumpctl's balance commands (weigh [--immediate], tare, zero, info) for a --model that names a
/// balance. Asynchronous: run() starts, finished() ends with the exit code (4 overload or
/// underload, 3 no stable reading in time or no reply).
class BalanceCtl final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BalanceCtl)

public:
    BalanceCtl(const Models::BalanceRegistry &balances, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~BalanceCtl() override;

    void run(const PumpCtlOptions &options);

    /// "12.345": the grams to the reading's resolution, without trailing zeros (JSON and text).
    static QString gramsText(double grams, double resolutionG);
    /// The exact weigh line: {"command":"weigh","ok":true,"massG":12.345,"stable":true}.
    static QString weighJson(double grams, double resolutionG, bool stable);
    /// One line per balance model for 'pumpctl models', as report(text, json) takes it.
    static void listModels(const Models::BalanceRegistry &balances, const std::function<void(const QString &, const QJsonObject &)> &report);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void runCommand();
    void fail(const Error &error);
    void report(const QString &text, QJsonObject json);
    void finish(int code);

    const Models::BalanceRegistry &m_balances;
    QTextStream &m_out;
    QTextStream &m_err;
    PumpCtlOptions m_options;
    std::unique_ptr<Device::SerialBus> m_bus;
    std::unique_ptr<Device::BalanceDriver> m_driver;
    bool m_finished = false;
};

} // namespace PumpStudio::Cli
