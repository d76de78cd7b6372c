#pragma once

// The events the relay tests publish and read back: keys k<from>…, one millisecond apart, each title and attrs
// naming its number, so a test can tell which arrived, how often and in what order.
#include "event/event.h"

namespace sb::test {

inline EventBatch batch(const QString &feed, const QString &kind, int from, int count)
{
    EventBatch out;
    for (int i = from; i < from + count; ++i) {
        Event e;
        e.feed = feed;
        e.kind = kind;
        e.key = QStringLiteral("k%1").arg(i);
        e.timeMs = 1764000000000 + i;
        e.receivedMs = e.timeMs + 5;
        e.title = "event " + QByteArray::number(i);
        e.tags = QStringList {QStringLiteral("hotel:SBHCPAR"), QStringLiteral("room:%1").arg(i)};
        e.attrs = "{\"n\":" + QByteArray::number(i) + '}';
        out.append(e);
    }
    return out;
}

// Hotel events of the OPERA feed, the relay's usual traffic.
inline EventBatch batch(int from, int count)
{
    return batch(QStringLiteral("opera"), QStringLiteral("hotel.event"), from, count);
}

} // namespace sb::test
