// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "device/pumpconfig.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace PumpStudio::Models {
class ModelRegistry;
}

namespace PumpStudio {

/// Adds a pump: model first, then port, address and serial settings defaulted from the model.
class AddPumpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddPumpDialog)

public:
    AddPumpDialog(const Models::ModelRegistry &models, const QStringList &ports, QWidget *parent = nullptr);

    Device::PumpConfig config() const;

private:
    void applyModelDefaults();
    void updateTubing();
    void validate();

    const Models::ModelRegistry &m_models;
    QLineEdit *m_name = nullptr;
    QComboBox *m_model = nullptr;
    QComboBox *m_port = nullptr;
    QSpinBox *m_address = nullptr;
    QComboBox *m_baud = nullptr;
    QComboBox *m_framing = nullptr;
    QComboBox *m_head = nullptr;
    QComboBox *m_tubing = nullptr;
    QLabel *m_problem = nullptr;
    class QPushButton *m_ok = nullptr;
};

} // namespace PumpStudio
