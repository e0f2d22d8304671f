// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/logentry.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;
class QTimer;

namespace PumpStudio {

class LogModel;
class LogFilterModel;

/// The Log page: the application's recent log, filterable by level and text, following new lines.
class LogPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPage)

public:
    explicit LogPage(QWidget *parent = nullptr);
    ~LogPage() override;

    LogModel *model() const { return m_model; }
    /// Rows visible after filtering.
    int visibleRowCount() const;

private:
    void pull();
    void copySelection();

    LogModel *m_model = nullptr;
    LogFilterModel *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_level = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_follow = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace PumpStudio
