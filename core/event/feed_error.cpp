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
    w.member("type", QByteArrayLiteral("error"));
    w.member("feed", feed);
    w.member("stage", stageName(stage));
    w.member("code", code);
    w.member("message", message);
    w.member("retryable", retryable);
    if (timeMs > 0)
        w.member("time", Event::formatTime(timeMs));
    w.endObject();
    return out;
}

} // namespace sb
