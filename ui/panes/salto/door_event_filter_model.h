#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace sb::ui {

// Filters door events: a kind (all, entries, incidents) and typed words, each of which must appear
// (case-insensitive) in the site, door, user, event or severity; "site:X", "door:X", "user:X", "event:X" and
// "severity:X" restrict a word to one column.
class DoorEventFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Kind { All, Entries, Incidents };

    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    void setKind(Kind kind);
    Kind kind() const { return m_kind; }

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
    Kind m_kind = Kind::All;
};

} // namespace sb::ui
