// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "profileeditorpage.h"

#include "profiledryruncontrols.h"
#include "profileheaderform.h"
#include "profilelibrarypanel.h"
#include "profilepreviewchart.h"
#include "profilestepdelegate.h"
#include "profilestepmodel.h"

#include "models/modelregistry.h"
#include "profiles/precheck.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

using Profiles::Profile;
using Kind = Profiles::Step::Kind;

namespace {
const QColor kErrorColor(0xc0, 0x1c, 0x28);
const QColor kWarningColor(0xb3, 0x6b, 0x00);
const QColor kOkColor(0x26, 0x80, 0x3a);
constexpr int kPathRole = Qt::UserRole + 2;
} // namespace

ProfileEditorPage::ProfileEditorPage(const Models::ModelRegistry &models, Services::DryRunService &dryRuns, QWidget *parent)
    : QWidget(parent), m_models(models), m_dryRuns(dryRuns), m_library(Profiles::ProfileLibrary::atDefaultLocation())
{
    m_undo = new QUndoStack(this);
    m_model = new ProfileStepModel(m_undo, this);
    buildUi();
    retranslate();

    connect(m_model, &ProfileStepModel::profileChanged, this, &ProfileEditorPage::profileChanged);
    connect(m_model, &ProfileStepModel::editRefused, this, [this](const QString &why) { showMessage(why, Tone::Error); });
    connect(m_undo, &QUndoStack::cleanChanged, this, &ProfileEditorPage::updateTitle);
    setLibraryFolder(m_library.directory());
}

ProfileEditorPage::~ProfileEditorPage()
{
    // Children die after this body, when the page is only a QWidget any more; the undo stack
    // signals as it clears, and a slot of this class must not run then (UBSan saw it).
    for (QObject *child : findChildren<QObject *>())
        disconnect(child, nullptr, this, nullptr);
}

bool ProfileEditorPage::dryRunning() const
{
    return m_dryRun->running();
}

void ProfileEditorPage::startDryRun()
{
    m_dryRun->start(profile());
}

void ProfileEditorPage::buildUi()
{
    // Left: the library.
    m_libraryPanel = new ProfileLibraryPanel(m_models, this);

    // Right: the editor.
    m_title = new QLabel(this);
    m_title->setObjectName(u"profileTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_saveButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_saveButton);

    m_headerForm = new ProfileHeaderForm(m_models, this);

    // The step toolbar. Shortcuts act anywhere on this page, not in the rest of the window.
    auto *addMenu = new QMenu(this);
    for (const Kind kind : Profiles::kStepKinds) {
        QAction *action = addMenu->addAction(QString());
        action->setObjectName(u"add-"_s + Profiles::kindKey(kind));
        connect(action, &QAction::triggered, this, [this, kind] { addStep(kind); });
        m_addActions.emplace_back(kind, action);
    }
    m_addButton = new QToolButton(this);
    m_addButton->setObjectName(u"addStepButton"_s);
    m_addButton->setMenu(addMenu);
    m_addButton->setPopupMode(QToolButton::InstantPopup);
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_addButton->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));

    const auto makeAction = [this](const QString &name, QStyle::StandardPixmap icon) {
        auto *action = new QAction(style()->standardIcon(icon), QString(), this);
        action->setObjectName(name);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_removeAction = makeAction(u"removeStep"_s, QStyle::SP_TrashIcon);
    m_upAction = makeAction(u"moveStepUp"_s, QStyle::SP_ArrowUp);
    m_downAction = makeAction(u"moveStepDown"_s, QStyle::SP_ArrowDown);
    m_duplicateStepAction = makeAction(u"duplicateStep"_s, QStyle::SP_FileIcon);
    m_undoAction = makeAction(u"undo"_s, QStyle::SP_ArrowBack);
    m_redoAction = makeAction(u"redo"_s, QStyle::SP_ArrowForward);
    m_saveAction = makeAction(u"save"_s, QStyle::SP_DialogSaveButton);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_saveAction->setShortcut(QKeySequence::Save);
    m_upAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_downAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    m_duplicateStepAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));

    m_dryRun = new ProfileDryRunControls(m_models, m_dryRuns, this);
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->addWidget(m_addButton);
    toolbar->addActions({m_removeAction, m_upAction, m_downAction, m_duplicateStepAction});
    toolbar->addSeparator();
    toolbar->addActions({m_undoAction, m_redoAction});
    toolbar->addSeparator();
    toolbar->addWidget(m_dryRun);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(u"stepView"_s);
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new ProfileStepDelegate(m_tree));
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setMinimumSectionSize(60);
    // Delete removes the selected step, only while the table has the focus (line edits keep Delete).
    auto *deleteAction = new QAction(this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, m_removeAction, &QAction::trigger);

    m_message = new QLabel(this);
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *stepsPane = new QWidget(this);
    auto *stepsLayout = new QVBoxLayout(stepsPane);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    stepsLayout->addWidget(toolbar);
    stepsLayout->addWidget(m_tree, 1);
    stepsLayout->addWidget(m_message);

    m_chart = new ProfilePreviewChart(this);
    m_chart->setObjectName(u"previewChart"_s);
    m_totalsCaption = new QLabel(this);
    m_checkCaption = new QLabel(this);
    // Bold by font, not by markup in the text: translators never see (or break) tags.
    QFont captionFont = m_totalsCaption->font();
    captionFont.setBold(true);
    m_totalsCaption->setFont(captionFont);
    m_checkCaption->setFont(captionFont);
    m_totals = new QLabel(this);
    m_totals->setObjectName(u"totalsLabel"_s);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findings = new QListWidget(this);
    m_findings->setObjectName(u"findingsList"_s);
    m_findings->setWordWrap(true);
    m_findings->setTextElideMode(Qt::ElideNone);
    auto *checkPane = new QWidget(this);
    auto *checkLayout = new QVBoxLayout(checkPane);
    checkLayout->setContentsMargins(0, 0, 0, 0);
    checkLayout->addWidget(m_totalsCaption);
    checkLayout->addWidget(m_totals);
    checkLayout->addWidget(m_checkCaption);
    checkLayout->addWidget(m_findings, 1);

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_chart);
    bottom->addWidget(checkPane);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    bottom->setSizes({600, 400});
    bottom->setChildrenCollapsible(false);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(stepsPane);
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 1);
    vertical->setChildrenCollapsible(false);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(titleRow);
    rightLayout->addWidget(m_headerForm);
    rightLayout->addWidget(vertical, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_libraryPanel);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({220, 1000});
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(split);

    connect(m_libraryPanel, &ProfileLibraryPanel::profileChosen, this, &ProfileEditorPage::profileChosen);
    connect(m_libraryPanel, &ProfileLibraryPanel::newRequested, this, [this] { newProfile(); });
    connect(m_libraryPanel, &ProfileLibraryPanel::duplicateRequested, this, [this] { duplicateProfile(); });
    connect(m_libraryPanel, &ProfileLibraryPanel::deleteRequested, this, [this] { deleteProfile(); });
    connect(m_libraryPanel, &ProfileLibraryPanel::importRequested, this, [this](const QString &file) { importFile(file); });
    connect(m_libraryPanel, &ProfileLibraryPanel::exportRequested, this, [this](const QString &file) { exportTo(file); });
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_saveAction, &QAction::triggered, this, [this] { save(); });

    connect(m_headerForm, &ProfileHeaderForm::headerEdited, m_model, &ProfileStepModel::setHeader);
    connect(m_headerForm, &ProfileHeaderForm::editRefused, this, [this](const QString &why) { showMessage(why, Tone::Error); });

    connect(m_dryRun, &ProfileDryRunControls::dryRunRequested, this, &ProfileEditorPage::startDryRun);
    connect(m_dryRun, &ProfileDryRunControls::statusChanged, this, [this](const QString &text) { showMessage(text, Tone::Info); });
    connect(m_dryRun, &ProfileDryRunControls::traceReady, m_chart, &ProfilePreviewChart::setTrace);
    connect(m_dryRun, &ProfileDryRunControls::finished, this, &ProfileEditorPage::dryRunFinished);

    connect(m_removeAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_tree->currentIndex();
        if (!current.isValid())
            return;
        const QModelIndex parent = current.parent();
        const int row = current.row();
        m_model->removeStep(current);
        const int rows = m_model->rowCount(parent);
        if (rows > 0)
            selectStep(m_model->index(std::min(row, rows - 1), 0, parent));
        else
            selectStep(parent);
    });
    connect(m_upAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_tree->currentIndex();
        if (current.isValid() && m_model->moveStep(current, -1))
            selectStep(m_model->index(current.row() - 1, 0, current.parent()));
    });
    connect(m_downAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_tree->currentIndex();
        if (current.isValid() && m_model->moveStep(current, +1))
            selectStep(m_model->index(current.row() + 1, 0, current.parent()));
    });
    connect(m_duplicateStepAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_tree->currentIndex();
        if (current.isValid())
            selectStep(m_model->duplicateStep(current));
    });
    connect(m_undoAction, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, this, &ProfileEditorPage::updateActions);
    connect(m_undo, &QUndoStack::canRedoChanged, this, &ProfileEditorPage::updateActions);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProfileEditorPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        for (int row = first; row <= last; ++row)
            m_tree->expandRecursively(m_model->index(row, 0, parent));
    });
    connect(m_findings, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QModelIndex index = m_model->indexForPath(item->data(kPathRole).toString());
        if (index.isValid())
            selectStep(index);
    });
}

void ProfileEditorPage::retranslate()
{
    m_saveButton->setText(tr("Save"));
    m_saveButton->setToolTip(tr("Save to the library (Ctrl+S)"));
    m_saveAction->setText(tr("Save"));
    m_addButton->setText(tr("Add step"));
    for (const auto &[kind, action] : m_addActions)
        action->setText(tr("Add %1").arg(Profiles::kindText(kind)));
    m_removeAction->setText(tr("Remove"));
    m_removeAction->setToolTip(tr("Remove the selected step (Delete)"));
    m_upAction->setText(tr("Up"));
    m_upAction->setToolTip(tr("Move the selected step up (Ctrl+Up)"));
    m_downAction->setText(tr("Down"));
    m_downAction->setToolTip(tr("Move the selected step down (Ctrl+Down)"));
    m_duplicateStepAction->setText(tr("Duplicate"));
    m_duplicateStepAction->setToolTip(tr("Duplicate the selected step (Ctrl+D)"));
    m_undoAction->setText(tr("Undo"));
    m_undoAction->setToolTip(tr("Undo (Ctrl+Z)"));
    m_redoAction->setText(tr("Redo"));
    m_redoAction->setToolTip(tr("Redo (Ctrl+Shift+Z)"));
    m_addButton->setToolTip(tr("Add a step after the selected one; inside a repeat when a step in it is selected"));
    m_totalsCaption->setText(tr("Totals"));
    m_checkCaption->setText(tr("Pre-run check"));
    updateTitle();
    profileChanged();
}

void ProfileEditorPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_saveButton)
        retranslate();
    QWidget::changeEvent(event);
}

QMessageBox::StandardButton ProfileEditorPage::ask(const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
                                                   QMessageBox::StandardButton defaultButton)
{
    if (m_ask)
        return m_ask(title, text, buttons, defaultButton);
    return QMessageBox::question(this, title, text, buttons, defaultButton);
}

void ProfileEditorPage::setLibraryGuard(Profiles::ProfileLibrary::Guard guard)
{
    m_guard = std::move(guard);
    m_library.setGuard(m_guard);
}

void ProfileEditorPage::setLibraryFolder(const QString &folder)
{
    m_library = Profiles::ProfileLibrary(folder);
    m_library.setGuard(m_guard);
    refreshList();
    if (!openFirst())
        startNew();
}

bool ProfileEditorPage::openFirst()
{
    for (const QString &path : m_libraryPanel->paths()) {
        if (load(path))
            return true;
    }
    return false;
}

void ProfileEditorPage::refreshList()
{
    m_libraryPanel->setEntries(m_library.list(), m_openPath);
}

void ProfileEditorPage::profileChosen(const QString &path)
{
    if (path == m_openPath && !m_isNew)
        return;
    if (!maybeSave()) {
        m_libraryPanel->setCurrent(m_openPath);  // stay on the profile with the unsaved changes
        return;
    }
    if (!load(path))
        m_libraryPanel->setCurrent(m_openPath);
}

bool ProfileEditorPage::maybeSave()
{
    if (!isModified())
        return true;
    const QString name = m_model->header().name;
    const auto answer = ask(tr("Unsaved changes"), tr("The profile \"%1\" has changes that are not saved. Save them?").arg(name),
                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool ProfileEditorPage::load(const QString &path)
{
    auto profile = m_library.openFile(path);
    if (!profile) {
        showMessage(profile.error().message, Tone::Error);
        return false;
    }
    setEditing(*profile, path, false);
    return true;
}

void ProfileEditorPage::setEditing(const Profile &profile, const QString &path, bool isNew)
{
    m_openPath = path;
    m_openName = path.isEmpty() ? QString() : profile.name;
    m_isNew = isNew;
    m_message->clear();
    m_model->setProfile(profile);
    m_libraryPanel->setCurrent(path);
    if (m_model->rowCount() > 0)
        selectStep(m_model->index(0, 0));
    updateTitle();
    if (!path.isEmpty())
        Q_EMIT profileOpened(path);
}

bool ProfileEditorPage::newProfile()
{
    if (!maybeSave())
        return false;
    startNew();
    return true;
}

void ProfileEditorPage::startNew()
{
    Profile p;
    const QString base = tr("New profile");
    p.name = base;
    for (int n = 2; m_library.contains(p.name); ++n)
        p.name = u"%1 %2"_s.arg(base).arg(n);
    for (const Models::PumpModel &model : m_models.models()) {
        if (model.kind != Models::Kind::PressureSensor) {
            p.modelId = model.id;
            break;
        }
    }
    setEditing(p, {}, true);
    m_headerForm->focusName();
}

bool ProfileEditorPage::openProfile(const QString &path)
{
    if (!maybeSave())
        return false;
    return load(path);
}

bool ProfileEditorPage::save()
{
    const Profile p = m_model->profile();
    if (const auto problem = Profiles::validate(p)) {
        showMessage(tr("The profile was not saved: %1").arg(problem->text()), Tone::Error);
        if (problem->field == u"name")
            m_headerForm->focusName();
        return false;
    }
    // The open file keeps the profile; a new name is a rename, to a file named after it.
    const bool renamed = !m_openPath.isEmpty() && p.name != m_openName;
    const auto saved = m_library.saveFile(p, renamed ? QString() : m_openPath);
    if (!saved) {
        showMessage(saved.error().message, Tone::Error);
        return false;
    }
    if (renamed) {
        if (auto removed = m_library.removeFile(m_openPath); !removed)
            showMessage(removed.error().message, Tone::Error);
    }
    m_openPath = *saved;
    m_openName = p.name;
    m_isNew = false;
    m_undo->setClean();
    refreshList();
    updateTitle();
    showMessage(tr("Saved to %1.").arg(QDir::toNativeSeparators(*saved)), Tone::Info);
    return true;
}

bool ProfileEditorPage::duplicateProfile()
{
    if (!maybeSave())
        return false;
    if (m_openPath.isEmpty()) {
        showMessage(tr("Save the profile before duplicating it."), Tone::Error);
        return false;
    }
    const auto copy = m_library.duplicateFile(m_openPath);
    if (!copy) {
        showMessage(copy.error().message, Tone::Error);
        return false;
    }
    refreshList();
    return load(copy->path);
}

bool ProfileEditorPage::importFile(const QString &path)
{
    if (!maybeSave())
        return false;
    // A file refused here leaves the library and the profile being edited as they were.
    const auto imported = m_library.importFile(path);
    if (!imported) {
        showMessage(imported.error().message, Tone::Error);
        return false;
    }
    refreshList();
    if (!load(imported->path))
        return false;
    showMessage(tr("Imported %1 as \"%2\".").arg(QDir::toNativeSeparators(path), imported->name), Tone::Info);
    return true;
}

bool ProfileEditorPage::exportTo(const QString &path)
{
    // The file written is the library's copy: unsaved changes are saved (or dropped) first.
    if (!maybeSave())
        return false;
    if (m_openPath.isEmpty()) {
        showMessage(tr("Save the profile before exporting it."), Tone::Error);
        return false;
    }
    if (auto r = m_library.exportFile(m_openPath, path); !r) {
        showMessage(r.error().message, Tone::Error);
        return false;
    }
    showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), Tone::Info);
    return true;
}

bool ProfileEditorPage::deleteProfile()
{
    const QString name = m_openPath.isEmpty() ? m_model->header().name : m_openName;
    const auto answer = ask(tr("Delete profile"), tr("Delete the profile \"%1\"? This cannot be undone.").arg(name),
                            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    if (!m_openPath.isEmpty()) {
        if (auto r = m_library.removeFile(m_openPath); !r) {
            showMessage(r.error().message, Tone::Error);
            return false;
        }
    }
    m_openPath.clear();
    m_openName.clear();
    m_isNew = false;
    m_undo->setClean();  // nothing left to save
    refreshList();
    if (!openFirst())
        startNew();
    return true;
}

Profile ProfileEditorPage::profile() const
{
    return m_model->profile();
}

bool ProfileEditorPage::isModified() const
{
    return m_isNew || !m_undo->isClean();
}

QString ProfileEditorPage::totalsText() const
{
    return m_totals->text();
}

QStringList ProfileEditorPage::findingTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_findings->count(); ++i)
        texts.append(m_findings->item(i)->text());
    return texts;
}

QString ProfileEditorPage::messageText() const
{
    return m_message->text();
}

void ProfileEditorPage::addStep(Kind kind)
{
    selectStep(m_model->addStep(kind, m_tree->currentIndex()));
}

void ProfileEditorPage::selectStep(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index.siblingAtColumn(0));
    m_tree->scrollTo(index);
}

void ProfileEditorPage::profileChanged()
{
    const Profile p = m_model->profile();
    m_headerForm->setHeader(m_model->header());
    m_chart->setProfile(p);
    m_totals->setText(Profiles::totals(p).text());
    updateChecks(p);
    updateTitle();
    updateActions();
}

void ProfileEditorPage::updateChecks(const Profile &profile)
{
    m_findings->clear();
    const Profiles::PrecheckReport report = Profiles::precheck(profile, m_models);
    if (report.findings.empty()) {
        auto *item = new QListWidgetItem(tr("No problems found for this pump model."), m_findings);
        item->setForeground(kOkColor);
        item->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    }
    // Problems first, then the notes (roundings within the pump's accuracy) in the normal colour.
    for (const auto *list : {&report.findings, &report.notes}) {
        for (const Profiles::Finding &f : *list) {
            auto *item = new QListWidgetItem(tr("%1: %2").arg(Profiles::severityText(f.severity), f.message), m_findings);
            switch (f.severity) {
            case Profiles::Finding::Severity::Error:
                item->setForeground(kErrorColor);
                item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
                break;
            case Profiles::Finding::Severity::Warning:
                item->setForeground(kWarningColor);
                item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
                break;
            case Profiles::Finding::Severity::Note:
                item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxInformation));
                break;
            }
            item->setData(kPathRole, f.path);
            item->setToolTip(f.path.isEmpty() ? QString() : tr("Double-click to select step %1").arg(f.path));
        }
    }
}

void ProfileEditorPage::updateTitle()
{
    const bool modified = isModified();
    const QString name = m_model->header().name.isEmpty() ? tr("Untitled profile") : m_model->header().name;
    setWindowTitle(tr("%1[*]").arg(name));
    setWindowModified(modified);
    m_title->setText(modified ? tr("%1 *").arg(name) : name);
    m_title->setToolTip(modified ? tr("Changed since it was last saved") : QString());
    m_saveButton->setEnabled(modified);
    m_libraryPanel->setOpenProfile(m_openPath, m_openName);
    if (modified != m_wasModified) {
        m_wasModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

void ProfileEditorPage::updateActions()
{
    const QModelIndex current = m_tree->currentIndex();
    const int rows = current.isValid() ? m_model->rowCount(current.parent()) : 0;
    m_removeAction->setEnabled(current.isValid());
    m_duplicateStepAction->setEnabled(current.isValid());
    m_upAction->setEnabled(current.isValid() && current.row() > 0);
    m_downAction->setEnabled(current.isValid() && current.row() + 1 < rows);
    m_undoAction->setEnabled(m_undo->canUndo());
    m_redoAction->setEnabled(m_undo->canRedo());
}

void ProfileEditorPage::showMessage(const QString &text, Tone tone)
{
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, tone == Tone::Error ? kErrorColor : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    m_message->setText(text);
}

} // namespace PumpStudio
