// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "profilestepmodel.h"

#include <QColor>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace PumpStudio {

using Profiles::Direction;
using Profiles::Dimension;
using Profiles::Quantity;
using Profiles::Step;
using Kind = Profiles::Step::Kind;

struct ProfileStepModel::Node
{
    Step step;  ///< its `steps` stay empty: a repeat's steps are the children below
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }
};

namespace {

Quantity *quantityField(Step &step, int column)
{
    switch (column) {
    case ProfileStepModel::RateColumn: return &step.rate;
    case ProfileStepModel::ToRateColumn: return &step.toRate;
    case ProfileStepModel::VolumeColumn: return &step.volume;
    case ProfileStepModel::DurationColumn: return &step.duration;
    default: return nullptr;
    }
}

std::optional<Dimension> columnDimension(int column)
{
    switch (column) {
    case ProfileStepModel::RateColumn:
    case ProfileStepModel::ToRateColumn: return Dimension::Flow;
    case ProfileStepModel::VolumeColumn: return Dimension::Volume;
    case ProfileStepModel::DurationColumn: return Dimension::Time;
    default: return std::nullopt;
    }
}

} // namespace

// The undo commands live in the project namespace (not an anonymous one) so the model can befriend them.
// Commands refer to steps by path, not by node: nodes are destroyed and rebuilt by undo.
class StepEditCommand final : public QUndoCommand
{
public:
    StepEditCommand(ProfileStepModel *model, std::vector<int> path, Step before, Step after, const QString &text)
        : QUndoCommand(text), m_model(model), m_path(std::move(path)), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    void undo() override { m_model->doSetStep(m_path, m_before); }
    void redo() override { m_model->doSetStep(m_path, m_after); }

private:
    ProfileStepModel *m_model;
    std::vector<int> m_path;
    Step m_before;
    Step m_after;
};

class StepInsertCommand final : public QUndoCommand
{
public:
    StepInsertCommand(ProfileStepModel *model, std::vector<int> parent, int row, Step step, const QString &text)
        : QUndoCommand(text), m_model(model), m_parent(std::move(parent)), m_row(row), m_step(std::move(step))
    {
    }
    void undo() override { m_model->doRemove(m_parent, m_row); }
    void redo() override { m_model->doInsert(m_parent, m_row, m_step); }

private:
    ProfileStepModel *m_model;
    std::vector<int> m_parent;
    int m_row;
    Step m_step;
};

class StepRemoveCommand final : public QUndoCommand
{
public:
    StepRemoveCommand(ProfileStepModel *model, std::vector<int> parent, int row, const QString &text)
        : QUndoCommand(text), m_model(model), m_parent(std::move(parent)), m_row(row)
    {
    }
    void undo() override { m_model->doInsert(m_parent, m_row, m_removed); }
    void redo() override { m_removed = m_model->doRemove(m_parent, m_row); }

private:
    ProfileStepModel *m_model;
    std::vector<int> m_parent;
    int m_row;
    Step m_removed;
};

class StepMoveCommand final : public QUndoCommand
{
public:
    StepMoveCommand(ProfileStepModel *model, std::vector<int> parent, int from, int to, const QString &text)
        : QUndoCommand(text), m_model(model), m_parent(std::move(parent)), m_from(from), m_to(to)
    {
    }
    void undo() override { m_model->doMove(m_parent, m_to, m_from); }
    void redo() override { m_model->doMove(m_parent, m_from, m_to); }

private:
    ProfileStepModel *m_model;
    std::vector<int> m_parent;
    int m_from;
    int m_to;
};

class HeaderEditCommand final : public QUndoCommand
{
public:
    HeaderEditCommand(ProfileStepModel *model, Profiles::Profile before, Profiles::Profile after, const QString &text)
        : QUndoCommand(text), m_model(model), m_before(std::move(before)), m_after(std::move(after))
    {
        // Typing in the name, notes or calibration merges into one command per field; other
        // fields (model, head, ...) are one command per choice.
        const auto only = [this](auto member) {
            Profiles::Profile probe = m_before;
            probe.*member = m_after.*member;
            return probe == m_after && !(m_before.*member == m_after.*member);
        };
        if (only(&Profiles::Profile::name))
            m_id = 1;
        else if (only(&Profiles::Profile::notes))
            m_id = 2;
        else if (only(&Profiles::Profile::mlPerRev))
            m_id = 3;
    }
    int id() const override { return m_id; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const HeaderEditCommand *>(other);
        if (next->m_id != m_id || !(next->m_before == m_after))
            return false;
        m_after = next->m_after;
        return true;
    }
    void undo() override { m_model->doSetHeader(m_before); }
    void redo() override { m_model->doSetHeader(m_after); }

private:
    ProfileStepModel *m_model;
    Profiles::Profile m_before;
    Profiles::Profile m_after;
    int m_id = -1;
};

ProfileStepModel::ProfileStepModel(QUndoStack *undoStack, QObject *parent)
    : QAbstractItemModel(parent), m_undo(undoStack), m_root(std::make_unique<Node>())
{
}

ProfileStepModel::~ProfileStepModel() = default;

std::unique_ptr<ProfileStepModel::Node> ProfileStepModel::buildNode(const Step &step, Node *parent)
{
    auto node = std::make_unique<Node>();
    node->step = step;
    node->step.steps.clear();
    node->parent = parent;
    for (const Step &child : step.steps)
        node->children.push_back(buildNode(child, node.get()));
    return node;
}

Step ProfileStepModel::stepOf(const Node &node)
{
    Step step = node.step;
    step.steps.clear();
    for (const auto &child : node.children)
        step.steps.push_back(stepOf(*child));
    return step;
}

void ProfileStepModel::setProfile(const Profiles::Profile &profile)
{
    beginResetModel();
    m_header = profile;
    m_header.steps.clear();
    m_root = std::make_unique<Node>();
    for (const Step &step : profile.steps)
        m_root->children.push_back(buildNode(step, m_root.get()));
    endResetModel();
    m_undo->clear();
    Q_EMIT profileChanged();
}

Profiles::Profile ProfileStepModel::profile() const
{
    Profiles::Profile p = m_header;
    for (const auto &child : m_root->children)
        p.steps.push_back(stepOf(*child));
    return p;
}

void ProfileStepModel::setHeader(const Profiles::Profile &header)
{
    Profiles::Profile next = header;
    next.steps.clear();
    if (next == m_header)
        return;
    m_undo->push(new HeaderEditCommand(this, m_header, next, tr("Edit profile details")));
}

Step ProfileStepModel::defaultStep(Kind kind)
{
    using namespace Profiles;
    switch (kind) {
    case Kind::ConstantFlow: return constantFlow(mlPerMin(1), seconds(60));
    case Kind::Dispense: return dispense(ml(1), mlPerMin(1));
    case Kind::Ramp: return ramp(mlPerMin(0.5), mlPerMin(2), seconds(60));
    case Kind::Pause: return pause(seconds(30));
    case Kind::WaitForOperator: return waitForOperator(tr("Confirm to continue."));
    case Kind::Repeat: return repeat(2, {pause(seconds(10))});
    }
    return pause(seconds(30));
}

QModelIndex ProfileStepModel::addStep(Kind kind, const QModelIndex &after)
{
    if (after.isValid()) {
        const Node *node = nodeOf(after);
        return insertStep(defaultStep(kind), indexOf(node->parent), node->row() + 1);
    }
    return insertStep(defaultStep(kind), {}, rowCount());
}

QModelIndex ProfileStepModel::insertStep(const Step &step, const QModelIndex &parent, int row)
{
    const Node *parentNode = parent.isValid() ? nodeOf(parent) : m_root.get();
    if (parent.isValid() && parentNode->step.kind != Kind::Repeat)
        return {};
    row = std::clamp(row, 0, int(parentNode->children.size()));
    std::vector<int> path = pathOf(parentNode);
    m_undo->push(new StepInsertCommand(this, path, row, step, tr("Add %1").arg(Profiles::kindText(step.kind))));
    path.push_back(row);
    return indexOf(nodeAt(path));
}

bool ProfileStepModel::removeStep(const QModelIndex &index)
{
    const Node *node = nodeOf(index);
    if (!node || node == m_root.get())
        return false;
    m_undo->push(new StepRemoveCommand(this, pathOf(node->parent), node->row(),
                                       tr("Remove step %1").arg(data(index, PathRole).toString())));
    return true;
}

bool ProfileStepModel::moveStep(const QModelIndex &index, int delta)
{
    const Node *node = nodeOf(index);
    if (!node || node == m_root.get())
        return false;
    const int from = node->row();
    const int to = from + delta;
    if (delta == 0 || to < 0 || to >= int(node->parent->children.size()))
        return false;
    m_undo->push(new StepMoveCommand(this, pathOf(node->parent), from, to,
                                     delta < 0 ? tr("Move step %1 up").arg(data(index, PathRole).toString())
                                               : tr("Move step %1 down").arg(data(index, PathRole).toString())));
    return true;
}

QModelIndex ProfileStepModel::duplicateStep(const QModelIndex &index)
{
    const Node *node = nodeOf(index);
    if (!node || node == m_root.get())
        return {};
    std::vector<int> path = pathOf(node->parent);
    const int row = node->row() + 1;
    m_undo->push(new StepInsertCommand(this, path, row, stepOf(*node), tr("Duplicate step %1").arg(data(index, PathRole).toString())));
    path.push_back(row);
    return indexOf(nodeAt(path));
}

Step ProfileStepModel::step(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? stepOf(*node) : Step{};
}

QModelIndex ProfileStepModel::indexForPath(const QString &path, int column) const
{
    std::vector<int> indices;
    for (const QString &part : path.split(u'.', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = part.toInt(&ok);
        if (!ok || n < 1)
            return {};
        indices.push_back(n - 1);
    }
    if (indices.empty())
        return {};
    const Node *node = nodeAt(indices);
    return node ? indexOf(node, column) : QModelIndex();
}

ProfileStepModel::Node *ProfileStepModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex ProfileStepModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node *>(node));
}

std::vector<int> ProfileStepModel::pathOf(const Node *node) const
{
    std::vector<int> path;
    for (; node && node != m_root.get(); node = node->parent)
        path.push_back(node->row());
    std::reverse(path.begin(), path.end());
    return path;
}

ProfileStepModel::Node *ProfileStepModel::nodeAt(const std::vector<int> &path) const
{
    Node *node = m_root.get();
    for (const int i : path) {
        if (i < 0 || i >= int(node->children.size()))
            return nullptr;
        node = node->children[size_t(i)].get();
    }
    return node;
}

void ProfileStepModel::doSetStep(const std::vector<int> &path, const Step &fields)
{
    Node *node = nodeAt(path);
    if (!node || node == m_root.get())
        return;
    node->step = fields;
    node->step.steps.clear();
    Q_EMIT dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1));
    Q_EMIT profileChanged();
}

void ProfileStepModel::doInsert(const std::vector<int> &parentPath, int row, const Step &step)
{
    Node *parent = nodeAt(parentPath);
    if (!parent)
        return;
    beginInsertRows(indexOf(parent), row, row);
    parent->children.insert(parent->children.begin() + row, buildNode(step, parent));
    endInsertRows();
    // The path shown in the Step column changes for the siblings after the new one.
    if (row + 1 < int(parent->children.size()))
        Q_EMIT dataChanged(indexOf(parent->children[size_t(row + 1)].get()), indexOf(parent->children.back().get()));
    Q_EMIT profileChanged();
}

Step ProfileStepModel::doRemove(const std::vector<int> &parentPath, int row)
{
    Node *parent = nodeAt(parentPath);
    if (!parent || row < 0 || row >= int(parent->children.size()))
        return {};
    Step removed = stepOf(*parent->children[size_t(row)]);
    beginRemoveRows(indexOf(parent), row, row);
    parent->children.erase(parent->children.begin() + row);
    endRemoveRows();
    if (row < int(parent->children.size()))
        Q_EMIT dataChanged(indexOf(parent->children[size_t(row)].get()), indexOf(parent->children.back().get()));
    Q_EMIT profileChanged();
    return removed;
}

void ProfileStepModel::doMove(const std::vector<int> &parentPath, int from, int to)
{
    Node *parent = nodeAt(parentPath);
    if (!parent || from == to)
        return;
    const QModelIndex parentIndex = indexOf(parent);
    // Qt's destination is the row before which the moved row lands, counted before the move.
    if (!beginMoveRows(parentIndex, from, from, parentIndex, to > from ? to + 1 : to))
        return;
    auto node = std::move(parent->children[size_t(from)]);
    parent->children.erase(parent->children.begin() + from);
    parent->children.insert(parent->children.begin() + to, std::move(node));
    endMoveRows();
    // Both rows show a new path; their children's paths change too, but only the Step column.
    const int lo = std::min(from, to);
    const int hi = std::max(from, to);
    Q_EMIT dataChanged(indexOf(parent->children[size_t(lo)].get()), indexOf(parent->children[size_t(hi)].get()));
    Q_EMIT profileChanged();
}

void ProfileStepModel::doSetHeader(const Profiles::Profile &header)
{
    m_header = header;
    m_header.steps.clear();
    Q_EMIT profileChanged();
}

QModelIndex ProfileStepModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *p = parent.isValid() ? nodeOf(parent) : m_root.get();
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex ProfileStepModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || !node->parent || node->parent == m_root.get())
        return {};
    return indexOf(node->parent);
}

int ProfileStepModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *p = parent.isValid() ? nodeOf(parent) : m_root.get();
    return int(p->children.size());
}

int ProfileStepModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool ProfileStepModel::usesColumn(Kind kind, int column)
{
    switch (column) {
    case StepColumn: return true;
    case DirectionColumn:
    case RateColumn: return kind == Kind::ConstantFlow || kind == Kind::Dispense || kind == Kind::Ramp;
    case ToRateColumn: return kind == Kind::Ramp;
    case VolumeColumn: return kind == Kind::Dispense;
    case DurationColumn: return kind == Kind::ConstantFlow || kind == Kind::Ramp || kind == Kind::Pause;
    case MessageColumn: return kind == Kind::WaitForOperator || kind == Kind::Repeat;
    default: return false;
    }
}

QVariant ProfileStepModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    const Step &s = node->step;
    const int column = index.column();
    const bool uses = usesColumn(s.kind, column);
    // A dispense's time follows from its volume and rate: shown, not edited.
    const bool derivedDuration = column == DurationColumn && s.kind == Kind::Dispense;

    if (role == PathRole) {
        std::vector<int> path = pathOf(node);
        for (int &i : path)
            ++i;
        return Profiles::stepPath(path);
    }
    if (role == ValueRole || role == UnitRole || role == DimensionRole) {
        Step copy = s;
        const Quantity *q = uses ? quantityField(copy, column) : nullptr;
        if (!q)
            return {};
        if (role == ValueRole)
            return q->value;
        if (role == UnitRole)
            return Profiles::unitSymbol(q->unit);
        return int(*columnDimension(column));
    }
    if (role == Qt::ForegroundRole && derivedDuration)
        return QColor(Qt::gray);
    if (role == Qt::ToolTipRole) {
        if (derivedDuration)
            return tr("Worked out from the volume and the rate");
        if (column == StepColumn && s.kind == Kind::Repeat)
            return tr("Select a step inside the repeat to add steps to it");
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};

    // The step number is not part of the text: it changes when a sibling is added or moved, and
    // an item's data must not change under an insert. The delegate draws it from PathRole.
    if (column == StepColumn)
        return Profiles::kindText(s.kind);
    if (derivedDuration && role == Qt::DisplayRole) {
        const double rate = s.rate.toMlPerMin();
        return rate > 0 ? Profiles::durationText(s.volume.toMl() / rate * 60.0) : QString();
    }
    if (!uses)
        return {};
    switch (column) {
    case DirectionColumn:
        if (role == Qt::EditRole)
            return Profiles::directionKey(s.direction);
        return s.direction == Direction::Forward ? tr("forward") : tr("reverse");
    case RateColumn: return s.rate.text();
    case ToRateColumn: return s.toRate.text();
    case VolumeColumn: return s.volume.text();
    case DurationColumn: return s.duration.text();
    case MessageColumn:
        if (s.kind == Kind::Repeat)
            return role == Qt::EditRole ? QVariant(s.count) : QVariant(tr("x %1").arg(s.count));
        return s.message;
    default: return {};
    }
}

std::optional<QString> ProfileStepModel::refusal(const Step &step, int column, const QVariant &value, Step *edited) const
{
    if (!usesColumn(step.kind, column) || column == StepColumn)
        return tr("A %1 step has no such field.").arg(Profiles::kindText(step.kind));

    if (column == DirectionColumn) {
        const auto direction = Profiles::parseDirectionKey(value.toString());
        if (!direction)
            return tr("Choose forward or reverse.");
        edited->direction = *direction;
        return std::nullopt;
    }
    if (column == MessageColumn && step.kind == Kind::Repeat) {
        bool ok = false;
        const int count = value.toInt(&ok);
        if (!ok || count < 1 || count > Profiles::kMaxRepeatCount)
            return tr("A repeat runs its steps 1 to %1 times.").arg(Profiles::kMaxRepeatCount);
        edited->count = count;
        return std::nullopt;
    }
    if (column == MessageColumn) {
        const QString message = value.toString().trimmed();
        if (message.isEmpty())
            return tr("The message for the operator cannot be empty.");
        edited->message = message;
        return std::nullopt;
    }

    Quantity *field = quantityField(*edited, column);
    if (!field)
        return tr("A %1 step has no such field.").arg(Profiles::kindText(step.kind));
    Quantity q = *field;
    if (value.typeId() == QMetaType::QVariantList && value.toList().size() == 2) {
        const QVariantList pair = value.toList();
        bool ok = false;
        q.value = pair.at(0).toDouble(&ok);
        const auto unit = Profiles::parseUnit(pair.at(1).toString());
        if (!ok || !unit)
            return tr("Enter a number and a unit.");
        q.unit = *unit;
    } else {
        bool ok = false;
        q.value = value.toDouble(&ok);
        if (!ok)
            return tr("Enter a number.");
    }
    const Dimension dimension = *columnDimension(column);
    if (Profiles::dimensionOf(q.unit) != dimension)
        return tr("Use one of these units: %1.").arg(Profiles::unitSymbols(dimension).join(u", "_s));
    const QString name = headerData(column, Qt::Horizontal).toString().toLower();
    if (!std::isfinite(q.value) || q.value < 0)
        return tr("The %1 must be more than 0.").arg(name);
    if (q.value == 0) {
        // A ramp may start or end at 0, not both.
        const bool rampEnd = step.kind == Kind::Ramp && (column == RateColumn || column == ToRateColumn);
        const Quantity &other = column == RateColumn ? step.toRate : step.rate;
        if (!rampEnd)
            return tr("The %1 must be more than 0.").arg(name);
        if (other.value <= 0)
            return tr("A ramp cannot both start and end at 0.");
    }
    *field = q;
    return std::nullopt;
}

bool ProfileStepModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    Node *node = nodeOf(index);
    if (!node || role != Qt::EditRole)
        return false;
    Step edited = node->step;
    if (const auto why = refusal(node->step, index.column(), value, &edited)) {
        Q_EMIT editRefused(tr("Step %1: %2").arg(data(index, PathRole).toString(), *why));
        return false;
    }
    if (edited == node->step)
        return true;
    m_undo->push(new StepEditCommand(this, pathOf(node), node->step, edited,
                                     tr("Edit step %1").arg(data(index, PathRole).toString())));
    return true;
}

Qt::ItemFlags ProfileStepModel::flags(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != StepColumn && usesColumn(node->step.kind, index.column()))
        f |= Qt::ItemIsEditable;
    if (node->step.kind != Kind::Repeat)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant ProfileStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StepColumn: return tr("Step");
    case DirectionColumn: return tr("Direction");
    case RateColumn: return tr("Rate");
    case ToRateColumn: return tr("To rate");
    case VolumeColumn: return tr("Volume");
    case DurationColumn: return tr("Duration");
    case MessageColumn: return tr("Message / count");
    default: return {};
    }
}

} // namespace PumpStudio
