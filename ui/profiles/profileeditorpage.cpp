// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "profileeditorpage.h"

#include "profilepreviewchart.h"
#include "profilestepdelegate.h"
#include "profilestepmodel.h"

#include "models/modelregistry.h"
#include "services/dryrunservice.h"
#include "profiles/precheck.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
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
constexpr Kind kKinds[] = {Kind::ConstantFlow, Kind::Dispense, Kind::Ramp, Kind::Pause, Kind::WaitForOperator, Kind::Repeat};
const QColor kErrorColor(0xc0, 0x1c, 0x28);
const QColor kWarningColor(0xb3, 0x6b, 0x00);
const QColor kOkColor(0x26, 0x80, 0x3a);
constexpr int kNameRole = Qt::UserRole + 1;
constexpr int kPathRole = Qt::UserRole + 2;
} // namespace

ProfileEditorPage::ProfileEditorPage(const Models::ModelRegistry &models, Services::DryRunService &dryRuns, QWidget *parent)
    : QWidget(parent), m_models(models), m_library(Profiles::ProfileLibrary::atDefaultLocation()), m_dryRuns(dryRuns)
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
    // A dry run of this page goes on to its end on its own thread; nobody listens any more.
    if (m_dryRunMine)
        m_dryRuns.abort();
}

bool ProfileEditorPage::dryRunning() const
{
    return m_dryRunMine && m_dryRuns.running();
}

void ProfileEditorPage::startDryRun()
{
    if (m_dryRuns.running())
        return;
    const Profiles::Profile plan = profile();
    if (Profiles::precheck(plan, m_models, Profiles::PumpSetup{}).hasErrors()) {
        m_message->setText(tr("Fix the errors of the pre-run check before a dry run."));
        return;
    }
    const int speedup = m_speedup->value();
    if (!m_dryRuns.start(plan, speedup))
        return;
    m_dryRunMine = true;
    m_dryRunAction->setEnabled(false);
    m_message->setText(tr("Dry run at %1x on a simulated %2…").arg(speedup).arg(plan.modelId));
    const double planned = Profiles::totals(plan).volumeMl;
    connect(&m_dryRuns, &Services::DryRunService::finished, this,
            [this, planned](Profiles::ProfileRunner::State state, const QString &message) {
                m_dryRunMine = false;
                // The trace came back as values: it is this thread's own copy.
                QList<QPointF> flow;
                double moved = 0;
                for (const Services::TracePoint &t : m_dryRuns.trace()) {
                    flow.append(QPointF(t.tS, t.flowMlPerMin));
                    moved = t.volumeMl;
                }
                m_chart->setTrace(flow);
                const bool ok = state == Profiles::ProfileRunner::State::Finished;
                m_message->setText(ok ? tr("Dry run finished: the simulated pump moved %1 mL of the %2 mL planned.")
                                            .arg(QLocale().toString(moved, 'f', 3), QLocale().toString(planned, 'f', 3))
                                      : tr("Dry run stopped: %1").arg(message));
                m_dryRunAction->setEnabled(true);
                Q_EMIT dryRunFinished(ok);
            }, Qt::SingleShotConnection);
}

void ProfileEditorPage::buildUi()
{
    // Left: the library.
    m_list = new QListWidget(this);
    m_list->setObjectName(u"profileList"_s);
    m_newButton = new QPushButton(this);
    m_newButton->setObjectName(u"newProfileButton"_s);
    m_duplicateButton = new QPushButton(this);
    m_importButton = new QPushButton(this);
    m_exportButton = new QPushButton(this);
    m_deleteButton = new QPushButton(this);
    m_deleteButton->setObjectName(u"deleteProfileButton"_s);
    auto *libraryButtons = new QGridLayout;
    libraryButtons->addWidget(m_newButton, 0, 0);
    libraryButtons->addWidget(m_duplicateButton, 0, 1);
    libraryButtons->addWidget(m_deleteButton, 0, 2);
    libraryButtons->addWidget(m_importButton, 1, 0);
    libraryButtons->addWidget(m_exportButton, 1, 1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(libraryButtons);

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

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"nameEdit"_s);
    m_modelBox = new QComboBox(this);
    m_modelBox->setObjectName(u"modelBox"_s);
    m_headBox = new QComboBox(this);
    m_headBox->setObjectName(u"headBox"_s);
    m_tubingBox = new QComboBox(this);
    m_tubingBox->setObjectName(u"tubingBox"_s);
    m_syringeBox = new QComboBox(this);
    m_syringeBox->setObjectName(u"syringeBox"_s);
    for (QComboBox *box : {m_modelBox, m_headBox, m_tubingBox, m_syringeBox})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_calibration = new QDoubleSpinBox(this);
    m_calibration->setObjectName(u"calibrationBox"_s);
    m_calibration->setRange(0, 100);
    m_calibration->setDecimals(4);
    m_calibration->setSingleStep(0.01);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setTabChangesFocus(true);
    // Two columns: what the profile is for on the left, calibration and notes on the right,
    // so the steps and the preview keep most of the height.
    m_form = new QFormLayout;
    m_sideForm = new QFormLayout;
    for (auto [form, field] : {std::pair{m_form, static_cast<QWidget *>(m_name)}, {m_form, m_modelBox}, {m_form, m_headBox},
                               {m_form, m_tubingBox}, {m_form, m_syringeBox}, {m_sideForm, m_calibration}, {m_sideForm, m_notes}}) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        form->addRow(label, field);
    }
    m_notes->setMinimumHeight(m_notes->fontMetrics().lineSpacing() * 2 + 12);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 5 + 12);
    m_sideForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    // The step toolbar. Shortcuts act anywhere on this page, not in the rest of the window.
    auto *addMenu = new QMenu(this);
    for (const Kind kind : kKinds) {
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

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->addWidget(m_addButton);
    toolbar->addActions({m_removeAction, m_upAction, m_downAction, m_duplicateStepAction});
    toolbar->addSeparator();
    toolbar->addActions({m_undoAction, m_redoAction});
    toolbar->addSeparator();
    m_speedup = new QSpinBox(this);
    m_speedup->setObjectName(u"dryRunSpeedup"_s);
    m_speedup->setRange(1, 100);
    m_speedup->setValue(20);
    m_speedup->setSuffix(u"x"_s);
    toolbar->addWidget(m_speedup);
    m_dryRunAction = new QAction(this);
    m_dryRunAction->setObjectName(u"dryRunAction"_s);
    toolbar->addAction(m_dryRunAction);
    connect(m_dryRunAction, &QAction::triggered, this, &ProfileEditorPage::startDryRun);

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
    auto *headerRow = new QHBoxLayout;
    headerRow->addLayout(m_form, 3);
    headerRow->addLayout(m_sideForm, 2);
    rightLayout->addLayout(headerRow);
    rightLayout->addWidget(vertical, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({220, 1000});
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(split);

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) { listSelectionChanged(current); });
    connect(m_newButton, &QPushButton::clicked, this, [this] { newProfile(); });
    connect(m_duplicateButton, &QPushButton::clicked, this, [this] { duplicateProfile(); });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteProfile(); });
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import profile"), {}, tr("Profiles (*.json)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export profile"), m_openName + u".json"_s, tr("Profiles (*.json)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_saveAction, &QAction::triggered, this, [this] { save(); });

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) { editHeader([&](Profile &p) { p.name = text; }); });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_notes->toPlainText();
        editHeader([&](Profile &p) { p.notes = text; });
    });
    connect(m_modelBox, &QComboBox::activated, this, [this] {
        const QString id = m_modelBox->currentData().toString();
        editHeader([&](Profile &p) {
            if (p.modelId == id)
                return;
            // Another model's heads, tubing and syringes mean nothing here: back to its defaults.
            p.modelId = id;
            p.headId.clear();
            p.tubingId.clear();
            p.syringeId.clear();
        });
    });
    connect(m_headBox, &QComboBox::activated, this, [this] {
        const QString id = m_headBox->currentData().toString();
        editHeader([&](Profile &p) {
            if (p.headId != id)
                p.tubingId.clear();
            p.headId = id;
        });
    });
    connect(m_tubingBox, &QComboBox::activated, this, [this] {
        const QString id = m_tubingBox->currentData().toString();
        editHeader([&](Profile &p) { p.tubingId = id; });
    });
    connect(m_syringeBox, &QComboBox::activated, this, [this] {
        const QString id = m_syringeBox->currentData().toString();
        editHeader([&](Profile &p) { p.syringeId = id; });
    });
    connect(m_calibration, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        editHeader([&](Profile &p) { p.mlPerRev = value > 0 ? std::optional<double>(value) : std::nullopt; });
    });

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
    m_newButton->setText(tr("New"));
    m_newButton->setToolTip(tr("Start a new profile"));
    m_duplicateButton->setText(tr("Duplicate"));
    m_duplicateButton->setToolTip(tr("Save a copy of this profile under a new name"));
    m_deleteButton->setText(tr("Delete"));
    m_importButton->setText(tr("Import..."));
    m_importButton->setToolTip(tr("Add a profile file to the library"));
    m_exportButton->setText(tr("Export..."));
    m_exportButton->setToolTip(tr("Write this profile to a file anywhere"));
    m_saveButton->setText(tr("Save"));
    m_saveButton->setToolTip(tr("Save to the library (Ctrl+S)"));
    m_saveAction->setText(tr("Save"));

    const auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field)))
            l->setText(text);
    };
    label(m_name, tr("Name:"));
    label(m_modelBox, tr("Pump model:"));
    label(m_headBox, tr("Pump head:"));
    label(m_tubingBox, tr("Tubing:"));
    label(m_syringeBox, tr("Syringe:"));
    const auto sideLabel = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_sideForm->labelForField(field)))
            l->setText(text);
    };
    sideLabel(m_calibration, tr("Calibration:"));
    sideLabel(m_notes, tr("Notes:"));
    m_calibration->setSpecialValueText(tr("nominal (from the tubing)"));
    m_calibration->setSuffix(tr(" mL/rev"));
    m_calibration->setToolTip(tr("The measured mL per revolution, replacing the tubing's nominal figure; 0 to use the nominal one"));

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
    m_dryRunAction->setText(tr("Dry run"));
    m_dryRunAction->setToolTip(tr("Run the profile on a simulated pump of this model, this many times faster, and draw what it did over the plan"));
    m_speedup->setToolTip(tr("How many times faster than real time the dry run goes"));
    m_addButton->setToolTip(tr("Add a step after the selected one; inside a repeat when a step in it is selected"));
    m_totalsCaption->setText(tr("Totals"));
    m_checkCaption->setText(tr("Pre-run check"));
    updateTitle();
    profileChanged();
}

void ProfileEditorPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_newButton)
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

void ProfileEditorPage::setLibraryFolder(const QString &folder)
{
    m_library = Profiles::ProfileLibrary(folder);
    refreshList();
    for (int i = 0; i < m_list->count(); ++i) {
        const QString name = m_list->item(i)->data(kNameRole).toString();
        if (!name.isEmpty() && load(name))
            return;
    }
    startNew();
}

void ProfileEditorPage::refreshList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const auto &entry : m_library.list()) {
        auto *item = new QListWidgetItem(m_list);
        if (entry.error) {
            item->setText(tr("%1 (cannot be read)").arg(QFileInfo(entry.path).fileName()));
            item->setToolTip(entry.error->message);
            item->setForeground(kErrorColor);
            item->setFlags(Qt::ItemIsEnabled);
            continue;
        }
        item->setText(entry.name);
        item->setData(kNameRole, entry.name);
        const Models::PumpModel *model = m_models.find(entry.modelId);
        item->setToolTip(model ? model->displayName : entry.modelId);
    }
    selectListItem(m_openName);
}

void ProfileEditorPage::selectListItem(const QString &name)
{
    const QSignalBlocker blocker(m_list);
    m_list->setCurrentItem(nullptr);
    for (int i = 0; i < m_list->count(); ++i) {
        if (!name.isEmpty() && m_list->item(i)->data(kNameRole).toString() == name) {
            m_list->setCurrentRow(i);
            return;
        }
    }
    m_list->clearSelection();
}

void ProfileEditorPage::listSelectionChanged(QListWidgetItem *current)
{
    const QString name = current ? current->data(kNameRole).toString() : QString();
    if (name.isEmpty() || (name == m_openName && !m_isNew))
        return;
    if (!maybeSave()) {
        selectListItem(m_openName);  // stay on the profile with the unsaved changes
        return;
    }
    load(name);
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

bool ProfileEditorPage::load(const QString &name)
{
    auto profile = m_library.open(name);
    if (!profile) {
        showMessage(profile.error().message, Tone::Error);
        return false;
    }
    setEditing(*profile, name, false);
    return true;
}

void ProfileEditorPage::setEditing(const Profile &profile, const QString &openName, bool isNew)
{
    m_openName = openName;
    m_isNew = isNew;
    m_message->clear();
    m_model->setProfile(profile);
    selectListItem(openName);
    if (m_model->rowCount() > 0)
        selectStep(m_model->index(0, 0));
    updateTitle();
    if (!openName.isEmpty())
        Q_EMIT profileOpened(openName);
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
    m_name->setFocus();
    m_name->selectAll();
}

bool ProfileEditorPage::openProfile(const QString &name)
{
    if (!maybeSave())
        return false;
    return load(name);
}

bool ProfileEditorPage::save()
{
    const Profile p = m_model->profile();
    if (p.name.trimmed().isEmpty()) {
        showMessage(tr("The profile needs a name before it can be saved."), Tone::Error);
        m_name->setFocus();
        return false;
    }
    if (p.name != m_openName && m_library.contains(p.name)) {
        const auto answer = ask(tr("Replace profile"), tr("A profile named \"%1\" exists. Replace it?").arg(p.name),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
    }
    const auto saved = m_library.save(p);
    if (!saved) {
        showMessage(saved.error().message, Tone::Error);
        return false;
    }
    // A new name is a rename: the file under the old name goes.
    if (!m_openName.isEmpty() && m_openName != p.name && m_library.contains(m_openName)) {
        if (auto removed = m_library.remove(m_openName); !removed)
            showMessage(removed.error().message, Tone::Error);
    }
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
    if (m_openName.isEmpty()) {
        showMessage(tr("Save the profile before duplicating it."), Tone::Error);
        return false;
    }
    const auto copy = m_library.duplicate(m_openName);
    if (!copy) {
        showMessage(copy.error().message, Tone::Error);
        return false;
    }
    refreshList();
    return load(copy->name);
}

bool ProfileEditorPage::importFile(const QString &path)
{
    if (!maybeSave())
        return false;
    const auto imported = m_library.importFile(path);
    if (!imported) {
        showMessage(imported.error().message, Tone::Error);
        return false;
    }
    refreshList();
    if (!load(imported->name))
        return false;
    showMessage(tr("Imported %1 as \"%2\".").arg(QDir::toNativeSeparators(path), imported->name), Tone::Info);
    return true;
}

bool ProfileEditorPage::exportTo(const QString &path)
{
    // The file written is the library's copy: unsaved changes are saved (or dropped) first.
    if (!maybeSave())
        return false;
    if (m_openName.isEmpty()) {
        showMessage(tr("Save the profile before exporting it."), Tone::Error);
        return false;
    }
    if (auto r = m_library.exportTo(m_openName, path); !r) {
        showMessage(r.error().message, Tone::Error);
        return false;
    }
    showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), Tone::Info);
    return true;
}

bool ProfileEditorPage::deleteProfile()
{
    const QString name = m_openName.isEmpty() ? m_model->header().name : m_openName;
    const auto answer = ask(tr("Delete profile"), tr("Delete the profile \"%1\"? This cannot be undone.").arg(name),
                            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    if (!m_openName.isEmpty()) {
        if (auto r = m_library.remove(m_openName); !r) {
            showMessage(r.error().message, Tone::Error);
            return false;
        }
    }
    m_openName.clear();
    m_isNew = false;
    m_undo->setClean();  // nothing left to save
    refreshList();
    for (int i = 0; i < m_list->count(); ++i) {
        const QString next = m_list->item(i)->data(kNameRole).toString();
        if (!next.isEmpty() && load(next))
            return true;
    }
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

void ProfileEditorPage::editHeader(const std::function<void(Profile &)> &change)
{
    Profile header = m_model->header();
    change(header);
    m_model->setHeader(header);
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
    syncHeader();
    m_chart->setProfile(p);
    m_totals->setText(Profiles::totals(p).text());
    updateChecks(p);
    updateTitle();
    updateActions();
}

void ProfileEditorPage::syncHeader()
{
    const Profile header = m_model->header();
    if (m_name->text() != header.name) {
        const QSignalBlocker blocker(m_name);
        m_name->setText(header.name);
    }
    if (m_notes->toPlainText() != header.notes) {
        const QSignalBlocker blocker(m_notes);
        m_notes->setPlainText(header.notes);
    }
    if (m_calibration->value() != header.mlPerRev.value_or(0)) {
        const QSignalBlocker blocker(m_calibration);
        m_calibration->setValue(header.mlPerRev.value_or(0));
    }
    fillModelBoxes(header);
}

void ProfileEditorPage::fillModelBoxes(const Profile &header)
{
    const QSignalBlocker b1(m_modelBox), b2(m_headBox), b3(m_tubingBox), b4(m_syringeBox);
    m_modelBox->clear();
    for (const Models::PumpModel &model : m_models.models()) {
        if (model.kind != Models::Kind::PressureSensor)
            m_modelBox->addItem(model.displayName, model.id);
    }
    if (m_modelBox->findData(header.modelId) < 0)
        m_modelBox->addItem(tr("%1 (unknown model)").arg(header.modelId), header.modelId);
    m_modelBox->setCurrentIndex(m_modelBox->findData(header.modelId));

    const Models::PumpModel *model = m_models.find(header.modelId);
    const bool peristaltic = model && model->kind == Models::Kind::Peristaltic;
    const bool syringe = model && model->kind == Models::Kind::Syringe;

    // An empty id is the model's default, named so the user sees what that is.
    const auto fill = [this](QComboBox *box, const QString &defaultName, const QList<std::pair<QString, QString>> &options,
                             const QString &current) {
        box->clear();
        box->addItem(defaultName.isEmpty() ? tr("model default") : tr("model default (%1)").arg(defaultName), QString());
        for (const auto &[id, name] : options)
            box->addItem(name, id);
        if (box->findData(current) < 0)
            box->addItem(tr("%1 (not in this model)").arg(current), current);
        box->setCurrentIndex(box->findData(current));
        box->setEnabled(box->count() > 1);
    };

    QList<std::pair<QString, QString>> heads, tubing, syringes;
    QString defaultHead, defaultTubing, defaultSyringe;
    if (model) {
        for (const auto &h : model->heads)
            heads.append({h.id, h.name});
        if (const auto *h = model->head(model->defaultHead))
            defaultHead = h->name;
        const Models::HeadOption *head = model->head(header.headId.isEmpty() ? model->defaultHead : header.headId);
        if (head) {
            for (const auto &t : head->tubing)
                tubing.append({t.id, tr("%1 (%2 mL/rev)").arg(t.name, Profiles::numberText(t.mlPerRev))});
            for (const auto &t : head->tubing) {
                if (t.id == head->defaultTubing)
                    defaultTubing = t.name;
            }
        }
        for (const auto &s : model->syringes)
            syringes.append({s.id, s.name});
        if (const auto *s = model->syringe(model->defaultSyringe))
            defaultSyringe = s->name;
    }
    fill(m_headBox, defaultHead, heads, header.headId);
    fill(m_tubingBox, defaultTubing, tubing, header.tubingId);
    fill(m_syringeBox, defaultSyringe, syringes, header.syringeId);
    // Only what this kind of pump has: heads and tubing, or syringes.
    m_form->setRowVisible(m_headBox, !syringe);
    m_form->setRowVisible(m_tubingBox, !syringe);
    m_sideForm->setRowVisible(m_calibration, !syringe);
    m_form->setRowVisible(m_syringeBox, syringe || (!peristaltic && !header.syringeId.isEmpty()));  // an unknown model keeps what the file named
}

void ProfileEditorPage::updateChecks(const Profile &profile)
{
    m_findings->clear();
    const Profiles::PrecheckReport report = Profiles::precheck(profile, m_models);
    for (const Profiles::Finding &f : report.findings) {
        auto *item = new QListWidgetItem(tr("%1: %2").arg(Profiles::severityText(f.severity), f.message), m_findings);
        const bool error = f.severity == Profiles::Finding::Severity::Error;
        item->setForeground(error ? kErrorColor : kWarningColor);
        item->setIcon(style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
        item->setData(kPathRole, f.path);
        item->setToolTip(f.path.isEmpty() ? QString() : tr("Double-click to select step %1").arg(f.path));
    }
    if (report.findings.empty()) {
        auto *item = new QListWidgetItem(tr("No problems found for this pump model."), m_findings);
        item->setForeground(kOkColor);
        item->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
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
    m_exportButton->setEnabled(!m_openName.isEmpty());
    m_duplicateButton->setEnabled(!m_openName.isEmpty());
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
