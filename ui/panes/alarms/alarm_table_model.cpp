#include "alarm_table_model.h"

#include "models/column_titles.h"

#include <QColor>
#include <QDateTime>
#include <QFont>

#include <algorithm>

namespace sb::ui {
namespace {

// The order an operator works through them: what nobody has touched yet first, what is waiting on a snooze last.
int rank(const QString &state)
{
    static const QStringList order {QStringLiteral("new"), QStringLiteral("investigating"),
        QStringLiteral("acknowledged"), QStringLiteral("snoozed"), QStringLiteral("closed")};
    const int i = order.indexOf(state);
    return i < 0 ? order.size() : i;
}

// Today's times without the date: the note beside them needs the room.
QString timeText(qint64 ms)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    if (at.date() == QDate::currentDate())
        return at.toString(QStringLiteral("HH:mm:ss"));
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

AlarmTableModel::AlarmTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

bool AlarmTableModel::isOpen(const AlarmRecord &alarm)
{
    return alarm.state != QLatin1String("closed");
}

void AlarmTableModel::put(const AlarmRecord &alarm)
{
    beginResetModel();
    auto it = std::find_if(
        m_all.begin(), m_all.end(), [&](const AlarmRecord &a) { return a.feed == alarm.feed && a.key == alarm.key; });
    if (it == m_all.end())
        m_all.append(alarm);
    else
        *it = alarm;
    rebuildShown();
    endResetModel();
}

void AlarmTableModel::setOpenOnly(bool openOnly)
{
    if (openOnly == m_openOnly)
        return;
    beginResetModel();
    m_openOnly = openOnly;
    rebuildShown();
    endResetModel();
}

void AlarmTableModel::rebuildShown()
{
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (!m_openOnly || isOpen(m_all.at(i)))
            m_shown.append(i);
    }
    std::stable_sort(m_shown.begin(), m_shown.end(), [this](int l, int r) {
        const AlarmRecord &a = m_all.at(l);
        const AlarmRecord &b = m_all.at(r);
        const int ra = rank(a.state);
        const int rb = rank(b.state);
        if (ra != rb)
            return ra < rb;
        return a.raisedMs > b.raisedMs;
    });
}

const AlarmRecord *AlarmTableModel::alarmAt(int row) const
{
    if (row < 0 || row >= m_shown.size())
        return nullptr;
    return &m_all.at(m_shown.at(row));
}

int AlarmTableModel::rowOf(const AlarmId &id) const
{
    for (int row = 0; row < m_shown.size(); ++row) {
        const AlarmRecord &a = m_all.at(m_shown.at(row));
        if (a.feed == id.feed && a.key == id.key)
            return row;
    }
    return -1;
}

int AlarmTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int AlarmTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlarmTableModel::stateText(const QString &state)
{
    if (state == QLatin1String("new"))
        return tr("New");
    if (state == QLatin1String("acknowledged"))
        return tr("Acknowledged");
    if (state == QLatin1String("investigating"))
        return tr("Investigating");
    if (state == QLatin1String("snoozed"))
        return tr("Snoozed");
    if (state == QLatin1String("closed"))
        return tr("Closed");
    return state;
}

QVariant AlarmTableModel::data(const QModelIndex &index, int role) const
{
    const AlarmRecord *a = index.isValid() ? alarmAt(index.row()) : nullptr;
    if (!a || index.column() >= ColumnCount)
        return {};
    if (role == Qt::FontRole && a->state == QLatin1String("new")) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && !isOpen(*a))
        return QColor(Qt::gray);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case State:
        if (a->state == QLatin1String("snoozed") && a->snoozedUntilMs > 0)
            return tr("Snoozed until %1").arg(timeText(a->snoozedUntilMs));
        return stateText(a->state);
    case Rule:
        return a->rule;
    case Feed:
        return a->feed;
    case Title:
        return a->title;
    case LastChange: {
        if (a->transitions.isEmpty())
            return {};
        const AlarmTransition &t = a->transitions.constLast();
        const QString who = t.who.isEmpty() ? tr("the desk") : t.who;
        // The state is the row's own (every change is a transition): this says who, when and why.
        QString text = tr("%1 at %2").arg(who, timeText(t.atMs));
        if (!t.note.isEmpty())
            text += QStringLiteral(" — ") + t.note;
        return text;
    }
    case Raised:
        return timeText(a->raisedMs);
    default:
        return {};
    }
}

QVariant AlarmTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char *const kTitles[] = {QT_TR_NOOP("State"), QT_TR_NOOP("Rule"), QT_TR_NOOP("Feed"),
        QT_TR_NOOP("Title"), QT_TR_NOOP("Last change"), QT_TR_NOOP("Raised")};
    return columnTitle<AlarmTableModel>(kTitles, section, orientation, role);
}

} // namespace sb::ui
