// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "network/labnetworkdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

namespace {
QLineEdit *lineEdit(QWidget *parent, const QString &name, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

void markField(QLineEdit *edit, const QString &problem)
{
    // A problem's field is framed in red and says what is wrong when pointed at.
    edit->setStyleSheet(problem.isEmpty() ? QString() : u"QLineEdit { border: 2px solid #c62828; }"_s);
    edit->setToolTip(problem);
}
} // namespace

LabNetworkDialog::LabNetworkDialog(Services::LabNetwork &network, QWidget *parent) : QDialog(parent), m_network(network)
{
    setObjectName(u"labNetworkDialog"_s);
    setWindowTitle(tr("Lab Network"));

    m_telemetry = new QGroupBox(tr("Publish live telemetry to an MQTT broker"), this);
    m_telemetry->setObjectName(u"telemetryGroup"_s);
    m_telemetry->setCheckable(true);
    m_brokerUrl = lineEdit(this, u"brokerUrl"_s, u"mqtt://broker.lab:1883"_s);
    m_brokerUrl->setToolTip(tr("mqtt://HOST[:PORT], or mqtts://HOST[:PORT] for TLS"));
    m_clientId = lineEdit(this, u"clientId"_s, tr("automatic"));
    m_keepAlive = new QSpinBox(this);
    m_keepAlive->setObjectName(u"keepAlive"_s);
    m_keepAlive->setRange(5, 3600);
    m_keepAlive->setSuffix(tr(" s"));
    m_keepAlive->setToolTip(tr("The broker declares the workstation offline after 1.5 × this time without a word."));
    m_username = lineEdit(this, u"brokerUser"_s, tr("none"));
    m_brokerPassword = lineEdit(this, u"brokerPassword"_s, {});
    m_brokerPassword->setEchoMode(QLineEdit::Password);
    m_caFile = lineEdit(this, u"caFile"_s, tr("the system's certificates"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA Certificate"), m_caFile->text(),
                                                          tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    auto *caRow = new QHBoxLayout;
    caRow->setContentsMargins(0, 0, 0, 0);
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    m_prefix = lineEdit(this, u"topicPrefix"_s, u"pumpstudio"_s);
    m_prefix->setToolTip(tr("The first topic levels: PREFIX/WORKSTATION/device/…"));
    auto *brokerForm = new QFormLayout(m_telemetry);
    brokerForm->addRow(tr("Broker:"), m_brokerUrl);
    brokerForm->addRow(tr("Client id:"), m_clientId);
    brokerForm->addRow(tr("Keep-alive:"), m_keepAlive);
    brokerForm->addRow(tr("User name:"), m_username);
    brokerForm->addRow(tr("Password:"), m_brokerPassword);
    brokerForm->addRow(tr("CA file (TLS):"), caRow);
    brokerForm->addRow(tr("Topic prefix:"), m_prefix);
    m_remoteCommands = new QCheckBox(tr("Accept remote commands (start, stop, setpoint, run profile)"), this);
    m_remoteCommands->setObjectName(u"remoteCommands"_s);
    m_remoteCommands->setToolTip(tr("Only from accounts whose role allows the command, with one of their API tokens; "
                                    "checked against the pump's limits and written to the audit trail. Off by default."));
    brokerForm->addRow(QString(), m_remoteCommands);

    m_archive = new QGroupBox(tr("Keep runs in the shared archive (PostgreSQL)"), this);
    m_archive->setObjectName(u"archiveGroup"_s);
    m_archive->setCheckable(true);
    m_archiveUrl = lineEdit(this, u"archiveUrl"_s, u"postgresql://alice@db.lab:5432/pumpstudio"_s);
    m_archiveUrl->setToolTip(tr("postgresql://USER@HOST[:PORT]/DBNAME"));
    m_archivePassword = lineEdit(this, u"archivePassword"_s, {});
    m_archivePassword->setEchoMode(QLineEdit::Password);
    auto *archiveForm = new QFormLayout(m_archive);
    archiveForm->addRow(tr("Archive:"), m_archiveUrl);
    archiveForm->addRow(tr("Password:"), m_archivePassword);

    m_keychainNote = new QLabel(this);
    m_keychainNote->setObjectName(u"keychainNote"_s);
    m_keychainNote->setWordWrap(true);
    m_problems = new QLabel(this);
    m_problems->setObjectName(u"problems"_s);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #c62828;"_s);
    m_problems->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LabNetworkDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LabNetworkDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_telemetry);
    layout->addWidget(m_archive);
    layout->addWidget(m_keychainNote);
    layout->addWidget(m_problems);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_brokerPassword, &QLineEdit::textEdited, this, [this] { m_brokerPasswordEdited = true; });
    connect(m_archivePassword, &QLineEdit::textEdited, this, [this] { m_archivePasswordEdited = true; });
    connect(&m_network, &Services::LabNetwork::keychainChanged, this, &LabNetworkDialog::updateKeychainNote);
    load(m_network.settings());
    updateKeychainNote();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

LabNetworkDialog::~LabNetworkDialog() = default;

void LabNetworkDialog::load(const Services::LabNetworkSettings &s)
{
    m_telemetry->setChecked(s.telemetryEnabled);
    m_remoteCommands->setChecked(s.remoteCommands);
    m_brokerUrl->setText(s.brokerUrl);
    m_clientId->setText(s.clientId);
    m_keepAlive->setValue(s.keepAliveS);
    m_username->setText(s.username);
    m_caFile->setText(s.caFile);
    m_prefix->setText(s.prefix);
    m_archive->setChecked(s.archiveEnabled);
    m_archiveUrl->setText(s.archiveUrl);
}

void LabNetworkDialog::updateKeychainNote()
{
    using K = Services::LabNetwork::Keychain;
    const bool unavailable = m_network.keychain() == K::Unavailable;
    if (unavailable) {
        m_keychainNote->setText(tr("No system keychain is available: passwords are kept for this session only and asked for "
                                   "again after a restart. They are never written to the settings."));
        m_keychainNote->setToolTip(m_network.keychainProblem());
        m_keychainNote->setStyleSheet(u"color: #b26a00;"_s);
    } else {
        m_keychainNote->setText(tr("Passwords are kept in the system keychain, never in the settings."));
        m_keychainNote->setToolTip({});
        m_keychainNote->setStyleSheet({});
    }
    const QString kept = unavailable ? tr("kept for this session") : tr("kept in the keychain");
    m_brokerPassword->setPlaceholderText(m_network.hasBrokerPassword() ? kept : tr("none"));
    m_archivePassword->setPlaceholderText(m_network.hasArchivePassword() ? kept : tr("none, or from PGPASSWORD"));
}

Services::LabNetworkSettings LabNetworkDialog::settings() const
{
    Services::LabNetworkSettings s;
    s.telemetryEnabled = m_telemetry->isChecked();
    s.remoteCommands = m_remoteCommands->isChecked();
    s.brokerUrl = m_brokerUrl->text().trimmed();
    s.clientId = m_clientId->text().trimmed();
    s.keepAliveS = m_keepAlive->value();
    s.username = m_username->text().trimmed();
    s.caFile = m_caFile->text().trimmed();
    s.prefix = m_prefix->text().trimmed();
    s.archiveEnabled = m_archive->isChecked();
    s.archiveUrl = m_archiveUrl->text().trimmed();
    return s;
}

QLineEdit *LabNetworkDialog::fieldFor(Services::LabNetworkProblem::Field field) const
{
    using F = Services::LabNetworkProblem::Field;
    switch (field) {
    case F::BrokerUrl: return m_brokerUrl;
    case F::ClientId: return m_clientId;
    case F::KeepAlive: return nullptr;
    case F::CaFile: return m_caFile;
    case F::Prefix: return m_prefix;
    case F::ArchiveUrl: return m_archiveUrl;
    }
    return nullptr;
}

QString LabNetworkDialog::problemsText() const
{
    return m_problems->isHidden() ? QString() : m_problems->text();
}

bool LabNetworkDialog::check()
{
    for (QLineEdit *edit : {m_brokerUrl, m_clientId, m_caFile, m_prefix, m_archiveUrl})
        markField(edit, {});
    const auto problems = Services::validate(settings());
    QStringList lines;
    for (const Services::LabNetworkProblem &p : problems) {
        lines.append(p.message);
        if (QLineEdit *edit = fieldFor(p.field))
            markField(edit, p.message);
    }
    m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(!lines.isEmpty());
    if (!problems.isEmpty()) {
        if (QLineEdit *edit = fieldFor(problems.constFirst().field))
            edit->setFocus();
    }
    return problems.isEmpty();
}

void LabNetworkDialog::accept()
{
    if (!check())
        return;
    const std::optional<QString> brokerPassword = m_brokerPasswordEdited ? std::optional(m_brokerPassword->text()) : std::nullopt;
    const std::optional<QString> archivePassword = m_archivePasswordEdited ? std::optional(m_archivePassword->text()) : std::nullopt;
    if (auto r = m_network.apply(settings(), brokerPassword, archivePassword); !r) {
        m_problems->setText(r.error().message);
        m_problems->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace PumpStudio
