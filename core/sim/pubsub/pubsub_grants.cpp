#include "pubsub_grants.h"

namespace sb::sim {

namespace {

// The patterns of the permissions that start with `grant`, the grant itself removed.
QStringList patternsOf(const QStringList &permissions, QLatin1String grant)
{
    QStringList out;
    for (const QString &permission : permissions) {
        if (permission.startsWith(grant))
            out << permission.mid(grant.size());
    }
    return out;
}

} // namespace

PubSubGrants::PubSubGrants(const QStringList &permissions)
    : m_read(patternsOf(permissions, QLatin1String("realtime:subscriber:read:topic:")))
    , m_write(patternsOf(permissions, QLatin1String("realtime:publisher:write:topic:")))
{ }

bool PubSubGrants::isPrivateTopic(const QString &topic)
{
    return topic.startsWith(QLatin1String("priv/"));
}

bool PubSubGrants::isSecureTopic(const QString &topic)
{
    return topic.startsWith(QLatin1String("secure/"));
}

bool PubSubGrants::canSubscribe(const QString &topic) const
{
    if (topic.isEmpty() || isPrivateTopic(topic))
        return false;
    return !isSecureTopic(topic) || m_read.matches(topic);
}

bool PubSubGrants::canPublish(const QString &topic) const
{
    return !topic.isEmpty() && m_write.matches(topic);
}

} // namespace sb::sim
