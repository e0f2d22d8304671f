// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "core/csv.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

CsvTable parseCsv(const QByteArray &bytes)
{
    CsvTable table;
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    const QString firstLine = text.section(u'\n', 0, 0);
    if (firstLine.count(u';') > firstLine.count(u','))
        table.delimiter = u';';

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

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u';') && !text.contains(u'"') && !text.contains(u'\n')
        && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace PumpStudio
