#pragma once

#include <QString>
#include <QStringList>

namespace sb {

// What a Realtime Pub/Sub token's permission strings allow: `realtime:subscriber:read:topic:<pattern>` for secure
// topics and `realtime:publisher:write:topic:<pattern>` for publishing, patterns as TopicPatternMatcher reads them.
// Public topics need no permission to subscribe; nobody subscribes to `priv/…` topics (each connection already has
// its own). Used by the client for its checks before sending and by the emulator for enforcement.
class PubSubPermissions
{
public:
    explicit PubSubPermissions(const QStringList &permissions = {});

    static bool isPrivateTopic(const QString &topic) { return topic.startsWith(QLatin1String("priv/")); }
    static bool isSecureTopic(const QString &topic) { return topic.startsWith(QLatin1String("secure/")); }

    bool canSubscribe(const QString &topic) const;
    bool canPublish(const QString &topic) const;
    bool hasAdmin(const QString &what) const; // e.g. "connections", "subscribers", "application"

    const QStringList &readPatterns() const { return m_read; }

private:
    QStringList m_all;
    QStringList m_read;
    QStringList m_write;
};

} // namespace sb
