// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace PumpStudio::Archive {

/// One step of the archive's schema (docs/archive.md). Steps are applied in order, each once,
/// inside one transaction with the row that records it in schema_migration; never edited once
/// released: a change is a new step.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

/// Every step, oldest first.
const QList<Migration> &migrations();
/// The newest version this program knows.
int latestSchemaVersion();

/// Brings the database up to latestSchemaVersion() (under an advisory lock, so two workstations
/// connecting at once do not both migrate). The version it is at afterwards; an error when the
/// database is newer than this program (nothing is written then).
Result<int> applyMigrations(QSqlDatabase &db);

} // namespace PumpStudio::Archive
