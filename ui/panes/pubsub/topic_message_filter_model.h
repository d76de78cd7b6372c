#pragma once

#include "models/text_filter_model.h"

namespace sb::ui {

// The message log's filter: every word must occur in the topic, type, title or body (case-insensitive), and
// `topic:…`, `type:…` and `dir:in|out` narrow by field (topic and type as prefixes).
class TopicMessageFilterModel : public TextFilterModel
{
    Q_OBJECT
public:
    using TextFilterModel::TextFilterModel;

    void setFilterText(const QString &text) override;
    // Tokens the filter could not read (a direction other than in or out), each named.
    QStringList problems() const override { return m_problems; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QString m_topic;
    QString m_type;
    QString m_direction;
    QStringList m_problems;
};

} // namespace sb::ui
