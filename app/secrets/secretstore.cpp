// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "secrets/secretstore.h"

#include <QTimer>

#ifdef PUMPSTUDIO_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Secrets {

namespace {
#ifdef PUMPSTUDIO_HAVE_KEYCHAIN
Error jobError(const QKeychain::Job &job)
{
    return makeError(Error::Code::Unsupported, SecretStore::tr("The system keychain is not available: %1").arg(job.errorString()));
}
#else
Error notBuiltIn()
{
    return makeError(Error::Code::Unsupported, SecretStore::tr("This build of PumpStudio has no keychain support."));
}
#endif
} // namespace

SecretStore::SecretStore(QString service, QObject *parent) : QObject(parent), m_service(std::move(service)) {}

SecretStore::~SecretStore() = default;

bool SecretStore::isBuiltIn()
{
#ifdef PUMPSTUDIO_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

QString SecretStore::accountKey(const QString &kind, const QString &host, int port, const QString &user)
{
    return u"%1/%2:%3/%4"_s.arg(kind, host).arg(port).arg(user);
}

void SecretStore::read(const QString &key, std::function<void(Result<QString>)> done)
{
#ifdef PUMPSTUDIO_HAVE_KEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);  // never a plain-text file instead
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() == QKeychain::EntryNotFound)
            done(QString());
        else if (j->error() != QKeychain::NoError)
            done(jobError(*j));
        else
            done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
    });
    job->start();
#else
    Q_UNUSED(key);
    QTimer::singleShot(0, this, [done = std::move(done)] { done(notBuiltIn()); });
#endif
}

void SecretStore::write(const QString &key, const QString &password, std::function<void(Result<void>)> done)
{
#ifdef PUMPSTUDIO_HAVE_KEYCHAIN
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            done(jobError(*j));
        else
            done({});
    });
    job->start();
#else
    Q_UNUSED(key);
    Q_UNUSED(password);
    QTimer::singleShot(0, this, [done = std::move(done)] { done(notBuiltIn()); });
#endif
}

void SecretStore::remove(const QString &key, std::function<void(Result<void>)> done)
{
#ifdef PUMPSTUDIO_HAVE_KEYCHAIN
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            done(jobError(*j));
        else
            done({});
    });
    job->start();
#else
    Q_UNUSED(key);
    QTimer::singleShot(0, this, [done = std::move(done)] { done(notBuiltIn()); });
#endif
}

} // namespace PumpStudio::Secrets
