// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "recordspage.h"

#include "accounts/session.h"
#include "audit/audittrail.h"
#include "audit/recordseals.h"
#include "audit/signaturedialog.h"
#include "core/clocktext.h"
#include "monitor/trendchart.h"
#include "monitor/trendstore.h"
#include "monitor/recordchunkreader.h"
#include "records/csvexport.h"
#include "records/runcatalog.h"
#include "records/runlistmodel.h"
#include "records/runrecordreader.h"
#include "records/archiveview.h"
#include "records/backgroundexport.h"
#include "records/runreport.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QButtonGroup>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTableView>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

namespace {
// Raw chunks a replayed channel keeps in memory; the rest is read back from the record when a
// zoom needs single samples.
constexpr int kReplayRawChunks = 4;

struct LoadedChannel
{
    Records::ChannelInfo info;
    Monitor::MinMaxPyramid pyramid;
};

struct LoadedRun
{
    QString error;
    QByteArray contentHash;
    Records::RunInfo info;
    std::vector<LoadedChannel> channels;
};
} // namespace

RecordsPage::RecordsPage(QWidget *parent) : QWidget(parent), m_folder(Records::RunCatalog::defaultFolder())
{
    m_model = new RunListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(RunListModel::SortRole);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"recordSearch"_s);
    m_search->setPlaceholderText(tr("Search runs: operator, pump, date, file…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view = new QTableView(this);
    m_view->setObjectName(u"recordView"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RunListModel::Start, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(RunListModel::Pumps, QHeaderView::Stretch);
    connect(m_view, &QTableView::doubleClicked, this, &RecordsPage::openSelected);

    auto *open = new QPushButton(tr("Open"), this);
    auto *reload = new QPushButton(tr("Refresh"), this);
    auto *csv = new QPushButton(tr("Export CSV…"), this);
    auto *pdf = new QPushButton(tr("Run report (PDF)…"), this);
    auto *folder = new QPushButton(tr("Open folder"), this);
    auto *sign = new QPushButton(tr("Review and Sign…"), this);
    sign->setObjectName(u"reviewAndSign"_s);
    connect(sign, &QPushButton::clicked, this, &RecordsPage::reviewAndSign);
    connect(open, &QPushButton::clicked, this, &RecordsPage::openSelected);
    connect(reload, &QPushButton::clicked, this, &RecordsPage::refresh);
    connect(csv, &QPushButton::clicked, this, &RecordsPage::exportCsv);
    connect(pdf, &QPushButton::clicked, this, &RecordsPage::exportReport);
    connect(folder, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder)); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(open);
    top->addWidget(reload);
    top->addWidget(csv);
    top->addWidget(pdf);
    top->addWidget(folder);
    top->addWidget(sign);

    m_info = new QLabel(tr("Pick a run and press Open to replay it."), this);
    m_info->setObjectName(u"replayInfo"_s);
    m_info->setWordWrap(true);
    m_store = new Monitor::TrendStore(this);
    m_chart = new TrendChart(this);
    m_chart->setStore(m_store);

    auto *local = new QWidget(this);
    auto *localLayout = new QVBoxLayout(local);
    localLayout->setContentsMargins(0, 0, 0, 0);
    localLayout->addLayout(top);
    localLayout->addWidget(m_view);
    // "Local | Archive": the archive side is there once a lab network is given (setNetwork()).
    m_lists = new QStackedWidget(this);
    m_lists->addWidget(local);
    m_modeBar = new QWidget(this);
    auto *modeLayout = new QHBoxLayout(m_modeBar);
    modeLayout->setContentsMargins(0, 0, 0, 0);
    modeLayout->setSpacing(0);
    m_localMode = new QToolButton(m_modeBar);
    m_localMode->setObjectName(u"recordsLocal"_s);
    m_localMode->setText(tr("Local"));
    m_localMode->setToolTip(tr("The run records on this workstation"));
    m_archiveMode = new QToolButton(m_modeBar);
    m_archiveMode->setObjectName(u"recordsArchive"_s);
    m_archiveMode->setText(tr("Archive"));
    m_archiveMode->setToolTip(tr("The runs of every workstation in the shared archive"));
    auto *modes = new QButtonGroup(this);
    for (QToolButton *b : {m_localMode, m_archiveMode}) {
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setMinimumWidth(90);
        modes->addButton(b);
        modeLayout->addWidget(b);
    }
    modeLayout->addStretch(1);
    m_localMode->setChecked(true);
    connect(m_archiveMode, &QToolButton::toggled, this, &RecordsPage::showArchive);
    m_modeBar->setVisible(false);
    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_modeBar);
    listLayout->addWidget(m_lists);
    auto *replay = new QWidget(this);
    auto *replayLayout = new QVBoxLayout(replay);
    replayLayout->setContentsMargins(0, 0, 0, 0);
    replayLayout->addWidget(m_info);
    replayLayout->addWidget(m_chart, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(list);
    splitter->addWidget(replay);
    splitter->setSizes({300, 600});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

RecordsPage::~RecordsPage() = default;

void RecordsPage::setFolder(const QString &folder)
{
    m_folder = folder;
    if (m_archiveView)
        m_archiveView->setRecordsFolder(folder);
    refresh();
}

void RecordsPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void RecordsPage::refresh()
{
    m_model->setRuns(Records::RunCatalog::list(m_folder));
}

void RecordsPage::openSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    openRecord(rows.front().data(RunListModel::PathRole).toString());
}

void RecordsPage::openRecord(const QString &path)
{
    const int generation = ++m_loadGeneration;
    m_info->setText(tr("Loading %1…").arg(QFileInfo(path).fileName()));
    auto loaded = std::make_shared<LoadedRun>();
    // The summaries are built on a worker thread with its own connection: a 24 h record is
    // millions of samples, and the GUI must not wait for them.
    QThread *worker = QThread::create([path, loaded] {
        Records::RunRecordReader reader;
        if (auto opened = reader.open(path); !opened) {
            loaded->error = opened.error().message;
            return;
        }
        loaded->info = reader.runInfo();
        if (auto hash = reader.contentHash())
            loaded->contentHash = *hash;
        for (const Records::ChannelInfo &channel : reader.channels()) {
            LoadedChannel c;
            c.info = channel;
            c.pyramid.setRawChunksKept(kReplayRawChunks);
            const auto count = reader.sampleCount(channel.id);
            if (!count) {
                loaded->error = count.error().message;
                return;
            }
            const qint64 chunks = (*count + Records::kSamplesPerChunk - 1) / Records::kSamplesPerChunk;
            for (qint64 i = 0; i < chunks; ++i) {
                const auto samples = reader.chunk(channel.id, i);
                if (!samples) {
                    loaded->error = samples.error().message;
                    return;
                }
                c.pyramid.append(std::span<const Records::Sample>(samples->constData(), size_t(samples->size())));
            }
            loaded->channels.push_back(std::move(c));
        }
    });
    connect(worker, &QThread::finished, this, [this, worker, loaded, path, generation] {
        worker->deleteLater();
        if (generation != m_loadGeneration)
            return;  // another record was opened meanwhile
        // A record that cannot be opened leaves nothing of the one before on screen: a chart
        // under "Could not open" would be read as this record's.
        const auto clearView = [this] {
            m_reader.reset();
            m_openPath.clear();
            m_integrity.clear();
            m_contentHash.clear();
            m_chart->setStore(nullptr);
            m_store->clear();
            m_chart->setStore(m_store);
        };
        if (!loaded->error.isEmpty()) {
            clearView();
            m_info->setText(tr("Could not open %1: %2").arg(QFileInfo(path).fileName(), loaded->error));
            Q_EMIT replayFailed(path, loaded->error);
            return;
        }
        auto reader = std::make_unique<Records::RunRecordReader>();
        if (auto opened = reader->open(path); !opened) {
            clearView();
            m_info->setText(opened.error().message);
            Q_EMIT replayFailed(path, opened.error().message);
            return;
        }
        m_reader = std::move(reader);
        m_openPath = path;
        m_chart->setStore(nullptr);
        m_chunkReader.reset();  // the old record's reads: stopped, and their answers dropped
        m_store->clear();
        m_store->setLive(false);
        m_store->setStart(loaded->info.startUtc, loaded->info.utcOffsetSeconds);
        for (LoadedChannel &c : loaded->channels)
            m_store->addChannel(c.info.id, c.info.name, c.info.unit, c.info.quantity, std::move(c.pyramid), c.info.pumpConfigId);
        // Single samples come back from the record on a thread of their own: zooming in shows
        // the summary at once and the samples when they are read.
        m_chunkReader = std::make_unique<Monitor::RecordChunkReader>(path, m_store);
        connect(m_chunkReader.get(), &Monitor::RecordChunkReader::readFailed, this, [this](const QString &message) {
            m_info->setText(m_info->text() + u" "_s + tr("Single samples cannot be read back: %1").arg(message));
        });
        m_chart->setStore(m_store);
        m_chart->setWindow(TrendChart::Window::All);
        // Opening verifies the seal the trail keeps for this record.
        m_contentHash = loaded->contentHash;
        if (loaded->info.endReason == Records::EndReason::Unfinished) {
            m_integrity = tr("being recorded (sealed when it ends)");
        } else if (m_archiveView && path.startsWith(m_archiveView->cacheFolder() + u'/')) {
            // The copy's rows are the archive's; the seal stays with the workstation that recorded it.
            m_integrity = tr("a copy from the shared archive");
        } else if (m_session && !m_contentHash.isEmpty()) {
            const auto seal = Audit::sealFor(m_session->trail(), QFileInfo(path).fileName(), loaded->info.startUtc);
            m_integrity = seal ? Audit::judgeSeal(*seal, m_contentHash).text() : seal.error().message;
        } else {
            m_integrity = tr("not checked");
        }
        if (loaded->info.endReason == Records::EndReason::Interrupted)
            m_integrity = tr("interrupted (ended by a crash; what was recovered was sealed at the next start), %1").arg(m_integrity);
        m_info->setText(tr("%1: started %2, %3 long, operator %4. Integrity: %5. %6 Wheel to zoom, drag to pan.")
                            .arg(QFileInfo(path).fileName(),
                                 QLocale().toString(loaded->info.startUtc.toOffsetFromUtc(loaded->info.utcOffsetSeconds), u"yyyy-MM-dd HH:mm:ss"_s),
                                 elapsedClockText(double(m_store->lastTimeUs()) / 1e6),
                                 loaded->info.operatorName.isEmpty() ? tr("not set") : loaded->info.operatorName, m_integrity,
                                 signaturesText()));
        Q_EMIT replayLoaded(path);
    });
    worker->start();
}

void RecordsPage::exportCsv()
{
    if (m_session) {
        if (auto allowed = m_session->check(Accounts::Permission::ExportData); !allowed) {
            QMessageBox::warning(this, tr("Export CSV"), allowed.error().message);
            return;
        }
    }
    if (!m_reader) {
        QMessageBox::information(this, tr("Export CSV"), tr("Open a run first."));
        return;
    }
    const auto target = askCsvTarget(this, tr("Export CSV"), QFileInfo(m_openPath).completeBaseName() + u".csv"_s);
    if (!target)
        return;
    const QString path = target->path;
    Records::CsvExportOptions options = Records::defaultCsvOptions();
    options.layout = target->layout;
    options.t0Us = m_chart->visibleStartUs();  // what is on screen: the whole run unless zoomed
    options.t1Us = m_chart->visibleEndUs() + 1;
    exportCsvInBackground(this, m_openPath, path, options, [this, path](const ExportOutcome &outcome) {
        if (outcome.ok) {
            audit(tr("Run record exported as CSV to %1").arg(path));
            Q_EMIT statusMessage(outcome.message);
        } else if (outcome.error.code != Error::Code::Cancelled) {
            QMessageBox::warning(this, tr("Export CSV"), outcome.error.message);
        }
    });
}

void RecordsPage::exportReport()
{
    if (m_session) {
        if (auto allowed = m_session->check(Accounts::Permission::ExportData); !allowed) {
            QMessageBox::warning(this, tr("Run report"), allowed.error().message);
            return;
        }
    }
    if (!m_reader) {
        QMessageBox::information(this, tr("Run report"), tr("Open a run first."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Run report"), QFileInfo(m_openPath).completeBaseName() + u".pdf"_s,
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    ReportFigures figures = reportFigures(*m_store, m_chart->reportImage());
    figures.signoff.integrity = m_integrity;
    if (m_session)
        figures.signoff.signatures = m_session->trail().signatures(u"run:"_s + QFileInfo(m_openPath).fileName()).valueOr({});
    // Only signatures of exactly this content count.
    figures.signoff.signatures.removeIf([this](const Audit::Signature &s) { return s.contentHash != m_contentHash; });
    writeRunReportInBackground(this, m_openPath, path, std::move(figures), [this, path](const ExportOutcome &outcome) {
        if (outcome.ok) {
            audit(tr("Run report written to %1").arg(path));
            Q_EMIT statusMessage(outcome.message);
        } else if (outcome.error.code != Error::Code::Cancelled) {
            QMessageBox::warning(this, tr("Run report"), outcome.error.message);
        }
    });
}

void RecordsPage::setSession(Accounts::Session *session)
{
    m_session = session;
    if (m_archiveView)
        m_archiveView->setSession(session);
}

void RecordsPage::setNetwork(Services::LabNetwork *network, const QString &auditPath)
{
    if (m_archiveView || !network)
        return;
    m_archiveView = new ArchiveView(*network, this);
    m_archiveView->setLocalSources(m_folder, auditPath);
    m_archiveView->setSession(m_session);
    m_lists->addWidget(m_archiveView);
    m_modeBar->setVisible(true);
    connect(m_archiveView, &ArchiveView::recordFetched, this, &RecordsPage::openRecord);
    connect(m_archiveView, &ArchiveView::statusMessage, this, &RecordsPage::statusMessage);
}

void RecordsPage::showArchive(bool archive)
{
    if (archive && !m_archiveView)
        return;
    (archive ? m_archiveMode : m_localMode)->setChecked(true);
    m_lists->setCurrentIndex(archive ? 1 : 0);
}

bool RecordsPage::showsArchive() const
{
    return m_archiveView && m_lists->currentIndex() == 1;
}

void RecordsPage::audit(const QString &action)
{
    if (!m_session)
        return;
    Audit::AuditDraft draft;
    draft.kind = Audit::Kind::Export;
    draft.target = QFileInfo(m_openPath).fileName();
    draft.action = action;
    (void)m_session->record(draft);
}

QString RecordsPage::signaturesText() const
{
    if (!m_session || m_openPath.isEmpty())
        return {};
    QStringList lines;
    for (const Audit::Signature &s : m_session->trail().signatures(u"run:"_s + QFileInfo(m_openPath).fileName()).valueOr({})) {
        if (s.contentHash == m_contentHash)
            lines.append(s.text() + u'.');
    }
    return lines.join(u' ');
}

void RecordsPage::reviewAndSign()
{
    if (!m_reader || !m_session || m_contentHash.isEmpty()) {
        QMessageBox::information(this, tr("Review and Sign"), tr("Open a finished run first."));
        return;
    }
    if (m_archiveView && m_openPath.startsWith(m_archiveView->cacheFolder() + u'/')) {
        // A copy's content hash is not the sealed record's: a signature belongs on the original.
        QMessageBox::information(this, tr("Review and Sign"),
                                 tr("This is a copy from the shared archive. Sign the run on the workstation that recorded it."));
        return;
    }
    SignatureDialog dialog(*m_session, Audit::Meaning::Reviewed, u"run:"_s + QFileInfo(m_openPath).fileName(), m_contentHash,
                           tr("Run record %1").arg(QFileInfo(m_openPath).fileName()), this);
    if (dialog.exec() == QDialog::Accepted) {
        Q_EMIT statusMessage(dialog.signature()->text());
        // The signature is shown with the record from now on, not only at its next opening.
        m_info->setText(tr("%1 Signed: %2").arg(m_info->text(), signaturesText()));
    }
}

} // namespace PumpStudio
