// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "cli/pumpctloptions.h"
#include "core/result.h"
#include "models/mlperrevcurve.h"

#include <QJsonObject>
#include <QObject>
#include <QTextStream>

#include <memory>
#include <optional>

namespace PumpStudio::Models {
class BalanceRegistry;
class ModelRegistry;
struct PumpModel;
struct SyringeOption;
}

namespace PumpStudio::Device {
class BalanceDriver;
class Link;
class PumpDriver;
class SerialBus;
struct PumpIdentity;
struct SerialSettings;
}

namespace PumpStudio::Calibration {
class CalibrationRunner;
struct CalibrationResult;
}

namespace PumpStudio::Cli {

/// The figure PumpStudio's calibration history holds for this pump (by its identity), head and
/// tubing or syringe; nullopt when there is none (or no history).
std::optional<Models::MlPerRevCurve> storedCurve(const QString &modelId, const Device::PumpIdentity &identity, const QString &headId,
                                                 const QString &tubingId);
/// A syringe pump: the inner diameter PumpStudio sets for this syringe (empty id: the model's
/// default), as its last syringe check corrected it; nullopt for other pumps or an unknown syringe.
std::optional<double> syringeDiameterFor(const Models::PumpModel &model, const QString &syringeId, const Device::PumpIdentity &identity);

/// `pumpctl calibrate`: the gravimetric calibration of the pump on --port with the balance on
/// --balance-port, the same procedure as the Calibration page (CalibrationRunner). The result is
/// stored in the calibration history, sealed in the audit trail, printed (JSON: points[] with
/// rpm, mlPerRev, cvPct, plus mlPerRevAsFound and verdict) and decides the exit code: 0 within
/// tolerance, 7 out of tolerance, 3/4 as for other commands, 130 interrupted (pump stopped).
/// `pumpctl calibrations list` prints the history.
class CalibrateCtl final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalibrateCtl)

public:
    CalibrateCtl(const Models::ModelRegistry &models, const Models::BalanceRegistry &balances, QTextStream &out, QTextStream &err,
                 QObject *parent = nullptr);
    ~CalibrateCtl() override;

    void run(const PumpCtlOptions &options, const Models::PumpModel &model, const Device::SerialSettings &settings);
    void interrupt();

    /// `pumpctl calibrations list [--json]`: the exit code.
    static int listHistory(const PumpCtlOptions &options, QTextStream &out, QTextStream &err);
    /// The documented JSON line of a result.
    static QJsonObject resultJson(const Calibration::CalibrationResult &result);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void openBalance();
    void startRunner(const Device::PumpIdentity &identity);
    void onFinished(const Calibration::CalibrationResult &result);
    /// The figure PumpStudio uses now for this pump and its head and tubing (or syringe).
    std::optional<Models::MlPerRevCurve> currentCurve(const Device::PumpIdentity &identity) const;
    void writeSyringeDiameter(const Calibration::CalibrationResult &result);
    /// Prints the result (and what was done with the pump's own calibration) and ends with the
    /// verdict's exit code, or `forced`.
    void report(const Calibration::CalibrationResult &result, const QJsonObject &pump, std::optional<int> forced = std::nullopt);
    void fail(const Error &error);
    void finish(int code);

    const Models::ModelRegistry &m_models;
    const Models::BalanceRegistry &m_balances;
    QTextStream &m_out;
    QTextStream &m_err;
    PumpCtlOptions m_options;
    const Models::PumpModel *m_model = nullptr;
    const Models::SyringeOption *m_syringe = nullptr;  ///< a syringe check: the syringe
    std::unique_ptr<Device::Link> m_link;
    std::unique_ptr<Device::PumpDriver> m_driver;
    std::unique_ptr<Device::SerialBus> m_bus;
    std::unique_ptr<Device::BalanceDriver> m_balance;
    std::unique_ptr<Calibration::CalibrationRunner> m_runner;
    QString m_balanceModelId;
    bool m_finished = false;
    bool m_interrupted = false;
};

} // namespace PumpStudio::Cli
