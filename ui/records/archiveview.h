// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "archive/archivequery.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace PumpStudio::Accounts {
class Session;
}
namespace PumpStudio::Services {
class ArchiveService;
class LabNetwork;
}

namespace PumpStudio {

/// The Records page's "Archive" side: runs of every workstation in the shared archive, searched
/// by workstation, pump, operator, profile (the run's title) and date, and the "Push to archive"
/// of this workstation's records. Every query, copy and push runs on the archive service's
/// thread; an opened run is copied into a local cache as a record file and then replayed like
/// any other (recordFetched()).
class ArchiveView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveView)

public:
    ArchiveView(Services::LabNetwork &network, QWidget *parent = nullptr);
    ~ArchiveView() override;

    /// A push then needs the right to export data and is written to the session's audit trail.
    void setSession(Accounts::Session *session) { m_session = session; }
    /// The local records a push sends, and the audit trail that goes with them.
    void setLocalSources(const QString &recordsFolder, const QString &auditPath);
    void setRecordsFolder(const QString &recordsFolder) { m_recordsFolder = recordsFolder; }
    /// The calibration history a push sends (default: the data folder's).
    void setCalibrationPath(const QString &path) { m_calibrationPath = path; }
    /// Where opened runs are copied to (default: the cache folder's "archive").
    void setCacheFolder(const QString &folder) { m_cacheFolder = folder; }
    QString cacheFolder() const { return m_cacheFolder; }

    void search();
    void openSelected();
    void push();

    QStandardItemModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString statusText() const;
    Services::ArchiveService &service() const { return *m_service; }

Q_SIGNALS:
    void searchFinished(int runs, const QString &error);
    void recordFetched(const QString &path);
    void fetchFailed(const QString &message);
    void pushFinished(const QString &summary, const QString &error);
    void statusMessage(const QString &text);

private:
    bool useTarget();
    void setStatus(const QString &text, bool problem = false);
    void setBusy(bool busy);

    Services::LabNetwork &m_network;
    Accounts::Session *m_session = nullptr;
    QString m_pushTarget;   ///< the archive of the push in hand, without its password
    Services::ArchiveService *m_service = nullptr;
    QLineEdit *m_workstation = nullptr;
    QLineEdit *m_pump = nullptr;
    QLineEdit *m_operator = nullptr;
    QLineEdit *m_profile = nullptr;
    QCheckBox *m_useFrom = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_useTo = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_searchButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_pushButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QString m_recordsFolder;
    QString m_auditPath;
    QString m_calibrationPath;
    QString m_cacheFolder;
    quint64 m_searchToken = 0;
    quint64 m_fetchToken = 0;
    quint64 m_pushToken = 0;
};

} // namespace PumpStudio
