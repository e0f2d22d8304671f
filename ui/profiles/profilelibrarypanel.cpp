// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "profilelibrarypanel.h"

#include "models/modelregistry.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

namespace {
const QColor kErrorColor(0xc0, 0x1c, 0x28);
constexpr int kPathRole = Qt::UserRole + 1;
} // namespace

ProfileLibraryPanel::ProfileLibraryPanel(const Models::ModelRegistry &models, QWidget *parent)
    : QWidget(parent), m_models(models)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(u"profileList"_s);
    m_newButton = new QPushButton(this);
    m_newButton->setObjectName(u"newProfileButton"_s);
    m_duplicateButton = new QPushButton(this);
    m_importButton = new QPushButton(this);
    m_exportButton = new QPushButton(this);
    m_deleteButton = new QPushButton(this);
    m_deleteButton->setObjectName(u"deleteProfileButton"_s);
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_newButton, 0, 0);
    buttons->addWidget(m_duplicateButton, 0, 1);
    buttons->addWidget(m_deleteButton, 0, 2);
    buttons->addWidget(m_importButton, 1, 0);
    buttons->addWidget(m_exportButton, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        const QString path = current ? current->data(kPathRole).toString() : QString();
        if (!path.isEmpty())
            Q_EMIT profileChosen(path);
    });
    connect(m_newButton, &QPushButton::clicked, this, &ProfileLibraryPanel::newRequested);
    connect(m_duplicateButton, &QPushButton::clicked, this, &ProfileLibraryPanel::duplicateRequested);
    connect(m_deleteButton, &QPushButton::clicked, this, &ProfileLibraryPanel::deleteRequested);
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Import profile"), {}, tr("Profiles (*.json)"));
        if (!file.isEmpty())
            Q_EMIT importRequested(file);
    });
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export profile"), m_openName + u".json"_s, tr("Profiles (*.json)"));
        if (!file.isEmpty())
            Q_EMIT exportRequested(file);
    });
    retranslate();
    setOpenProfile({}, {});
}

ProfileLibraryPanel::~ProfileLibraryPanel()
{
    // Clearing the list as it dies must not report a choice.
    for (QObject *child : findChildren<QObject *>())
        disconnect(child, nullptr, this, nullptr);
}

void ProfileLibraryPanel::setEntries(const std::vector<Profiles::ProfileLibrary::Entry> &entries, const QString &current)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const auto &entry : entries) {
        auto *item = new QListWidgetItem(m_list);
        if (entry.error) {
            item->setText(tr("%1 (cannot be read)").arg(QFileInfo(entry.path).fileName()));
            item->setToolTip(entry.error->message);
            item->setForeground(kErrorColor);
            item->setFlags(Qt::ItemIsEnabled);
            continue;
        }
        item->setText(entry.label);
        item->setData(kPathRole, entry.path);
        const Models::PumpModel *model = m_models.find(entry.modelId);
        item->setToolTip(model ? model->displayName : entry.modelId);
    }
    setCurrent(current);
}

void ProfileLibraryPanel::setCurrent(const QString &path)
{
    const QSignalBlocker blocker(m_list);
    m_list->setCurrentItem(nullptr);
    for (int i = 0; i < m_list->count(); ++i) {
        if (!path.isEmpty() && m_list->item(i)->data(kPathRole).toString() == path) {
            m_list->setCurrentRow(i);
            return;
        }
    }
    m_list->clearSelection();
}

void ProfileLibraryPanel::setOpenProfile(const QString &path, const QString &name)
{
    m_openName = name;
    m_exportButton->setEnabled(!path.isEmpty());
    m_duplicateButton->setEnabled(!path.isEmpty());
}

QStringList ProfileLibraryPanel::paths() const
{
    QStringList paths;
    for (int i = 0; i < m_list->count(); ++i) {
        const QString path = m_list->item(i)->data(kPathRole).toString();
        if (!path.isEmpty())
            paths.append(path);
    }
    return paths;
}

void ProfileLibraryPanel::retranslate()
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
}

void ProfileLibraryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_newButton)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace PumpStudio
