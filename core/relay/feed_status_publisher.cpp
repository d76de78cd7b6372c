#include "feed_status_publisher.h"

#include "event/event.h"
#include "event/json_writer.h"
#include "nats_connection.h"
#include "relay_subjects.h"

namespace sb {

FeedStatusPublisher::FeedStatusPublisher(NatsConnection *connection)
    : m_connection(connection)
{ }

void FeedStatusPublisher::publishState(const QString &feed, FeedState state, const QString &text, qint64 timeMs)
{
    QByteArray json;
    JsonWriter w(json);
    w.beginObject();
    w.key("type");
    w.string(QByteArrayLiteral("state"));
    w.key("feed");
    w.string(feed);
    w.key("state");
    w.string(feedStateName(state));
    w.key("text");
    w.string(text);
    w.key("time");
    w.string(Event::formatTime(timeMs));
    w.endObject();
    m_connection->publish(RelaySubjects::forStatus(feed), json);
}

void FeedStatusPublisher::publishError(const FeedError &error)
{
    m_connection->publish(RelaySubjects::forStatus(error.feed), error.toJsonLine());
}

} // namespace sb
