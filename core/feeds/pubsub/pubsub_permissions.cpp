#include "pubsub_permissions.h"

#include "feeds/pubsub/topic_pattern_matcher.h"

namespace sb {

namespace {
const QLatin1String kRead("realtime:subscriber:read:topic:");
const QLatin1String kWrite("realtime:publisher:write:topic:");
} // namespace

PubSubPermissions::PubSubPermissions(const QStringList &permissions)
    : m_all(permissions)
{
    for (const QString &p : permissions) {
        if (p.startsWith(kRead))
            m_read << p.mid(kRead.size());
        else if (p.startsWith(kWrite))
            m_write << p.mid(kWrite.size());
    }
}

bool PubSubPermissions::canSubscribe(const QString &topic) const
{
    if (topic.isEmpty() || isPrivateTopic(topic))
        return false;
    if (!isSecureTopic(topic))
        return true;
    return TopicPatternMatcher::matchesAny(topic, m_read);
}

bool PubSubPermissions::canPublish(const QString &topic) const
{
    return !topic.isEmpty() && TopicPatternMatcher::matchesAny(topic, m_write);
}

bool PubSubPermissions::hasAdmin(const QString &what) const
{
    return m_all.contains(QStringLiteral("realtime:admin:manage:") + what);
}

} // namespace sb
