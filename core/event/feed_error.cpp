#include "feed_error.h"

#include "event.h"
#include "json_writer.h"

namespace sb {

QString FeedError::stageName(Stage stage)
{
    switch (stage) {
    case Stage::Auth:
        return QStringLiteral("auth");
    case Stage::Discovery:
        return QStringLiteral("discovery");
    case Stage::Connect:
        return QStringLiteral("connect");
    case Stage::Login:
        return QStringLiteral("login");
    case Stage::Subscribe:
        return QStringLiteral("subscribe");
    case Stage::Decode:
        return QStringLiteral("decode");
    case Stage::Store:
        return QStringLiteral("store");
    }
    return QStringLiteral("unknown");
}

QByteArray FeedError::toJsonLine() const
{
    QByteArray out;
    JsonWriter w(out);
    w.beginObject();
    w.key("type");
    w.string(QByteArrayLiteral("error"));
    w.key("feed");
    w.string(feed);
    w.key("stage");
    w.string(stageName(stage));
    w.key("code");
    w.string(code);
    w.key("message");
    w.string(message);
    w.key("retryable");
    w.boolean(retryable);
    if (timeMs > 0) {
        w.key("time");
        w.string(Event::formatTime(timeMs));
    }
    w.endObject();
    return out;
}

} // namespace sb
