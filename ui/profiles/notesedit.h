// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QPlainTextEdit>

namespace PumpStudio {

/// The profile's notes: text pasted or dropped is cut to what a profile may hold before it is
/// laid out, because laying out megabytes on one line holds the GUI thread for minutes.
class NotesEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotesEdit)

public:
    explicit NotesEdit(QWidget *parent = nullptr);

Q_SIGNALS:
    /// Text pasted or dropped was cut to fit; `message` says so and names the limit.
    void insertionCut(const QString &message);

protected:
    void insertFromMimeData(const QMimeData *source) override;
};

} // namespace PumpStudio
