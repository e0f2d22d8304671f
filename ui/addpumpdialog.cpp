// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "addpumpdialog.h"

#include "device/driverfactory.h"
#include "models/modelregistry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

namespace {
struct Framing
{
    const char *label;
    QSerialPort::DataBits data;
    QSerialPort::Parity parity;
    QSerialPort::StopBits stop;
};
constexpr Framing kFramings[] = {
    {"8N1", QSerialPort::Data8, QSerialPort::NoParity, QSerialPort::OneStop},
    {"8E1", QSerialPort::Data8, QSerialPort::EvenParity, QSerialPort::OneStop},
    {"8O1", QSerialPort::Data8, QSerialPort::OddParity, QSerialPort::OneStop},
    {"8N2", QSerialPort::Data8, QSerialPort::NoParity, QSerialPort::TwoStop},
    {"7O1", QSerialPort::Data7, QSerialPort::OddParity, QSerialPort::OneStop},
    {"7E1", QSerialPort::Data7, QSerialPort::EvenParity, QSerialPort::OneStop},
};
}

AddPumpDialog::AddPumpDialog(const Models::ModelRegistry &models, const QStringList &ports, QWidget *parent)
    : QDialog(parent), m_models(models)
{
    setWindowTitle(tr("Add Pump"));
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("Optional label, e.g. Buffer A"));
    m_model = new QComboBox(this);
    for (const Models::PumpModel &m : models.models())
        m_model->addItem(m.displayName, m.id);
    m_port = new QComboBox(this);
    m_port->setEditable(true);
    m_port->addItems(ports);
    m_port->setToolTip(tr("A serial port path; you can type one, e.g. /dev/ttyUSB0"));
    m_address = new QSpinBox(this);
    m_baud = new QComboBox(this);
    m_framing = new QComboBox(this);
    for (const Framing &f : kFramings)
        m_framing->addItem(QString::fromLatin1(f.label));
    m_head = new QComboBox(this);
    m_tubing = new QComboBox(this);
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(u"color: #c62828"_s);
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Model:"), m_model);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Baud rate:"), m_baud);
    form->addRow(tr("Framing:"), m_framing);
    form->addRow(tr("Head or syringe:"), m_head);
    form->addRow(tr("Tubing:"), m_tubing);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &QComboBox::currentIndexChanged, this, &AddPumpDialog::applyModelDefaults);
    connect(m_head, &QComboBox::currentIndexChanged, this, &AddPumpDialog::updateTubing);
    connect(m_port, &QComboBox::currentTextChanged, this, &AddPumpDialog::validate);
    applyModelDefaults();
}

void AddPumpDialog::applyModelDefaults()
{
    const Models::PumpModel *model = m_models.find(m_model->currentData().toString());
    if (!model)
        return;
    m_address->setRange(model->minAddress, model->maxAddress);
    m_address->setValue(model->defaultAddress);
    m_baud->clear();
    for (const qint32 baud : model->serial.supportedBauds)
        m_baud->addItem(QString::number(baud), baud);
    m_baud->setCurrentIndex(m_baud->findData(model->serial.baud));
    for (int i = 0; i < m_framing->count(); ++i) {
        const Framing &f = kFramings[i];
        if (f.data == model->serial.dataBits && f.parity == model->serial.parity && f.stop == model->serial.stopBits)
            m_framing->setCurrentIndex(i);
    }
    m_head->clear();
    for (const Models::HeadOption &h : model->heads)
        m_head->addItem(h.name, h.id);
    for (const Models::SyringeOption &s : model->syringes)
        m_head->addItem(s.name, s.id);
    const QString preferred = model->heads.isEmpty() ? model->defaultSyringe : model->defaultHead;
    m_head->setCurrentIndex(std::max(0, m_head->findData(preferred)));
    m_head->setEnabled(m_head->count() > 0);
    updateTubing();
    validate();
}

void AddPumpDialog::updateTubing()
{
    m_tubing->clear();
    const Models::PumpModel *model = m_models.find(m_model->currentData().toString());
    const Models::HeadOption *head = model ? model->head(m_head->currentData().toString()) : nullptr;
    if (head) {
        for (const Models::TubingOption &t : head->tubing)
            m_tubing->addItem(tr("%1 (%2 mL/rev)").arg(t.name).arg(t.mlPerRev), t.id);
        m_tubing->setCurrentIndex(std::max(0, m_tubing->findData(head->defaultTubing)));
    }
    m_tubing->setEnabled(m_tubing->count() > 0);
}

void AddPumpDialog::validate()
{
    const bool hasPort = !m_port->currentText().trimmed().isEmpty();
    m_problem->setText(hasPort ? QString() : tr("Choose or type the serial port the pump is on."));
    m_ok->setEnabled(hasPort);
}

Device::PumpConfig AddPumpDialog::config() const
{
    Device::PumpConfig c;
    c.name = m_name->text().trimmed();
    c.modelId = m_model->currentData().toString();
    c.serial.portName = m_port->currentText().trimmed();
    c.serial.baudRate = m_baud->currentData().toInt();
    const Framing &f = kFramings[std::max(0, m_framing->currentIndex())];
    c.serial.dataBits = f.data;
    c.serial.parity = f.parity;
    c.serial.stopBits = f.stop;
    c.address = m_address->value();
    const Models::PumpModel *model = m_models.find(c.modelId);
    if (model && !model->heads.isEmpty()) {
        c.headId = m_head->currentData().toString();
        c.tubingId = m_tubing->currentData().toString();
    } else if (model) {
        c.tubingId = m_head->currentData().toString();  // the syringe
    }
    return c;
}

} // namespace PumpStudio
