// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "notesedit.h"

#include "profiles/profilerules.h"

#include <QMimeData>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

NotesEdit::NotesEdit(QWidget *parent) : QPlainTextEdit(parent) {}

void NotesEdit::insertFromMimeData(const QMimeData *source)
{
    if (!source || !source->hasText()) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    const QString text = source->text();
    // characterCount() counts the document's closing paragraph separator too.
    const qsizetype kept = document()->characterCount() - 1 - textCursor().selectedText().size();
    qsizetype room = std::max<qsizetype>(0, Profiles::kMaxNotesLength - kept);
    if (text.size() <= room) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    if (room > 0 && text.at(room - 1).isHighSurrogate())
        --room;  // never half a character
    const auto problem = Profiles::checkLength(kept + text.size(), Profiles::kMaxNotesLength, u"notes"_s);
    QMimeData cut;
    cut.setText(text.left(room));
    QPlainTextEdit::insertFromMimeData(&cut);
    Q_EMIT insertionCut(tr("The inserted text was cut to fit: %1").arg(problem ? problem->text() : QString()));
}

} // namespace PumpStudio
