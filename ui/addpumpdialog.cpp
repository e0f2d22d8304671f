// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "addpumpdialog.h"

#include "device/connectionhelp.h"
#include "device/driverfactory.h"
#include "models/modelregistry.h"
#include "services/deviceservice.h"

#include <algorithm>

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
    : QDialog(parent), m_models(models), m_ports(ports)
{
    setWindowTitle(tr("Add Pump"));
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("Optional label, e.g. Buffer A"));
    m_model = new QComboBox(this);
    m_model->setObjectName(u"addPumpModel"_s);
    // By name, and none chosen: the first file's model at its odd factory address was no default.
    std::vector<const Models::PumpModel *> sorted;
    for (const Models::PumpModel &m : models.models())
        sorted.push_back(&m);
    std::sort(sorted.begin(), sorted.end(), [](const Models::PumpModel *a, const Models::PumpModel *b) {
        return QString::localeAwareCompare(a->displayName, b->displayName) < 0;
    });
    for (const Models::PumpModel *m : sorted)
        m_model->addItem(m->displayName, m->id);
    m_model->setPlaceholderText(tr("Choose the pump model…"));
    m_model->setCurrentIndex(-1);
    m_port = new QComboBox(this);
    m_port->setObjectName(u"addPumpPort"_s);
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
    m_problem->setObjectName(u"addPumpProblem"_s);
    m_problem->setStyleSheet(u"color: #c62828"_s);
    m_problem->setWordWrap(true);
    m_test = new QPushButton(tr("&Test Connection"), this);
    m_test->setObjectName(u"testConnection"_s);
    m_test->setToolTip(tr("Ask the pump for its identity at these settings, without adding it"));
    m_test->setVisible(false);  // until a device service is given
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("A&ddress:"), m_address);
    form->addRow(tr("&Baud rate:"), m_baud);
    form->addRow(tr("&Framing:"), m_framing);
    form->addRow(tr("&Head or syringe:"), m_head);
    form->addRow(tr("T&ubing:"), m_tubing);
    form->addRow(tr("&Name:"), m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_testResult);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &QComboBox::currentIndexChanged, this, &AddPumpDialog::applyModelDefaults);
    connect(m_head, &QComboBox::currentIndexChanged, this, &AddPumpDialog::updateTubing);
    connect(m_port, &QComboBox::currentTextChanged, this, &AddPumpDialog::validate);
    connect(m_test, &QPushButton::clicked, this, &AddPumpDialog::testConnection);
    // A test answers for the settings it was asked with: any change makes it stale.
    const auto forgetTest = [this] {
        m_testToken = 0;
        m_testResult->clear();
    };
    connect(m_model, &QComboBox::currentIndexChanged, this, forgetTest);
    connect(m_port, &QComboBox::currentTextChanged, this, forgetTest);
    connect(m_address, &QSpinBox::valueChanged, this, forgetTest);
    connect(m_baud, &QComboBox::currentIndexChanged, this, forgetTest);
    connect(m_framing, &QComboBox::currentIndexChanged, this, forgetTest);
    applyModelDefaults();
}

void AddPumpDialog::setConnectionTester(Services::DeviceService *devices)
{
    if (m_devices)
        disconnect(m_devices, nullptr, this, nullptr);
    m_devices = devices;
    m_test->setVisible(devices != nullptr);
    if (devices)
        connect(devices, &Services::DeviceService::connectionTested, this, &AddPumpDialog::showTestResult);
    validate();
}

bool AddPumpDialog::chooseModel(const QString &modelId)
{
    const int index = m_model->findData(modelId);
    if (index < 0)
        return false;
    m_model->setCurrentIndex(index);
    return true;
}

QString AddPumpDialog::problemText() const { return m_problem->text(); }

QString AddPumpDialog::testResultText() const { return m_testResult->text(); }

void AddPumpDialog::testConnection()
{
    if (!m_devices || !m_ok->isEnabled())
        return;
    const Device::PumpConfig c = config();
    m_testToken = m_devices->testConnection(c);
    m_test->setEnabled(false);
    m_testResult->setStyleSheet({});
    m_testResult->setText(tr("Asking the %1 at address %2 on %3 (%4)…")
                              .arg(m_models.displayName(c.modelId))
                              .arg(c.address)
                              .arg(c.serial.portName, c.serial.summary()));
}

void AddPumpDialog::showTestResult(quint64 token, const Device::ProbeResult &result)
{
    if (token != m_testToken)
        return;  // another dialog's test, or one for settings changed since
    m_testToken = 0;
    validate();
    if (result.identity) {
        m_testResult->setStyleSheet(u"color: #2e7d32"_s);
        m_testResult->setText(tr("The pump answered: %1.").arg(result.identity->summary()));
        Q_EMIT connectionTested(true);
        return;
    }
    const Device::PumpConfig c = config();
    QStringList lines{tr("No answer: %1").arg(result.error)};
    for (const QString &hint : Device::connectionHints(c, m_models.find(c.modelId), result.portOpened))
        lines << u"• "_s + hint;
    m_testResult->setStyleSheet(u"color: #c62828"_s);
    m_testResult->setText(lines.join(u'\n'));
    Q_EMIT connectionTested(false);
}

void AddPumpDialog::applyModelDefaults()
{
    const Models::PumpModel *model = m_models.find(m_model->currentData().toString());
    for (QWidget *w : std::initializer_list<QWidget *>{m_address, m_baud, m_framing})
        w->setEnabled(model != nullptr);
    if (!model) {
        m_head->clear();
        m_head->setEnabled(false);
        updateTubing();
        validate();
        return;
    }
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
    const QString port = m_port->currentText().trimmed();
    QString problem;
    if (m_model->currentIndex() < 0)
        problem = tr("Choose the pump model.");
    else if (port.isEmpty())
        problem = tr("Choose or type the serial port the pump is on.");
    else if (!Device::portExists(port, m_ports))
        problem = tr("There is no serial port %1 on this computer now. Plug the adapter in and choose its port from the "
                     "list.")
                      .arg(port);
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
    m_test->setEnabled(problem.isEmpty() && m_devices && m_testToken == 0);
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
