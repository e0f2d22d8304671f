// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "profiles/profile.h"
#include "profiles/profilelibrary.h"

#include <QMessageBox>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QToolButton;
class QTreeView;
class QUndoStack;

namespace PumpStudio::Models {
class ModelRegistry;
}

namespace PumpStudio::Services {
class DryRunService;
}

namespace PumpStudio {

class ProfileDryRunControls;
class ProfileHeaderForm;
class ProfileLibraryPanel;
class ProfilePreviewChart;
class ProfileStepModel;

/// The Profiles page: the library panel, and an editor for one profile (header form, steps,
/// a preview of the planned flow, totals and the pre-run check, updated as the user types, and
/// the dry-run controls). The page holds the library and the profile; its parts speak through
/// their signals. A profile is known by its file: names may repeat.
class ProfileEditorPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileEditorPage)

public:
    /// Asks the user a question (a message box by default; tests answer it themselves).
    using Asker = std::function<QMessageBox::StandardButton(const QString &title, const QString &text,
                                                            QMessageBox::StandardButtons buttons,
                                                            QMessageBox::StandardButton defaultButton)>;

    ProfileEditorPage(const Models::ModelRegistry &models, Services::DryRunService &dryRuns, QWidget *parent = nullptr);
    ~ProfileEditorPage() override;

    /// Uses the library in `folder` instead of the app data folder's, and opens its first profile.
    void setLibraryFolder(const QString &folder);
    QString libraryFolder() const { return m_library.directory(); }
    void setAsker(Asker asker) { m_ask = std::move(asker); }
    /// Who may change the library and who records it (the audit trail); kept across folders.
    void setLibraryGuard(Profiles::ProfileLibrary::Guard guard);

    /// Each of these asks about unsaved changes first, as the buttons do; false when cancelled or failed.
    bool newProfile();
    /// Opens the profile in `path`, a file of the library.
    bool openProfile(const QString &path);
    bool save();
    bool duplicateProfile();
    bool importFile(const QString &path);
    bool exportTo(const QString &path);
    bool deleteProfile();

    Profiles::Profile profile() const;
    /// The file of the open profile in the library; empty for a new profile not saved yet.
    QString openPath() const { return m_openPath; }
    /// The name the open profile has in its file; empty for a new profile not saved yet.
    QString openName() const { return m_openName; }
    bool isModified() const;
    ProfileStepModel *stepModel() const { return m_model; }
    ProfilePreviewChart *previewChart() const { return m_chart; }
    QUndoStack *undoStack() const { return m_undo; }
    QString totalsText() const;
    /// The pre-run check as listed: "error: Step 3 (dispense): ...".
    QStringList findingTexts() const;
    /// The last refusal, error or confirmation shown under the editor.
    QString messageText() const;
    /// Runs the profile against a simulated pump of its model, X times faster, on a worker
    /// thread, and draws what the pump did over the plan (dryRunFinished() when done).
    void startDryRun();
    bool dryRunning() const;

Q_SIGNALS:
    void modifiedChanged(bool modified);
    /// A profile was opened from the library: its file.
    void profileOpened(const QString &path);
    void dryRunFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Tone { Info, Error };

    void buildUi();
    void retranslate();
    void refreshList();
    void profileChosen(const QString &path);
    bool maybeSave();
    void startNew();
    bool load(const QString &path);
    bool openFirst();
    void setEditing(const Profiles::Profile &profile, const QString &path, bool isNew);
    void profileChanged();
    void updateTitle();
    void updateActions();
    void updateChecks(const Profiles::Profile &profile);
    void showMessage(const QString &text, Tone tone);
    void addStep(Profiles::Step::Kind kind);
    void selectStep(const QModelIndex &index);
    QMessageBox::StandardButton ask(const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
                                    QMessageBox::StandardButton defaultButton);

    const Models::ModelRegistry &m_models;
    Services::DryRunService &m_dryRuns;
    Profiles::ProfileLibrary m_library;
    Profiles::ProfileLibrary::Guard m_guard;
    QUndoStack *m_undo = nullptr;
    ProfileStepModel *m_model = nullptr;
    QString m_openPath;
    QString m_openName;
    bool m_isNew = false;
    bool m_wasModified = false;
    Asker m_ask;

    ProfileLibraryPanel *m_libraryPanel = nullptr;
    ProfileHeaderForm *m_headerForm = nullptr;
    ProfileDryRunControls *m_dryRun = nullptr;
    QLabel *m_title = nullptr;
    QPushButton *m_saveButton = nullptr;
    QToolButton *m_addButton = nullptr;
    std::vector<std::pair<Profiles::Step::Kind, QAction *>> m_addActions;
    QAction *m_removeAction = nullptr;
    QAction *m_upAction = nullptr;
    QAction *m_downAction = nullptr;
    QAction *m_duplicateStepAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_saveAction = nullptr;
    QTreeView *m_tree = nullptr;
    ProfilePreviewChart *m_chart = nullptr;
    QLabel *m_totalsCaption = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_checkCaption = nullptr;
    QListWidget *m_findings = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace PumpStudio
