#pragma once

#include "sim/pubsub/matcher_patterns.h"

#include <QString>
#include <QStringList>

namespace sb::sim {

// What the Pub/Sub emulator lets a token do, read from its `permissions` claim as the service documents it:
// `realtime:subscriber:read:topic:<pattern>` to subscribe to secure topics (public ones need nothing, private ones
// are the connection's own and cannot be subscribed to) and `realtime:publisher:write:topic:<pattern>` to publish.
// The emulator's own reading of the documents, not the client's PubSubPermissions: enforcement that shares the
// client's reading would pass the client's misunderstandings.
class PubSubGrants
{
public:
    explicit PubSubGrants(const QStringList &permissions = {});

    static bool isPrivateTopic(const QString &topic);
    static bool isSecureTopic(const QString &topic);

    bool canSubscribe(const QString &topic) const;
    bool canPublish(const QString &topic) const;

private:
    MatcherPatterns m_read;
    MatcherPatterns m_write;
};

} // namespace sb::sim
