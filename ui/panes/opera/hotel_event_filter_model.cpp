#include "hotel_event_filter_model.h"

#include "panes/opera/hotel_event_model.h"

namespace sb::ui {

void HotelEventFilterModel::setFilterText(const QString &text)
{
    m_text = text;
    m_terms.clear();
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        Term t;
        t.text = word;
        const qsizetype colon = word.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            const QString field = word.left(colon).toLower();
            const int column = field == QLatin1String("hotel") ? HotelEventModel::Hotel
                : field == QLatin1String("module")             ? HotelEventModel::Module
                : field == QLatin1String("event")              ? HotelEventModel::EventName
                : field == QLatin1String("key")                ? HotelEventModel::PrimaryKey
                                                               : -1;
            if (column >= 0) {
                t.column = column;
                t.text = word.mid(colon + 1);
            }
        }
        if (!t.text.isEmpty())
            m_terms << t;
    }
    invalidateFilter();
}

bool HotelEventFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    const QAbstractItemModel *m = sourceModel();
    const QString all = m->index(sourceRow, 0, sourceParent).data(HotelEventModel::SearchTextRole).toString();
    for (const Term &t : m_terms) {
        const QString haystack = t.column < 0 ? all : m->index(sourceRow, t.column, sourceParent).data().toString();
        if (!haystack.contains(t.text, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace sb::ui
