// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace PumpStudio::Accounts {
class Session;
}

namespace PumpStudio {

class ProfileEditorPage;

/// Over the profile editor: whether the profile, exactly as it is saved, is approved (by whom,
/// when, meaning), or that an edit withdrew its approval; and the button to approve it.
class ApprovalBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalBar)

public:
    ApprovalBar(Accounts::Session &session, ProfileEditorPage &page, QWidget *parent = nullptr);
    ~ApprovalBar() override;

    QString text() const;
    void refresh();

private:
    void approve();

    Accounts::Session &m_session;
    ProfileEditorPage &m_page;
    QLabel *m_label = nullptr;
    QPushButton *m_approve = nullptr;
};

} // namespace PumpStudio
