// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "models/balanceregistry.h"

#include "core/logging.h"
#include "core/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio::Models {

void BalanceRegistry::load(const QString &bundledDir, const QString &userDir)
{
    m_models.clear();
    m_errors.clear();
    if (!bundledDir.isEmpty())
        loadDir(bundledDir);
    if (!userDir.isEmpty())
        loadDir(userDir);
    std::sort(m_models.begin(), m_models.end(), [](const BalanceModel &a, const BalanceModel &b) { return a.id < b.id; });
    for (const ModelLoadError &e : m_errors)
        Logging::get("models")->warn("{}", e.text());
}

void BalanceRegistry::loadDefault()
{
    load(u":/balances"_s, Paths::dataSubdir(u"balances"_s));
}

void BalanceRegistry::loadDir(const QString &dir)
{
    const QDir d(dir);
    for (const QString &name : d.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        const QString path = d.filePath(name);
        QFile file(path);
        ModelLoadError error;
        error.file = path;
        if (!file.open(QIODevice::ReadOnly)) {
            error.problem = QCoreApplication::translate("Models", "cannot be read: %1").arg(file.errorString());
            m_errors.push_back(error);
            continue;
        }
        auto model = parseBalanceModel(file.readAll(), path, &error);
        if (!model) {
            m_errors.push_back(error);
            continue;
        }
        const auto existing = std::find_if(m_models.begin(), m_models.end(), [&model](const BalanceModel &m) { return m.id == model->id; });
        if (existing != m_models.end())
            *existing = std::move(model).value();
        else
            m_models.push_back(std::move(model).value());
    }
}

const BalanceModel *BalanceRegistry::find(const QString &id) const
{
    const auto it = std::find_if(m_models.cbegin(), m_models.cend(), [&id](const BalanceModel &m) { return m.id == id; });
    return it == m_models.cend() ? nullptr : &*it;
}

} // namespace PumpStudio::Models
