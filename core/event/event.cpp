#include "event.h"

#include "json_writer.h"

#include <QDateTime>

namespace sb {

QString Event::formatTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QByteArray Event::toJsonLine() const
{
    QByteArray out;
    out.reserve(256 + title.size() + body.size() * 2 + attrs.size());
    JsonWriter w(out);
    w.beginObject();
    w.key("feed");
    w.string(feed);
    w.key("kind");
    w.string(kind);
    w.key("key");
    w.string(key);
    w.key("time");
    if (timeMs > 0)
        w.string(formatTime(timeMs));
    else
        w.null();
    w.key("received");
    w.string(formatTime(receivedMs));
    w.key("title");
    w.string(title);
    w.key("body");
    w.string(body);
    w.key("urgency");
    if (urgency >= 0)
        w.number(urgency);
    else
        w.null();
    w.key("tags");
    w.stringArray(tags);
    w.key("attrs");
    w.raw(attrs.isEmpty() ? QByteArrayLiteral("{}") : attrs);
    w.endObject();
    return out;
}

} // namespace sb
