// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "aboutdialog.h"

#include "core/buildinfo.h"
#include "core/logging.h"
#include "core/paths.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About PumpStudio"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/pumpstudio.svg"_s).pixmap(64, 64));
    auto *title = new QLabel(u"<h2>PumpStudio %1</h2>"_s.arg(BuildInfo::version()), this);
    auto *text = new QLabel(
        tr("<p>Configure and monitor laboratory pumps: dosing profiles, live flow and pressure, run "
           "records, calibration and the accessory catalog.</p>"
           "<p>Accessories from Changzhou Yuanwang Fluid Technology Co., Ltd., "
           "<a href=\"https://www.ywfluid.com\">www.ywfluid.com</a>.</p>"),
        this);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    auto *facts = new QLabel(buildReport().toHtmlEscaped().replace(u'\n', u"<br>"_s), this);
    facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    facts->setObjectName(u"buildFacts"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy Build Info"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(buildReport()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(facts);
    layout->addWidget(buttons);
}

QString AboutDialog::buildReport() const
{
    QStringList lines;
    lines << tr("Version: %1").arg(BuildInfo::version())
          << tr("Revision: %1").arg(BuildInfo::revision())
          << tr("Build type: %1").arg(BuildInfo::buildType())
          << tr("Compiler: %1").arg(BuildInfo::compiler())
          << tr("Qt: built with %1, running %2").arg(BuildInfo::qtBuildVersion(), BuildInfo::qtRuntimeVersion())
          << tr("System: %1 (%2)").arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture())
          << tr("Data folder: %1").arg(Paths::dataDir())
          << tr("Log file: %1").arg(Logging::logFilePath().isEmpty() ? tr("none") : Logging::logFilePath());
    return lines.join(u'\n');
}

} // namespace PumpStudio
