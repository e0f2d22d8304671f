// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "archive/archivepush.h"
#include "archive/archivequery.h"
#include "archive/archiveurl.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

namespace PumpStudio::Services {

/// The shared archive for the GUI: every query, fetch and push runs on a thread of its own with
/// its own connection (a QSqlDatabase connection is used only on the thread that opened it),
/// one job after the other; answers come back as signals on the caller's thread, each with the
/// token its call returned. Nothing here blocks the caller; destroying it waits for the job in
/// hand (pushes are resumable, so a closed program's next push goes on where this one was).
class ArchiveService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveService)

public:
    explicit ArchiveService(QObject *parent = nullptr);
    ~ArchiveService() override;

    /// The archive the next job connects to (the connection is made again when it changed).
    void setTarget(const Archive::ArchiveUrl &url, const QString &password);
    /// Runs matching `filter`, newest first: searched() follows.
    quint64 search(const Archive::RunFilter &filter);
    /// Writes run `run` as a record file into `folder` (Archive::fetchRun): fetched() follows.
    quint64 fetch(const QUuid &run, const QString &folder);
    /// Sends what the archive lacks (Archive::pushAll: run records, calibrations, audit entries):
    /// pushProgress() while it runs, then pushed().
    quint64 push(const QString &recordsFolder, const QString &auditPath, const QString &calibrationPath);
    bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    void searched(quint64 token, const QList<PumpStudio::Archive::ArchivedRun> &runs, const QString &error);
    void fetched(quint64 token, const QString &path, const QString &error);
    void pushProgress(quint64 token, const QString &file, qint64 chunksSent, qint64 chunksToSend);
    void pushed(quint64 token, const PumpStudio::Archive::PushReport &report, const QString &error);
    void busyChanged(bool busy);

private:
    class Worker;
    template <typename Fn>
    quint64 post(Fn fn);
    void done();

    QThread m_thread;
    Worker *m_worker = nullptr;
    quint64 m_lastToken = 0;
    int m_pending = 0;
};

} // namespace PumpStudio::Services

Q_DECLARE_METATYPE(PumpStudio::Archive::PushReport)
