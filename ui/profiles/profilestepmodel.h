// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#pragma once

#include "profiles/profile.h"

#include <QAbstractItemModel>

#include <memory>
#include <optional>
#include <vector>

class QUndoStack;

namespace PumpStudio {

/// The profile being edited: its header fields and its steps as a tree (a repeat's steps are its
/// children). Every change after setProfile() goes through the undo stack, so undo and redo
/// restore the profile exactly.
class ProfileStepModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStepModel)

public:
    enum Column { StepColumn, DirectionColumn, RateColumn, ToRateColumn, VolumeColumn, DurationColumn, MessageColumn, ColumnCount };
    enum Role {
        ValueRole = Qt::UserRole + 1,  ///< quantity columns: the number as typed (double)
        UnitRole,                      ///< quantity columns: the unit symbol ("mL/min")
        DimensionRole,                 ///< quantity columns: int(Profiles::Dimension)
        PathRole,                      ///< "3.2": the step's position, as the pre-check names it
    };

    explicit ProfileStepModel(QUndoStack *undoStack, QObject *parent = nullptr);
    ~ProfileStepModel() override;

    /// Replaces the whole profile (opening a file): not undoable, clears the undo stack.
    void setProfile(const Profiles::Profile &profile);
    Profiles::Profile profile() const;
    QUndoStack *undoStack() const { return m_undo; }

    /// Header fields (everything but the steps), undoable; consecutive edits of one field merge.
    void setHeader(const Profiles::Profile &header);
    Profiles::Profile header() const { return m_header; }

    /// Inserts a step of `kind` with usable defaults after `after` (same level), or at the end.
    /// Adding, inserting and duplicating refuse (an invalid index, editRefused) past kMaxSteps.
    QModelIndex addStep(Profiles::Step::Kind kind, const QModelIndex &after = {});
    QModelIndex insertStep(const Profiles::Step &step, const QModelIndex &parent, int row);
    bool removeStep(const QModelIndex &index);
    /// Moves a step among its siblings by `delta` (-1 up, +1 down); false at either end.
    bool moveStep(const QModelIndex &index, int delta);
    QModelIndex duplicateStep(const QModelIndex &index);

    Profiles::Step step(const QModelIndex &index) const;
    QModelIndex indexForPath(const QString &path, int column = 0) const;
    static Profiles::Step defaultStep(Profiles::Step::Kind kind);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// EditRole: a quantity as QVariantList{value, unit symbol} or a number in the current unit;
    /// a direction as its key; a repeat count as a number; a message as text. Refused values
    /// (non-positive, empty, out of range: the profile rules) return false and emit editRefused.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Whether a column means something for a kind (and so is shown and editable).
    static bool usesColumn(Profiles::Step::Kind kind, int column);
    /// The profile rule the last refused edit or insert broke (its code and field), if any.
    std::optional<Profiles::ProfileProblem> lastRefusal() const { return m_lastRefusal; }

Q_SIGNALS:
    /// Anything changed: steps or header, by an edit, undo, redo or setProfile.
    void profileChanged();
    void editRefused(const QString &message);

private:
    struct Node;
    friend class StepEditCommand;
    friend class StepInsertCommand;
    friend class StepRemoveCommand;
    friend class StepMoveCommand;
    friend class HeaderEditCommand;

    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    std::vector<int> pathOf(const Node *node) const;
    Node *nodeAt(const std::vector<int> &path) const;
    static std::unique_ptr<Node> buildNode(const Profiles::Step &step, Node *parent);
    static Profiles::Step stepOf(const Node &node);

    // The primitives the commands call: plain model mutations with begin/end.
    void doSetStep(const std::vector<int> &path, const Profiles::Step &fields);
    void doInsert(const std::vector<int> &parentPath, int row, const Profiles::Step &step);
    Profiles::Step doRemove(const std::vector<int> &parentPath, int row);
    void doMove(const std::vector<int> &parentPath, int from, int to);
    void doSetHeader(const Profiles::Profile &header);

    // Reads a cell's edit into a copy of the step and checks it by the profile rules.
    static std::optional<Profiles::ProfileProblem> readEdit(const Profiles::Step &step, int column, const QVariant &value,
                                                            Profiles::Step &edited);
    // Emits editRefused when one more step (with those inside it) is more than a profile may hold.
    bool refusesToAdd(const Profiles::Step &step);
    static qint64 countSteps(const Node &node);

    QUndoStack *m_undo;
    Profiles::Profile m_header;
    std::unique_ptr<Node> m_root;
    std::optional<Profiles::ProfileProblem> m_lastRefusal;
};

} // namespace PumpStudio
