// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "device/connectionhelp.h"

#include "models/modelregistry.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Device {

namespace {
struct HelpTr
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionHelp)
};

} // namespace

QStringList connectionHints(const PumpConfig &config, const Models::PumpModel *model, bool portOpened)
{
    QStringList hints;
    const QString port = config.serial.portName;
    if (!portOpened) {
        // The message above says why (permission, busy, gone); these are the usual fixes.
        hints << HelpTr::tr("Check that the USB serial adapter is plugged in and that %1 is its port (the list shows the ports "
                            "there now).")
                     .arg(port);
        hints << HelpTr::tr("If another program holds the port, close it; if permission is denied, see the README's \"Serial port "
                            "permissions\".");
        return hints;
    }
    hints << HelpTr::tr("Check the cable between adapter and pump, and that the pump is switched on and set to remote (RS-232/RS-485) "
                        "control.");
    hints << HelpTr::tr("Check the port: %1 must be the adapter the pump is on.").arg(port);
    if (model) {
        const QString expected = QString::number(model->serial.baud);
        if (config.serial.baudRate != model->serial.baud)
            hints << HelpTr::tr("Check the baud rate: %1 is set here; the %2 leaves the factory at %3, and its own menu must "
                                "match.")
                         .arg(config.serial.baudRate)
                         .arg(model->displayName, expected);
        else
            hints << HelpTr::tr("Check the baud rate and framing (%1) against the pump's own settings menu.").arg(config.serial.summary());
        if (model->maxAddress > model->minAddress)
            hints << HelpTr::tr("Check the address: %1 is set here (the %2 takes %3 to %4; its factory address is %5).")
                         .arg(config.address)
                         .arg(model->displayName)
                         .arg(model->minAddress)
                         .arg(model->maxAddress)
                         .arg(model->defaultAddress);
    }
    hints << HelpTr::tr("Or let PumpStudio find it: select the port on the Devices page and press \"Scan Selected Port\".");
    return hints;
}

QString scanReportText(const QString &path, const QList<ScanHit> &hits, const QString &error, const QList<ScanAttempt> &tried,
                       const Models::ModelRegistry &models)
{
    QStringList lines;
    if (hits.isEmpty()) {
        lines << HelpTr::tr("Nothing answered on %1.").arg(path);
    } else {
        lines << HelpTr::tr("On %1 answered:").arg(path);
        for (const ScanHit &h : hits)
            lines << HelpTr::tr("  %1 at address %2: %3").arg(models.displayName(h.modelId)).arg(h.address).arg(h.identity.summary());
    }
    if (!error.isEmpty())
        lines << QString() << error;
    if (!tried.isEmpty()) {
        lines << QString() << HelpTr::tr("Asked, each model at its factory settings and address:");
        for (const ScanAttempt &a : tried) {
            lines << (a.answered ? HelpTr::tr("  %1, %2, address %3: answered").arg(models.displayName(a.modelId), a.settings).arg(a.address)
                                 : HelpTr::tr("  %1, %2, address %3: %4").arg(models.displayName(a.modelId), a.settings).arg(a.address).arg(a.outcome));
        }
        if (hits.isEmpty())
            lines << QString()
                  << HelpTr::tr("A pump set to another baud rate or address does not answer a scan: add it with its own settings "
                                "and press \"Test connection\".");
    }
    return lines.join(u'\n');
}

bool portExists(const QString &path, const QStringList &listed)
{
    const QString p = path.trimmed();
    if (p.isEmpty())
        return false;
    if (listed.contains(p))
        return true;
    if (QFileInfo::exists(p))
        return true;
    // "ttyUSB0" for "/dev/ttyUSB0", as Qt names ports.
    return !p.contains(u'/') && QFileInfo::exists(u"/dev/"_s + p);
}

} // namespace PumpStudio::Device
