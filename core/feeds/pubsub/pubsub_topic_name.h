#pragma once

#include <QString>

namespace sb {

// Which topic names a Realtime Pub/Sub client may use (realtime-pubsub.md §5, §7, §8). The service closes the whole
// connection over a subscription it refuses, so a name that cannot work is refused here, before anything is sent,
// with a reason that quotes the name. A topic name is literal: `*` only means "any" in permission patterns, so a
// subscription to `prices/*` would silently receive nothing. Private `priv/…` topics are each connection's own and
// the server forbids subscribing to them. Empty names, names with surrounding blanks or control characters, and
// `secure/` or `priv/` with nothing after it name no topic anyone publishes to.
class PubSubTopicName
{
public:
    static constexpr int MaxLength = 256;

    // Empty when `topic` may be subscribed to, else why not (quoting it).
    static QString subscribeProblem(const QString &topic);
    // Empty when `topic` may be published to (private topics may: replies go to priv/<connectionId>).
    static QString publishProblem(const QString &topic);
    // The name in double quotes, control characters escaped and cut after 100 characters, for messages.
    static QString quoted(const QString &topic);
};

} // namespace sb
