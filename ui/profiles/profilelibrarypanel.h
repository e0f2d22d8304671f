// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "profiles/profilelibrary.h"

#include <QWidget>

#include <vector>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace PumpStudio::Models {
class ModelRegistry;
}

namespace PumpStudio {

/// The library's profiles as a list, one item per file, with New, Duplicate, Delete, Import and
/// Export. Profiles are told apart by their file; the panel only reports what the user asked for.
class ProfileLibraryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileLibraryPanel)

public:
    explicit ProfileLibraryPanel(const Models::ModelRegistry &models, QWidget *parent = nullptr);
    ~ProfileLibraryPanel() override;

    /// Lists `entries` and selects the one in `current` (a file path; none if empty), without
    /// emitting profileChosen.
    void setEntries(const std::vector<Profiles::ProfileLibrary::Entry> &entries, const QString &current);
    /// Selects the item of `path` (none if empty or not listed) without emitting profileChosen.
    void setCurrent(const QString &path);
    /// The profile being edited has a file (Duplicate and Export apply) with this name.
    void setOpenProfile(const QString &path, const QString &name);
    /// The files listed that load, in the list's order.
    QStringList paths() const;

Q_SIGNALS:
    /// The user chose the profile in `path` from the list.
    void profileChosen(const QString &path);
    void newRequested();
    void duplicateRequested();
    void deleteRequested();
    /// The user picked `file` to add to the library.
    void importRequested(const QString &file);
    /// The user picked `file` to write the open profile to.
    void exportRequested(const QString &file);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QListWidget *m_list = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_duplicateButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    const Models::ModelRegistry &m_models;
    QString m_openName;
};

} // namespace PumpStudio
