// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "core/csv.h"

#include <QCoreApplication>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

namespace {

// The separator a spreadsheet used: ';' where it writes decimal commas. Counted outside quotes,
// so a quoted "a; b; c" in a comma-separated header does not decide it.
QChar guessDelimiter(const QString &text)
{
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u'\n')
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
    }
    return semicolons > commas ? QChar(u';') : QChar(u',');
}

} // namespace

CsvTable parseCsv(const QByteArray &bytes, QChar delimiter)
{
    CsvTable table;
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    table.delimiter = delimiter.isNull() ? guessDelimiter(text) : delimiter;

    int line = 1;
    qsizetype i = 0;
    const qsizetype size = text.size();
    while (i < size) {
        CsvRecord record;
        record.line = line;
        QString field;
        bool quoted = false;
        bool endOfRecord = false;
        while (i < size && !endOfRecord) {
            const QChar c = text.at(i);
            if (quoted) {
                if (c == u'"') {
                    if (i + 1 < size && text.at(i + 1) == u'"') {
                        field.append(u'"');
                        ++i;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == u'\n')
                        ++line;
                    field.append(c);
                }
            } else if (c == u'"' && field.trimmed().isEmpty()) {
                quoted = true;
                field.clear();
            } else if (c == table.delimiter) {
                record.fields.append(field);
                field.clear();
            } else if (c == u'\n') {
                ++line;
                endOfRecord = true;
            } else if (c != u'\r') {
                field.append(c);
            }
            ++i;
        }
        record.fields.append(field);
        if (quoted) {
            record.error = QCoreApplication::translate("PriceList", "a quoted field is not closed");
            table.malformed.push_back(std::move(record));
            break;
        }
        const bool blank = record.fields.size() == 1 && record.fields.constFirst().trimmed().isEmpty();
        if (!blank)
            table.records.push_back(std::move(record));
    }
    return table;
}

namespace {

// What a spreadsheet takes as the start of a formula (or, for tab and line breaks, may drop
// before looking at the next character). The full-width forms are included because some East
// Asian input setups hand them to the formula parser as well.
bool startsFormula(QChar c)
{
    switch (c.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\n':
    case 0xFF1D:  // ＝
    case 0xFF0B:  // ＋
    case 0xFF0D:  // －
    case 0xFF20:  // ＠
        return true;
    default:
        return false;
    }
}

bool needsNeutralising(QStringView text)
{
    for (const QChar c : text) {
        if (c == u' ' || c == QChar(0x3000))  // a spreadsheet trimming spaces would see what follows
            continue;
        return startsFormula(c);
    }
    return false;
}

} // namespace

QString csvTextCell(QStringView text, QChar separator)
{
    const bool neutralise = needsNeutralising(text);
    const bool quote = neutralise || text.contains(u',') || text.contains(u';') || text.contains(separator)
        || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r');
    if (!quote)
        return text.toString();
    QString cell;
    cell.reserve(text.size() + 4);
    cell.append(u'"');
    if (neutralise)
        cell.append(u'\'');
    for (const QChar c : text) {
        if (c == u'"')
            cell.append(u'"');
        cell.append(c);
    }
    cell.append(u'"');
    return cell;
}

CsvWriter::CsvWriter(QChar separator) : m_separator(separator)
{
    Q_ASSERT(separator.unicode() < 0x80 && separator != u'"' && separator != u'\'' && !separator.isLetterOrNumber()
             && separator != u'\r' && separator != u'\n');
}

void CsvWriter::writeByteOrderMark()
{
    Q_ASSERT(m_data.isEmpty());
    m_data.append("\xEF\xBB\xBF");
}

void CsvWriter::beginCell()
{
    if (m_inRow)
        m_data.append(char(m_separator.unicode()));
    m_inRow = true;
}

CsvWriter &CsvWriter::text(QStringView cell)
{
    // A file starting with U+FEFF loses it to readers taking it for a byte order mark: quoted, it stays.
    if (m_data.isEmpty() && cell.startsWith(QChar(0xfeff))) {
        beginCell();
        m_data.append('"');
        m_data.append(cell.toUtf8().replace('"', "\"\""));
        m_data.append('"');
        return *this;
    }
    beginCell();
    m_data.append(csvTextCell(cell, m_separator).toUtf8());
    return *this;
}

bool CsvWriter::isPlainNumber(QByteArrayView cell)
{
    // [+-] digits [. or , digits] [e [+-] digits], at least one digit before the exponent.
    qsizetype i = 0;
    const qsizetype n = cell.size();
    const auto digits = [&] {
        const qsizetype from = i;
        while (i < n && cell[i] >= '0' && cell[i] <= '9')
            ++i;
        return i - from;
    };
    if (i < n && (cell[i] == '+' || cell[i] == '-'))
        ++i;
    qsizetype mantissa = digits();
    if (i < n && (cell[i] == '.' || cell[i] == ',')) {
        ++i;
        mantissa += digits();
    }
    if (mantissa == 0)
        return false;
    if (i < n && (cell[i] == 'e' || cell[i] == 'E')) {
        ++i;
        if (i < n && (cell[i] == '+' || cell[i] == '-'))
            ++i;
        if (digits() == 0)
            return false;
    }
    return i == n;
}

CsvWriter &CsvWriter::number(QByteArrayView cell)
{
    if (!isPlainNumber(cell))
        return text(QString::fromUtf8(cell));
    beginCell();
    const bool quote = cell.contains(char(m_separator.unicode()));
    if (quote)
        m_data.append('"');
    m_data.append(cell.data(), cell.size());
    if (quote)
        m_data.append('"');
    return *this;
}

CsvWriter &CsvWriter::number(qint64 value)
{
    return number(QByteArray::number(value));
}

CsvWriter &CsvWriter::empty()
{
    beginCell();
    return *this;
}

CsvWriter &CsvWriter::row(const QStringList &texts)
{
    for (const QString &cell : texts)
        text(cell);
    return endRow();
}

CsvWriter &CsvWriter::endRow()
{
    m_data.append("\r\n");
    m_inRow = false;
    return *this;
}

QByteArray CsvWriter::take()
{
    return std::exchange(m_data, QByteArray());
}

} // namespace PumpStudio
