#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace sb {

// The `topics` key of a pubsub feed: an array of topic names, or one comma-separated string ("prices, chat"; the
// blanks around a comma are layout, not part of a name). Every entry is kept or the whole list is refused, naming
// the entry and why (PubSubTopicName): a configured topic is never dropped silently.
class PubSubTopicList
{
public:
    // An absent or null value is an empty list. False with `error` set when an entry is not a subscribable name.
    static bool fromJson(const QJsonValue &value, QStringList &out, QString *error);
};

} // namespace sb
