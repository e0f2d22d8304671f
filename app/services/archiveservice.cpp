// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "services/archiveservice.h"

#include "archive/archiveconnection.h"
#include "archive/archivefetch.h"
#include "core/logging.h"

#include <memory>

namespace PumpStudio::Services {

/// Lives on the archive thread: the connection is opened, used and closed there only.
class ArchiveService::Worker final : public QObject
{
public:
    Result<void> ensureOpen()
    {
        if (m_connection && m_connection->isOpen() && !m_targetChanged)
            return {};
        m_connection = std::make_unique<Archive::ArchiveConnection>();
        m_targetChanged = false;
        if (auto r = m_connection->open(m_url, m_password); !r) {
            m_connection.reset();
            return r;
        }
        return {};
    }
    /// After an error that is the server's, the next job connects again.
    template <typename T>
    void forgetOnDisconnect(const Result<T> &r)
    {
        if (!r && r.error().code == Error::Code::Disconnected)
            m_connection.reset();
    }

    std::unique_ptr<Archive::ArchiveConnection> m_connection;
    Archive::ArchiveUrl m_url;
    QString m_password;
    bool m_targetChanged = true;
};

ArchiveService::ArchiveService(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<PumpStudio::Archive::PushReport>();
    m_thread.setObjectName(QStringLiteral("archive"));
    m_worker = new Worker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

ArchiveService::~ArchiveService()
{
    m_thread.quit();
    m_thread.wait();
}

template <typename Fn>
quint64 ArchiveService::post(Fn fn)
{
    const quint64 token = ++m_lastToken;
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, fn = std::move(fn), token] { fn(*w, token); }, Qt::QueuedConnection);
    return token;
}

void ArchiveService::done()
{
    if (--m_pending == 0)
        Q_EMIT busyChanged(false);
}

void ArchiveService::setTarget(const Archive::ArchiveUrl &url, const QString &password)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, url, password] {
        // The same archive keeps its connection (the URL never holds the password: it is apart).
        if (w->m_url.toString() == url.toString() && w->m_url.options == url.options && w->m_password == password)
            return;
        w->m_url = url;
        w->m_password = password;
        w->m_targetChanged = true;
    }, Qt::QueuedConnection);
}

quint64 ArchiveService::search(const Archive::RunFilter &filter)
{
    return post([this, filter](Worker &w, quint64 token) {
        QList<Archive::ArchivedRun> runs;
        QString error;
        if (auto r = w.ensureOpen(); !r) {
            error = r.error().message;
        } else {
            auto listed = Archive::listRuns(*w.m_connection, filter);
            w.forgetOnDisconnect(listed);
            if (listed)
                runs = *listed;
            else
                error = listed.error().message;
        }
        QMetaObject::invokeMethod(this, [this, token, runs, error] {
            done();
            Q_EMIT searched(token, runs, error);
        }, Qt::QueuedConnection);
    });
}

quint64 ArchiveService::fetch(const QUuid &run, const QString &folder)
{
    return post([this, run, folder](Worker &w, quint64 token) {
        QString path;
        QString error;
        if (auto r = w.ensureOpen(); !r) {
            error = r.error().message;
        } else {
            auto fetched = Archive::fetchRun(*w.m_connection, run, folder);
            w.forgetOnDisconnect(fetched);
            if (fetched)
                path = *fetched;
            else
                error = fetched.error().message;
        }
        QMetaObject::invokeMethod(this, [this, token, path, error] {
            done();
            Q_EMIT fetched(token, path, error);
        }, Qt::QueuedConnection);
    });
}

quint64 ArchiveService::push(const QString &recordsFolder, const QString &auditPath, const QString &calibrationPath)
{
    return post([this, recordsFolder, auditPath, calibrationPath](Worker &w, quint64 token) {
        Archive::PushReport report;
        QString error;
        if (auto r = w.ensureOpen(); !r) {
            error = r.error().message;
        } else {
            Archive::PushOptions options;
            options.recordsFolder = recordsFolder;
            options.auditPath = auditPath;
            options.calibrationPath = calibrationPath;
            options.progress = [this, token](const Archive::PushProgress &p) {
                QMetaObject::invokeMethod(this, [this, token, p] { Q_EMIT pushProgress(token, p.file, p.chunksSent, p.chunksToSend); },
                                          Qt::QueuedConnection);
            };
            auto pushed = Archive::pushAll(*w.m_connection, options);
            w.forgetOnDisconnect(pushed);
            if (pushed)
                report = *pushed;
            else
                error = pushed.error().message;
        }
        Logging::get("archive")->info("push: {} run(s) sent, {} already archived{}", report.runsSent, report.runsAlreadyArchived,
                                      error.isEmpty() ? QString() : QStringLiteral("; stopped: ") + error);
        QMetaObject::invokeMethod(this, [this, token, report, error] {
            done();
            Q_EMIT pushed(token, report, error);
        }, Qt::QueuedConnection);
    });
}

} // namespace PumpStudio::Services
