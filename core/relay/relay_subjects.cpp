#include "relay_subjects.h"

namespace sb::RelaySubjects {

namespace {

// NATS splits subjects on '.', and reads '*' and '>' as wildcards; whitespace ends a subject on the wire.
QByteArray token(const QString &text, bool keepDots)
{
    QByteArray out = text.toUtf8();
    for (char &c : out)
        if ((c == '.' && !keepDots) || c == '*' || c == '>' || c == ' ' || c == '\t' || c == '\r' || c == '\n')
            c = '_';
    if (keepDots) {
        // No empty token: "a..b", ".a", "a." are refused by the server.
        while (out.contains(".."))
            out.replace("..", "._.");
        if (out.startsWith('.'))
            out.prepend('_');
        if (out.endsWith('.'))
            out.append('_');
    }
    return out.isEmpty() ? QByteArray("_") : out;
}

} // namespace

QByteArray forEvent(const Event &event)
{
    return "sb." + token(event.feed, false) + '.' + token(event.kind, true);
}

QByteArray forStatus(const QString &feed)
{
    return "sb.status." + token(feed, false);
}

QByteArray messageId(const Event &event)
{
    return event.feed.toUtf8() + '/' + event.key.toUtf8();
}

} // namespace sb::RelaySubjects
