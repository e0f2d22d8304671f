// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "services/dryrunservice.h"

#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Services {

DryRunService::DryRunService(const Models::ModelRegistry &models, QObject *parent)
    : QObject(parent), m_models(models), m_thread(new QThread(this))
{
    m_thread->setObjectName(u"dry-run"_s);
    m_thread->start();
}

DryRunService::~DryRunService()
{
    // The program ends. The worker is aborted and deleted on its own thread, and that thread
    // quits from there once it has done so: nothing of it posts back here, so the wait is bounded.
    if (m_worker) {
        m_worker->disconnect(this);
        QMetaObject::invokeMethod(m_worker, [w = m_worker] {
            w->abort();
            delete w;  // on its own thread, outside any of its callbacks
            QThread::currentThread()->quit();
        }, Qt::QueuedConnection);
        m_worker = nullptr;
    } else {
        m_thread->quit();
    }
    m_thread->wait();
}

bool DryRunService::start(const Profiles::Profile &profile, double speedup)
{
    if (m_worker)
        return false;
    m_trace.clear();
    m_worker = new DryRun(m_models, profile, speedup);
    m_worker->moveToThread(m_thread);
    connect(m_worker, &DryRun::traced, this, [this](const QList<TracePoint> &points) {
        m_trace.append(points);
        Q_EMIT traceUpdated();
    });
    connect(m_worker, &DryRun::finished, this, [this](Profiles::ProfileRunner::State state, const QString &message) {
        // The worker has ended its run: it is deleted on its thread, when control has left it.
        m_worker->disconnect(this);
        m_worker->deleteLater();
        m_worker = nullptr;
        Q_EMIT finished(state, message);
    });
    QMetaObject::invokeMethod(m_worker, [w = m_worker] {
        if (auto started = w->start(); !started)
            Q_EMIT w->finished(Profiles::ProfileRunner::State::Failed, started.error().message);
    }, Qt::QueuedConnection);
    return true;
}

void DryRunService::abort()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &DryRun::abort, Qt::QueuedConnection);
}

} // namespace PumpStudio::Services
