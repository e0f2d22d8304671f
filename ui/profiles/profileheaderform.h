// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "profiles/profile.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;

namespace PumpStudio::Models {
class ModelRegistry;
}

namespace PumpStudio {

class NotesEdit;

/// What a profile is for: its name, pump model, head and tubing (or syringe), calibration and
/// notes. Shows a header given to it and reports each user edit as the whole new header.
class ProfileHeaderForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileHeaderForm)

public:
    explicit ProfileHeaderForm(const Models::ModelRegistry &models, QWidget *parent = nullptr);
    ~ProfileHeaderForm() override;

    /// Shows `header` (its steps are ignored) without emitting headerEdited.
    void setHeader(const Profiles::Profile &header);
    /// Puts the cursor in the name, all selected, ready to be typed over.
    void focusName();

Q_SIGNALS:
    /// The user changed a field: `header` is the shown header with that change.
    void headerEdited(const Profiles::Profile &header);
    /// An edit was cut or refused by the profile rules; `message` says why.
    void editRefused(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void retranslateLabels();
    void edit(const std::function<void(Profiles::Profile &)> &change);
    void fillModelBoxes();

    const Models::ModelRegistry &m_models;
    Profiles::Profile m_header;
    QFormLayout *m_form = nullptr;
    QFormLayout *m_sideForm = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_modelBox = nullptr;
    QComboBox *m_headBox = nullptr;
    QComboBox *m_tubingBox = nullptr;
    QComboBox *m_syringeBox = nullptr;
    QDoubleSpinBox *m_calibration = nullptr;
    NotesEdit *m_notes = nullptr;
};

} // namespace PumpStudio
