// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "logpage.h"

#include "logmodel.h"

#include "core/logging.h"
#include "core/memorysink.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <chrono>

using namespace std::chrono_literals;

namespace PumpStudio {

/// Filters log rows with the core's logEntryMatches().
class LogFilterModel final : public QSortFilterProxyModel
{
public:
    explicit LogFilterModel(QObject *parent) : QSortFilterProxyModel(parent) {}

    void setCriteria(LogLevel minLevel, const QString &text)
    {
        m_minLevel = minLevel;
        m_text = text;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &) const override
    {
        const auto *model = static_cast<const LogModel *>(sourceModel());
        return logEntryMatches(model->entry(sourceRow), m_minLevel, m_text);
    }

private:
    LogLevel m_minLevel = LogLevel::Trace;
    QString m_text;
};

namespace {
constexpr auto kPullInterval = 250ms;
}

LogPage::LogPage(QWidget *parent) : QWidget(parent)
{
    m_model = new LogModel(Logging::memorySink(), this);
    m_filter = new LogFilterModel(this);
    m_filter->setSourceModel(m_model);

    m_level = new QComboBox(this);
    m_level->addItem(tr("Trace and above"), static_cast<int>(LogLevel::Trace));
    m_level->addItem(tr("Debug and above"), static_cast<int>(LogLevel::Debug));
    m_level->addItem(tr("Info and above"), static_cast<int>(LogLevel::Info));
    m_level->addItem(tr("Warnings and errors"), static_cast<int>(LogLevel::Warning));
    m_level->addItem(tr("Errors only"), static_cast<int>(LogLevel::Error));
    m_level->setCurrentIndex(0);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search messages and subsystems"));
    m_search->setClearButtonEnabled(true);
    m_follow = new QCheckBox(tr("Follow new lines"), this);
    m_follow->setChecked(true);
    auto *copy = new QPushButton(tr("Copy"), this);
    copy->setToolTip(tr("Copy the selected lines, or all visible lines when none is selected"));
    auto *clear = new QPushButton(tr("Clear"), this);
    clear->setToolTip(tr("Clear this view; the log file keeps everything"));
    auto *openFolder = new QPushButton(tr("Open Log Folder"), this);
    const QString logFile = Logging::logFilePath();
    openFolder->setEnabled(!logFile.isEmpty());
    openFolder->setToolTip(logFile.isEmpty() ? tr("Logging to a file is off") : logFile);

    m_view = new QTableView(this);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(LogModel::Time, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(LogModel::Level, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(LogModel::Subsystem, QHeaderView::ResizeToContents);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_level);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_follow);
    bar->addWidget(copy);
    bar->addWidget(clear);
    bar->addWidget(openFolder);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    const auto applyFilter = [this] {
        m_filter->setCriteria(static_cast<LogLevel>(m_level->currentData().toInt()), m_search->text());
    };
    connect(m_level, &QComboBox::currentIndexChanged, this, applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, applyFilter);
    connect(copy, &QPushButton::clicked, this, &LogPage::copySelection);
    connect(clear, &QPushButton::clicked, m_model, &LogModel::clear);
    connect(openFolder, &QPushButton::clicked, this, [logFile] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(logFile).absolutePath()));
    });

    m_timer = new QTimer(this);
    m_timer->setInterval(kPullInterval);
    connect(m_timer, &QTimer::timeout, this, &LogPage::pull);
    m_timer->start();
    pull();
}

LogPage::~LogPage() = default;

int LogPage::visibleRowCount() const
{
    return m_filter->rowCount();
}

void LogPage::pull()
{
    if (m_model->refresh() > 0 && m_follow->isChecked())
        m_view->scrollToBottom();
}

void LogPage::copySelection()
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        for (int row = 0; row < m_filter->rowCount(); ++row)
            rows.append(m_filter->index(row, 0));
    }
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (const QModelIndex &index : std::as_const(rows)) {
        const LogEntry &e = m_model->entry(m_filter->mapToSource(index).row());
        lines.append(QStringLiteral("%1 %2 [%3] %4")
                         .arg(e.time.toString(Qt::ISODateWithMs), logLevelName(e.level), e.subsystem, e.message));
    }
    QApplication::clipboard()->setText(lines.join(u'\n'));
}

} // namespace PumpStudio
