#include "feed_status_publisher.h"

#include "nats_connection.h"
#include "relay_subjects.h"

namespace sb {

FeedStatusPublisher::FeedStatusPublisher(NatsConnection *connection)
    : m_connection(connection)
{ }

void FeedStatusPublisher::publishState(const QString &feed, FeedState state, const QString &text, qint64 timeMs)
{
    m_connection->publish(RelaySubjects::forStatus(feed), feedStateJsonLine(feed, state, text, timeMs));
}

void FeedStatusPublisher::publishError(const FeedError &error)
{
    m_connection->publish(RelaySubjects::forStatus(error.feed), error.toJsonLine());
}

} // namespace sb
