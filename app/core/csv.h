// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QByteArray>
#include <QChar>
#include <QStringList>

#include <vector>

namespace PumpStudio {

/// One CSV record and the (1-based) line it starts on.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
    QString error;  ///< set for malformed records (an unterminated quote)
};

/// A parsed CSV text: good records, malformed ones, and the delimiter that was detected.
struct CsvTable
{
    QChar delimiter = u',';
    std::vector<CsvRecord> records;
    std::vector<CsvRecord> malformed;
};

/// RFC 4180 reading (quotes, doubled quotes, quoted newlines), UTF-8 with or without BOM; the
/// delimiter is ',' unless the first line has more ';' than ','. Blank lines are skipped.
CsvTable parseCsv(const QByteArray &bytes);
/// Quotes a field when it holds the delimiter, a quote or a line break.
QString csvField(const QString &text);

} // namespace PumpStudio
