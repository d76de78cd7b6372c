#include "feed_state.h"

#include "event/event.h"
#include "event/json_writer.h"

namespace sb {

QString feedStateName(FeedState state)
{
    switch (state) {
    case FeedState::Idle:
        return QStringLiteral("idle");
    case FeedState::Authenticating:
        return QStringLiteral("authenticating");
    case FeedState::Discovering:
        return QStringLiteral("discovering");
    case FeedState::Connecting:
        return QStringLiteral("connecting");
    case FeedState::LoggingIn:
        return QStringLiteral("logging-in");
    case FeedState::Subscribing:
        return QStringLiteral("subscribing");
    case FeedState::Live:
        return QStringLiteral("live");
    case FeedState::Reconnecting:
        return QStringLiteral("reconnecting");
    case FeedState::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("unknown");
}

QByteArray feedStateJsonLine(const QString &feed, FeedState state, const QString &text, qint64 timeMs)
{
    QByteArray json;
    JsonWriter w(json);
    w.beginObject();
    w.member("type", QByteArrayLiteral("state"));
    w.member("feed", feed);
    w.member("state", feedStateName(state));
    w.member("text", text);
    w.member("time", Event::formatTime(timeMs));
    w.endObject();
    return json;
}

} // namespace sb
