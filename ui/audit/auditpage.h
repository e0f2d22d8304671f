// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace PumpStudio::Accounts {
class Session;
}

namespace PumpStudio {

class AuditFilterModel;
class AuditTableModel;

/// The Audit page: the trail as a table, filtered by time, user, pump and kind, its hash chain
/// verified on demand, exported as PDF (people) or CSV and JSON (machines); exports are
/// themselves written to the trail.
class AuditPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    explicit AuditPage(Accounts::Session &session, QWidget *parent = nullptr);
    ~AuditPage() override;

    AuditTableModel *model() const { return m_model; }
    AuditFilterModel *proxy() const { return m_proxy; }
    void reload();
    /// Verifies the chain and shows the result; true when intact.
    bool verify();
    /// Writes what is shown: "pdf", "csv" or "json" by the file's suffix.
    bool exportTo(const QString &path);
    QString verifyText() const;
    void setUserFilter(const QString &user);
    void setPumpFilter(const QString &pump);
    void setKindFilter(const QString &kind);

Q_SIGNALS:
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void exportChosen();

    Accounts::Session &m_session;
    AuditTableModel *m_model = nullptr;
    AuditFilterModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QCheckBox *m_useSince = nullptr;
    QDateTimeEdit *m_since = nullptr;
    QCheckBox *m_useUntil = nullptr;
    QDateTimeEdit *m_until = nullptr;
    QComboBox *m_user = nullptr;
    QLineEdit *m_pump = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_verify = nullptr;
};

} // namespace PumpStudio
