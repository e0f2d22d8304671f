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
/// delimiter is `delimiter`, or when that is null, ',' unless the first line has more ';' than
/// ',' outside quotes. Blank lines are skipped.
CsvTable parseCsv(const QByteArray &bytes, QChar delimiter = QChar());
/// A text cell as CsvWriter writes it (see there): neutralised against formulas, quoted as needed.
QString csvTextCell(QStringView text, QChar separator = u',');

/// The one CSV writer of every export (orders, runs): RFC 4180 rows ending in CRLF, UTF-8.
///
/// Text cells are safe to open in a spreadsheet: a cell whose first character (after spaces) is
/// one a spreadsheet starts a formula with (= + - @, their full-width forms, tab, CR, LF) is
/// written with a ' in front and quoted, as OWASP's CSV-injection advice says, so names typed by
/// users or read from files can never run as formulas. Cells holding a separator (',' or ';', so
/// a reader guessing the other separator cannot split them either), a quote or a line break are
/// quoted. Numbers go through number(), which writes them as they are, so they stay numbers.
class CsvWriter final
{
public:
    /// `separator` is ',' or ';' (or another ASCII punctuation character other than '"' and "'").
    explicit CsvWriter(QChar separator = u',');

    QChar separator() const { return m_separator; }
    /// Starts the output with a UTF-8 byte order mark (spreadsheets then read "µL" and Chinese right).
    void writeByteOrderMark();
    CsvWriter &text(QStringView cell);
    /// A number such as "-12.5", "1e-3" or "12,5": written as is. Anything else is written as text().
    CsvWriter &number(QByteArrayView cell);
    CsvWriter &number(qint64 value);
    CsvWriter &empty();
    /// A row of text cells, ended.
    CsvWriter &row(const QStringList &texts);
    CsvWriter &endRow();

    const QByteArray &data() const { return m_data; }
    qsizetype size() const { return m_data.size(); }
    /// The bytes written so far, leaving the writer empty (for writing a large file in blocks).
    QByteArray take();

    /// True for the plain numbers number() writes unchanged.
    static bool isPlainNumber(QByteArrayView cell);

private:
    void beginCell();

    QChar m_separator;
    QByteArray m_data;
    bool m_inRow = false;
};

} // namespace PumpStudio
