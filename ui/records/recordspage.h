// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QToolButton;
class QTableView;

namespace PumpStudio::Monitor {
class RecordChunkReader;
class TrendStore;
}
namespace PumpStudio::Records {
class RunRecordReader;
}
namespace PumpStudio::Accounts {
class Session;
}
namespace PumpStudio::Services {
class LabNetwork;
}

namespace PumpStudio {

class ArchiveView;
class RunListModel;
class TrendChart;

/// Past runs: a sortable, searchable list of the record files, and a replay of the chosen run in
/// the chart (zoom and pan down to single samples, read back from the record on a reader thread)
/// with CSV, image and PDF report export.
class RecordsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordsPage)

public:
    explicit RecordsPage(QWidget *parent = nullptr);
    ~RecordsPage() override;

    /// Opening a record then verifies its seal against the session's audit trail, exports are
    /// audited, and a reviewer can sign the run.
    void setSession(Accounts::Session *session);
    /// The open record's seal as shown: "verified", "changed after it was finished", ...
    QString integrityText() const { return m_integrity; }
    /// Signs the open record as reviewed (the signature dialog).
    void reviewAndSign();
    /// Adds the "Local | Archive" switch: the archive side searches the shared archive and opens
    /// its runs with the same chart and report (ArchiveView).
    void setNetwork(Services::LabNetwork *network, const QString &auditPath);
    ArchiveView *archiveView() const { return m_archiveView; }
    /// Shows the local records (false) or the archive (true).
    void showArchive(bool archive);
    bool showsArchive() const;
    void setFolder(const QString &folder);
    QString folder() const { return m_folder; }
    void refresh();
    /// Loads a record for replay on a worker thread; replayLoaded() or replayFailed() follow.
    void openRecord(const QString &path);
    TrendChart *chart() const { return m_chart; }
    RunListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QString openPath() const { return m_openPath; }

Q_SIGNALS:
    void replayLoaded(const QString &path);
    void replayFailed(const QString &path, const QString &message);
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void openSelected();
    void exportCsv();
    void exportReport();

    QString m_folder;
    RunListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_info = nullptr;
    QWidget *m_modeBar = nullptr;
    QToolButton *m_localMode = nullptr;
    QToolButton *m_archiveMode = nullptr;
    QStackedWidget *m_lists = nullptr;
    ArchiveView *m_archiveView = nullptr;
    TrendChart *m_chart = nullptr;
    Monitor::TrendStore *m_store = nullptr;
    std::unique_ptr<Records::RunRecordReader> m_reader;  ///< for the CSV export and the run report
    std::unique_ptr<Monitor::RecordChunkReader> m_chunkReader;    ///< serves raw chunks to the replay, off the GUI thread
    QString m_openPath;
    int m_loadGeneration = 0;
    Accounts::Session *m_session = nullptr;
    QString m_integrity;
    QByteArray m_contentHash;
    /// The record's signatures, as the report prints them.
    QString signaturesText() const;
    void audit(const QString &action);
};

} // namespace PumpStudio
