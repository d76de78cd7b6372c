#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace sb::ui {

// Filters hotel events by what the user typed: every word must appear (case-insensitive) in the hotel, module,
// event name or primary key; "hotel:X", "module:X" and "event:X" restrict a word to one field.
class HotelEventFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    struct Term
    {
        int column = -1; // -1: any field
        QString text;
    };

    QString m_text;
    QList<Term> m_terms;
};

} // namespace sb::ui
