// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 PumpStudio contributors
#include "profilestepmodel.h"

#include "headereditcommand.h"
#include "stepeditcommand.h"
#include "stepinsertcommand.h"
#include "stepmovecommand.h"
#include "stepremovecommand.h"

#include <QColor>
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

// The step's quantity a column shows; which kinds hold it is the rules' business.
Quantity Step::*quantityMember(int column)
{
    switch (column) {
    case ProfileStepModel::RateColumn: return &Step::rate;
    case ProfileStepModel::ToRateColumn: return &Step::toRate;
    case ProfileStepModel::VolumeColumn: return &Step::volume;
    case ProfileStepModel::DurationColumn: return &Step::duration;
    default: return nullptr;
    }
}

// The rule of the quantity a column shows for a kind, if the kind holds one there.
const Profiles::QuantityRule *ruleFor(Kind kind, int column)
{
    const auto member = quantityMember(column);
    for (const Profiles::QuantityRule &rule : Profiles::quantityRules(kind)) {
        if (member && rule.member == member)
            return &rule;
    }
    return nullptr;
}

// The rules' key of the field a column edits in a step of this kind ("from" for a ramp's rate).
QString fieldKey(Kind kind, int column)
{
    if (const auto *rule = ruleFor(kind, column))
        return rule->key.toString();
    if (column == ProfileStepModel::DirectionColumn)
        return u"direction"_s;
    if (column == ProfileStepModel::MessageColumn)
        return kind == Kind::Repeat ? u"count"_s : u"message"_s;
    return {};
}

// The column of a field the rules name ("to.value" is a ramp's To rate).
int columnOfField(Kind kind, const QString &field)
{
    const QString key = field.section(u'.', 0, 0);
    for (const int column : {ProfileStepModel::DirectionColumn, ProfileStepModel::RateColumn, ProfileStepModel::ToRateColumn,
                             ProfileStepModel::VolumeColumn, ProfileStepModel::DurationColumn, ProfileStepModel::MessageColumn}) {
        if (fieldKey(kind, column) == key)
            return column;
    }
    return ProfileStepModel::StepColumn;
}

} // namespace

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
    if ((parent.isValid() && parentNode->step.kind != Kind::Repeat) || refusesToAdd(step))
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
    if (refusesToAdd(stepOf(*node)))
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
    case DirectionColumn: {
        Step probe;
        probe.kind = kind;
        return probe.movesLiquid();
    }
    case MessageColumn: return kind == Kind::WaitForOperator || kind == Kind::Repeat;
    default: return ruleFor(kind, column) != nullptr;
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
        const Profiles::QuantityRule *rule = ruleFor(s.kind, column);
        if (!rule)
            return {};
        const Quantity &q = s.*rule->member;
        if (role == ValueRole)
            return q.value;
        if (role == UnitRole)
            return Profiles::unitSymbol(q.unit);
        return int(rule->dimension);
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

std::optional<Profiles::ProfileProblem> ProfileStepModel::readEdit(const Step &step, int column, const QVariant &value, Step &edited)
{
    edited = step;
    const QString key = fieldKey(step.kind, column);
    if (column == DirectionColumn) {
        if (auto problem = Profiles::checkDirection(value.toString(), key))
            return problem;
        edited.direction = *Profiles::parseDirectionKey(value.toString());
    } else if (column == MessageColumn && step.kind == Kind::Repeat) {
        bool ok = false;
        const double count = value.toDouble(&ok);
        // Checked as a double before it becomes an int: 1e12 must be refused, not wrapped.
        if (auto problem = Profiles::checkRepeatCount(ok ? count : std::nan(""), key))
            return problem;
        edited.count = static_cast<int>(count);
    } else if (column == MessageColumn) {
        edited.message = value.toString().trimmed();
    } else {
        const Profiles::QuantityRule *rule = ruleFor(step.kind, column);
        Quantity &q = edited.*rule->member;
        QVariant number = value;
        if (value.typeId() == QMetaType::QVariantList && value.toList().size() == 2) {
            const QString symbol = value.toList().at(1).toString();
            if (auto problem = Profiles::checkUnit(symbol, rule->dimension, key + u".unit"_s))
                return problem;
            q.unit = *Profiles::parseUnit(symbol);
            number = value.toList().at(0);
        }
        bool ok = false;
        const double v = number.toDouble(&ok);
        q.value = ok ? v : std::nan("");  // the rules then say it must be a number
    }
    return Profiles::checkStepFields(edited);
}

bool ProfileStepModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    Node *node = nodeOf(index);
    if (!node || role != Qt::EditRole)
        return false;
    const QString path = data(index, PathRole).toString();
    m_lastRefusal.reset();
    if (!(flags(index) & Qt::ItemIsEditable)) {
        Q_EMIT editRefused(tr("Step %1: a %2 step has no such field.").arg(path, Profiles::kindText(node->step.kind)));
        return false;
    }
    Step edited;
    if (const auto problem = readEdit(node->step, index.column(), value, edited)) {
        m_lastRefusal = problem;
        const int column = columnOfField(node->step.kind, problem->field);
        const QString field = column == MessageColumn ? (node->step.kind == Kind::Repeat ? tr("count") : tr("message"))
                                                      : headerData(column, Qt::Horizontal).toString().toLower();
        //: "Step 2.2: duration must be more than 0, not 0": the step, the field, the profile rule broken.
        Q_EMIT editRefused(tr("Step %1: %2 %3").arg(path, field, problem->problem));
        return false;
    }
    if (edited == node->step)
        return true;
    m_undo->push(new StepEditCommand(this, pathOf(node), node->step, edited, tr("Edit step %1").arg(path)));
    return true;
}

bool ProfileStepModel::refusesToAdd(const Step &step)
{
    m_lastRefusal = Profiles::checkStepCount(countSteps(*m_root) + 1 + Profiles::stepCount(step.steps));
    if (!m_lastRefusal)
        return false;
    Q_EMIT editRefused(tr("The step was not added: %1").arg(m_lastRefusal->problem));
    return true;
}

qint64 ProfileStepModel::countSteps(const Node &node)
{
    qint64 n = 0;
    for (const auto &child : node.children)
        n += 1 + countSteps(*child);
    return n;
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
