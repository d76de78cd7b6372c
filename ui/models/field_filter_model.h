#pragma once

#include "query/query.h"
#include "query/query_input.h"
#include "text_filter_model.h"

#include <QHash>
#include <QString>

#include <optional>

namespace sb::ui {

// Filters a table of events with the query language of every filter box (core/query, bare words also matching
// tags' values): a row's Event is matched with its own tags, and the columns the pane names count as tags too
// ("door:Main entrance" from the Door column), so one query works on today's events before their feeds tag them. A
// malformed token is named in problems() and the table then shows every row. The subclass names its columns; it may
// add conditions of its own in acceptsRow(). The source model is an EventTableModel.
class FieldFilterModel : public TextFilterModel
{
    Q_OBJECT
public:
    // A column that shows a code as words ("Front desk") may give the code ("FrontDesk") in this role: both count
    // as the column's tag.
    static constexpr int CodeRole = Qt::UserRole + 64;

    // `columns`: tag prefix → source column whose text (and CodeRole code) is the row's tag "prefix:text".
    explicit FieldFilterModel(QHash<QString, int> columns, QObject *parent = nullptr);

    // A tag whose value is `role` of the row's column 0 ("dir:in" from a direction role).
    void addTagRole(const QString &prefix, int role);

    void setFilterText(const QString &text) override;
    QString filterText() const { return m_text; }
    QStringList problems() const override { return m_problems; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const final;
    virtual bool acceptsRow(int sourceRow, const QModelIndex &sourceParent) const;

private:
    void addTag(const QString &prefix, const QVariant &value) const;

    const QHash<QString, int> m_columns;
    QHash<QString, int> m_roles;
    QString m_text;
    std::optional<query::Query> m_query;
    QStringList m_problems;
    mutable query::QueryInput m_input; // kept from row to row: its buffers are reused
};

} // namespace sb::ui
