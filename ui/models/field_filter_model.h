#pragma once

#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>
#include <QString>
#include <QStringList>

namespace sb::ui {

// Filters a table by what the user typed: every word must appear (case-insensitive) in the row's search text, and
// "field:word" restricts the word to one column. The subclass names its fields and the role that carries a row's
// search text; it may add conditions of its own in acceptsRow().
class FieldFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // `fields`: lower-case field name → source column. `searchTextRole`: the role of column 0 holding all of a
    // row's searchable text. With `underscoresAsSpaces`, "event:forced_door" finds "forced door".
    FieldFilterModel(QHash<QString, int> fields, int searchTextRole, bool underscoresAsSpaces, QObject *parent);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    // What the filter could not read, each naming its token (a field this table does not have); still searched as
    // text.
    QStringList problems() const { return m_problems; }

Q_SIGNALS:
    void problemsChanged(const QStringList &problems);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const final;
    virtual bool acceptsRow(int sourceRow, const QModelIndex &sourceParent) const;

private:
    QStringList fieldNames() const;
    static bool looksLikeFieldName(QStringView name);

    struct Term
    {
        int column = -1; // -1: any field
        QString text;
    };

    const QHash<QString, int> m_fields;
    const int m_searchTextRole;
    const bool m_underscoresAsSpaces;
    QString m_text;
    QList<Term> m_terms;
    QStringList m_problems;
};

} // namespace sb::ui
