#include "door_event_filter_model.h"

#include "panes/salto/door_event_model.h"

namespace sb::ui {

void DoorEventFilterModel::setFilterText(const QString &text)
{
    m_text = text;
    m_terms.clear();
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        Term t;
        t.text = word;
        const qsizetype colon = word.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            const QString field = word.left(colon).toLower();
            const int column = field == QLatin1String("site")                       ? DoorEventModel::Site
                : field == QLatin1String("door")                                    ? DoorEventModel::Door
                : field == QLatin1String("user")                                    ? DoorEventModel::User
                : field == QLatin1String("event") || field == QLatin1String("type") ? DoorEventModel::EventName
                : field == QLatin1String("severity")                                ? DoorEventModel::Severity
                                                                                    : -1;
            if (column >= 0) {
                t.column = column;
                t.text = word.mid(colon + 1).replace(QLatin1Char('_'), QLatin1Char(' '));
            }
        }
        if (!t.text.isEmpty())
            m_terms << t;
    }
    invalidateFilter();
}

void DoorEventFilterModel::setKind(Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

bool DoorEventFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (m_kind != Kind::All) {
        const bool incident = m->index(sourceRow, 0, sourceParent).data(DoorEventModel::IsIncidentRole).toBool();
        if (incident != (m_kind == Kind::Incidents))
            return false;
    }
    if (m_terms.isEmpty())
        return true;
    const QString all = m->index(sourceRow, 0, sourceParent).data(DoorEventModel::SearchTextRole).toString();
    for (const Term &t : m_terms) {
        const QString haystack = t.column < 0 ? all : m->index(sourceRow, t.column, sourceParent).data().toString();
        if (!haystack.contains(t.text, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace sb::ui
