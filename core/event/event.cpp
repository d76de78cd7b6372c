#include "event.h"

#include "event_json_writer.h"

#include <QDateTime>

namespace sb {

QString Event::formatTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QByteArray Event::toJsonLine() const
{
    QByteArray out;
    EventJsonWriter::append(out, *this);
    return out;
}

} // namespace sb
