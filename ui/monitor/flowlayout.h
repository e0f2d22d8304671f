// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include <QLayout>
#include <QList>

namespace PumpStudio {

/// Lays its widgets out left to right and wraps to a new row where the width ends, each at its
/// size hint (never squeezed below it, so no label or combo box is cut), as Qt's flow layout
/// example does; the height follows the width (heightForWidth), so a scroll area around it
/// scrolls only vertically.
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 6);
    ~FlowLayout() override;
    Q_DISABLE_COPY_MOVE(FlowLayout)

    void addItem(QLayoutItem *item) override;
    /// Puts `widget` at `index` (the others move on).
    void insertWidget(int index, QWidget *widget);
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;
    /// Rows the last layout made (tests).
    int rows() const { return m_rows; }

private:
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_spacing;
    mutable int m_rows = 0;
};

} // namespace PumpStudio
