// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "profiles/profile.h"
#include "profiles/profilelibrary.h"

#include <QMessageBox>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSpinBox;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
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

class ProfilePreviewChart;
class ProfileStepModel;

/// The Profiles page: the library's profiles, and an editor for one of them with its steps,
/// a preview of the planned flow, totals and the pre-run check, updated as the user types.
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

    /// Each of these asks about unsaved changes first, as the buttons do; false when cancelled or failed.
    bool newProfile();
    bool openProfile(const QString &name);
    bool save();
    bool duplicateProfile();
    bool importFile(const QString &path);
    bool exportTo(const QString &path);
    bool deleteProfile();

    Profiles::Profile profile() const;
    /// The name the profile has in the library; empty for a new profile not saved yet.
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
    void profileOpened(const QString &name);
    void dryRunFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Tone { Info, Error };

    void buildUi();
    void retranslate();
    void refreshList();
    void selectListItem(const QString &name);
    void listSelectionChanged(QListWidgetItem *current);
    bool maybeSave();
    void startNew();
    bool load(const QString &name);
    void setEditing(const Profiles::Profile &profile, const QString &openName, bool isNew);
    void profileChanged();
    void syncHeader();
    void fillModelBoxes(const Profiles::Profile &header);
    void updateTitle();
    void updateActions();
    void updateChecks(const Profiles::Profile &profile);
    void showMessage(const QString &text, Tone tone);
    void editHeader(const std::function<void(Profiles::Profile &)> &change);
    void addStep(Profiles::Step::Kind kind);
    void selectStep(const QModelIndex &index);
    QMessageBox::StandardButton ask(const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
                                    QMessageBox::StandardButton defaultButton);

    const Models::ModelRegistry &m_models;
    Profiles::ProfileLibrary m_library;
    QUndoStack *m_undo = nullptr;
    ProfileStepModel *m_model = nullptr;
    QString m_openName;
    bool m_isNew = false;
    bool m_wasModified = false;
    Asker m_ask;

    QListWidget *m_list = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_duplicateButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QLabel *m_title = nullptr;
    QPushButton *m_saveButton = nullptr;
    QFormLayout *m_form = nullptr;
    QFormLayout *m_sideForm = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_modelBox = nullptr;
    QComboBox *m_headBox = nullptr;
    QComboBox *m_tubingBox = nullptr;
    QComboBox *m_syringeBox = nullptr;
    QDoubleSpinBox *m_calibration = nullptr;
    QPlainTextEdit *m_notes = nullptr;
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
    QAction *m_dryRunAction = nullptr;
    QSpinBox *m_speedup = nullptr;
    Services::DryRunService &m_dryRuns;
    bool m_dryRunMine = false;  ///< the dry run going on was started from this page
};

} // namespace PumpStudio
