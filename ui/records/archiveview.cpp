// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "records/archiveview.h"

#include "accounts/session.h"
#include "audit/auditentry.h"
#include "calibration/calibrationstore.h"
#include "records/recordtypes.h"
#include "services/archiveservice.h"
#include "services/labnetwork.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

namespace {
enum Column { Start, Workstation, Operator, Pumps, Title, Samples, Ended, ColumnCount };
constexpr int kUuidRole = Qt::UserRole + 1;
constexpr int kSortRole = Qt::UserRole + 2;

QLineEdit *filterEdit(QWidget *parent, const QString &name, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}
} // namespace

ArchiveView::ArchiveView(Services::LabNetwork &network, QWidget *parent)
    : QWidget(parent), m_network(network), m_service(new Services::ArchiveService(this)),
      m_calibrationPath(Calibration::CalibrationStore::defaultPath()),
      m_cacheFolder(QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(u"archive"_s))
{
    setObjectName(u"archiveView"_s);
    m_workstation = filterEdit(this, u"archiveWorkstation"_s, tr("Workstation"));
    m_pump = filterEdit(this, u"archivePump"_s, tr("Pump"));
    m_operator = filterEdit(this, u"archiveOperator"_s, tr("Operator"));
    m_profile = filterEdit(this, u"archiveProfile"_s, tr("Profile or title"));
    m_useFrom = new QCheckBox(tr("From"), this);
    m_useFrom->setObjectName(u"archiveUseFrom"_s);
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_from->setObjectName(u"archiveFrom"_s);
    m_from->setCalendarPopup(true);
    m_useTo = new QCheckBox(tr("To"), this);
    m_useTo->setObjectName(u"archiveUseTo"_s);
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(u"archiveTo"_s);
    m_to->setCalendarPopup(true);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);

    m_searchButton = new QPushButton(tr("Search"), this);
    m_searchButton->setObjectName(u"archiveSearch"_s);
    m_searchButton->setDefault(true);
    m_openButton = new QPushButton(tr("Open"), this);
    m_openButton->setObjectName(u"archiveOpen"_s);
    m_pushButton = new QPushButton(tr("Push to Archive"), this);
    m_pushButton->setObjectName(u"archivePush"_s);
    m_pushButton->setToolTip(tr("Send this workstation's finished runs and audit entries that the archive does not have yet."));
    connect(m_searchButton, &QPushButton::clicked, this, &ArchiveView::search);
    connect(m_openButton, &QPushButton::clicked, this, &ArchiveView::openSelected);
    connect(m_pushButton, &QPushButton::clicked, this, &ArchiveView::push);
    for (QLineEdit *edit : {m_workstation, m_pump, m_operator, m_profile})
        connect(edit, &QLineEdit::returnPressed, this, &ArchiveView::search);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Start"), tr("Workstation"), tr("Operator"), tr("Pumps"), tr("Title"), tr("Samples"), tr("Ended")});
    m_model->setSortRole(kSortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(u"archiveRuns"_s);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(Pumps, QHeaderView::Stretch);
    connect(m_view, &QTableView::doubleClicked, this, &ArchiveView::openSelected);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"archiveProgress"_s);
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(220);
    m_status = new QLabel(this);
    m_status->setObjectName(u"archiveStatus"_s);
    m_status->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_workstation, 1);
    filters->addWidget(m_pump, 1);
    filters->addWidget(m_operator, 1);
    filters->addWidget(m_profile, 1);
    filters->addWidget(m_useFrom);
    filters->addWidget(m_from);
    filters->addWidget(m_useTo);
    filters->addWidget(m_to);
    filters->addWidget(m_searchButton);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_progress);
    actions->addWidget(m_openButton);
    actions->addWidget(m_pushButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);

    connect(m_service, &Services::ArchiveService::busyChanged, this, &ArchiveView::setBusy);
    connect(m_service, &Services::ArchiveService::searched, this,
            [this](quint64 token, const QList<Archive::ArchivedRun> &runs, const QString &error) {
                if (token != m_searchToken)
                    return;
                if (!error.isEmpty()) {
                    setStatus(tr("The archive cannot be searched: %1").arg(error), true);
                    Q_EMIT searchFinished(0, error);
                    return;
                }
                m_model->removeRows(0, m_model->rowCount());
                const QLocale locale;
                for (const Archive::ArchivedRun &r : runs) {
                    QList<QStandardItem *> row;
                    const auto item = [&row](const QString &text, const QVariant &sort) {
                        auto *i = new QStandardItem(text);
                        i->setData(sort, kSortRole);
                        row.append(i);
                    };
                    const QDateTime start = r.startUtc.toLocalTime();
                    item(locale.toString(start, QLocale::ShortFormat), r.startUtc);
                    item(r.workstation, r.workstation);
                    item(r.operatorName, r.operatorName);
                    item(r.pumps.join(u", "_s), r.pumps.join(u", "_s));
                    item(r.title, r.title);
                    item(locale.toString(r.samples), r.samples);
                    const QString ended = Records::endReasonText(Records::endReasonFromToken(r.endReason));
                    item(ended, ended);
                    row.constFirst()->setData(r.uuid, kUuidRole);
                    row.constFirst()->setToolTip(r.fileName);
                    m_model->appendRow(row);
                }
                m_view->sortByColumn(Start, Qt::DescendingOrder);
                m_view->resizeColumnsToContents();
                setStatus(runs.isEmpty() ? tr("No archived run matches.") : tr("%n archived run(s).", nullptr, int(runs.size())));
                Q_EMIT searchFinished(int(runs.size()), {});
            });
    connect(m_service, &Services::ArchiveService::fetched, this, [this](quint64 token, const QString &path, const QString &error) {
        if (token != m_fetchToken)
            return;
        if (!error.isEmpty()) {
            setStatus(tr("The run cannot be opened: %1").arg(error), true);
            Q_EMIT fetchFailed(error);
            return;
        }
        setStatus(tr("Opened from the archive."));
        Q_EMIT recordFetched(path);
    });
    connect(m_service, &Services::ArchiveService::pushProgress, this,
            [this](quint64 token, const QString &file, qint64 sent, qint64 toSend) {
                if (token != m_pushToken)
                    return;
                m_progress->setRange(0, int(qMin<qint64>(toSend, INT_MAX)));
                m_progress->setValue(int(qMin<qint64>(sent, INT_MAX)));
                setStatus(tr("Pushing %1…").arg(file));
            });
    connect(m_service, &Services::ArchiveService::pushed, this,
            [this](quint64 token, const Archive::PushReport &report, const QString &error) {
                if (token != m_pushToken)
                    return;
                m_progress->setVisible(false);
                const QString summary = tr("%n run(s) sent", nullptr, report.runsSent)
                                        + tr(", %1 already archived, %2 still being written; %3 calibration(s) and %4 audit entries sent.")
                                              .arg(report.runsAlreadyArchived)
                                              .arg(report.runsUnfinished)
                                              .arg(report.calibrationsSent)
                                              .arg(report.auditEntries);
                if (!error.isEmpty())
                    setStatus(tr("The push stopped: %1. Pushing again goes on from there.").arg(error), true);
                else if (!report.problems.isEmpty())
                    setStatus(summary + u' ' + tr("Not sent: %1").arg(report.problems.join(u"; "_s)), true);
                else
                    setStatus(summary);
                if (m_session && (report.runsSent + report.calibrationsSent + report.auditEntries > 0 || !error.isEmpty())) {
                    // Records leaving the workstation are an export: written to the trail (and
                    // that entry goes with the next push).
                    Audit::AuditDraft draft;
                    draft.kind = Audit::Kind::Export;
                    draft.target = m_pushTarget;
                    draft.action = error.isEmpty() ? tr("Pushed to the archive: %1").arg(summary)
                                                   : tr("Push to the archive stopped: %1").arg(error);
                    draft.details = QJsonObject{{u"runsSent"_s, report.runsSent},
                                                {u"calibrationsSent"_s, report.calibrationsSent},
                                                {u"auditEntries"_s, qint64(report.auditEntries)}};
                    (void)m_session->record(draft);
                }
                Q_EMIT pushFinished(summary, error);
                Q_EMIT statusMessage(error.isEmpty() ? summary : m_status->text());
                if (error.isEmpty())
                    search();
            });
    connect(&m_network, &Services::LabNetwork::settingsChanged, this, [this] {
        if (!m_network.archiveTarget())
            setStatus(m_network.archiveTarget().error().message, true);
        else
            setStatus({});
    });
    if (auto target = m_network.archiveTarget(); !target)
        setStatus(target.error().message, true);
    setBusy(false);
}

ArchiveView::~ArchiveView() = default;

void ArchiveView::setLocalSources(const QString &recordsFolder, const QString &auditPath)
{
    m_recordsFolder = recordsFolder;
    m_auditPath = auditPath;
}

QString ArchiveView::statusText() const
{
    return m_status->text();
}

void ArchiveView::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? u"color: #c62828;"_s : QString());
}

void ArchiveView::setBusy(bool busy)
{
    m_searchButton->setEnabled(!busy);
    m_openButton->setEnabled(!busy);
    m_pushButton->setEnabled(!busy);
}

bool ArchiveView::useTarget()
{
    auto target = m_network.archiveTarget();
    if (!target) {
        setStatus(target.error().message, true);
        return false;
    }
    m_service->setTarget(target->first, target->second);
    return true;
}

void ArchiveView::search()
{
    if (!useTarget())
        return;
    Archive::RunFilter filter;
    filter.workstation = m_workstation->text().trimmed();
    filter.pump = m_pump->text().trimmed();
    filter.operatorName = m_operator->text().trimmed();
    filter.text = m_profile->text().trimmed();
    if (m_useFrom->isChecked())
        filter.from = m_from->date().startOfDay();
    if (m_useTo->isChecked())
        filter.to = m_to->date().addDays(1).startOfDay();  // the whole of the last day
    setStatus(tr("Searching the archive…"));
    m_searchToken = m_service->search(filter);
}

void ArchiveView::openSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(Start);
    if (rows.isEmpty()) {
        setStatus(tr("Pick an archived run first."), true);
        return;
    }
    if (!useTarget())
        return;
    const QUuid uuid = rows.constFirst().data(kUuidRole).toUuid();
    setStatus(tr("Copying the run from the archive…"));
    m_fetchToken = m_service->fetch(uuid, QDir(m_cacheFolder).filePath(uuid.toString(QUuid::WithoutBraces)));
}

void ArchiveView::push()
{
    if (m_session) {
        if (auto r = m_session->check(Accounts::Permission::ExportData); !r) {
            setStatus(r.error().message, true);
            return;
        }
    }
    if (!useTarget())
        return;
    m_pushTarget = m_network.archiveTarget()->first.toString();
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    setStatus(tr("Pushing to the archive…"));
    m_pushToken = m_service->push(m_recordsFolder, m_auditPath, m_calibrationPath);
}

} // namespace PumpStudio
