// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace PumpStudio {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    auto *text = new QLabel(description, this);
    text->setWordWrap(true);
    text->setObjectName(QStringLiteral("description"));
    auto *notYet = new QLabel(tr("This area is being built and arrives in a coming release."), this);
    notYet->setEnabled(false);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addWidget(notYet);
    layout->addStretch();
}

} // namespace PumpStudio
