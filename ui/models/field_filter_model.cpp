#include "field_filter_model.h"

#include "event_table_model.h"

namespace sb::ui {

FieldFilterModel::FieldFilterModel(QHash<QString, int> columns, QObject *parent)
    : TextFilterModel(parent)
    , m_columns(std::move(columns))
{ }

void FieldFilterModel::addTagRole(const QString &prefix, int role)
{
    m_roles.insert(prefix, role);
    invalidateFilter();
}

void FieldFilterModel::setFilterText(const QString &text)
{
    m_text = text;
    QStringList problems;
    query::QueryError error;
    m_query = query::Query::parse(text, &error, query::Query::Option::BareWordsMatchTagValues);
    if (!m_query)
        problems << error.text();
    invalidateFilter();
    if (problems != m_problems) {
        m_problems = problems;
        Q_EMIT problemsChanged(m_problems);
    }
}

void FieldFilterModel::addTag(const QString &prefix, const QVariant &value) const
{
    const QString text = value.toString();
    if (!text.isEmpty())
        m_input.addTag(QString(prefix + u':' + text));
}

bool FieldFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!acceptsRow(sourceRow, sourceParent))
        return false;
    if (!m_query || m_query->isEmpty())
        return true;
    const auto *events = dynamic_cast<const EventTableModel *>(sourceModel());
    if (!events || sourceParent.isValid())
        return false;
    m_input.reset(events->eventAt(sourceRow));
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        const QModelIndex cell = events->index(sourceRow, it.value());
        addTag(it.key(), cell.data());
        addTag(it.key(), cell.data(CodeRole));
    }
    const QModelIndex first = events->index(sourceRow, 0);
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it)
        addTag(it.key(), first.data(it.value()));
    return m_query->matches(m_input);
}

bool FieldFilterModel::acceptsRow(int, const QModelIndex &) const
{
    return true;
}

} // namespace sb::ui
