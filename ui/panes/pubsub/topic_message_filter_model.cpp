#include "topic_message_filter_model.h"

#include "panes/pubsub/topic_message_model.h"

namespace sb::ui {

void TopicMessageFilterModel::setFilterText(const QString &text)
{
    m_words.clear();
    m_topic.clear();
    m_type.clear();
    m_direction.clear();
    QStringList problems;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.startsWith(QLatin1String("topic:"), Qt::CaseInsensitive)) {
            m_topic = word.mid(6);
        } else if (word.startsWith(QLatin1String("type:"), Qt::CaseInsensitive)) {
            m_type = word.mid(5);
        } else if (word.startsWith(QLatin1String("dir:"), Qt::CaseInsensitive)) {
            m_direction = word.mid(4).toLower();
            if (!m_direction.isEmpty() && m_direction != QLatin1String("in") && m_direction != QLatin1String("out"))
                problems << tr("%1: dir takes in or out").arg(word);
        } else {
            m_words << word;
        }
    }
    invalidateFilter();
    if (problems != m_problems) {
        m_problems = problems;
        Q_EMIT problemsChanged(m_problems);
    }
}

bool TopicMessageFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_topic.isEmpty()
        && !index.data(TopicMessageModel::TopicRole).toString().startsWith(m_topic, Qt::CaseInsensitive))
        return false;
    if (!m_type.isEmpty()
        && !index.data(TopicMessageModel::TypeRole).toString().startsWith(m_type, Qt::CaseInsensitive))
        return false;
    if (!m_direction.isEmpty() && index.data(TopicMessageModel::DirectionRole).toString() != m_direction)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(TopicMessageModel::SearchTextRole).toString();
    for (const QString &word : m_words)
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace sb::ui
