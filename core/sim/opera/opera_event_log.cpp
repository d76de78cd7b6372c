#include "opera_event_log.h"

namespace sb::sim {

qint64 OperaEventLog::append(const QString &chainCode, QJsonObject event)
{
    QList<QJsonObject> &events = m_events[chainCode];
    const qint64 offset = m_first + events.size();
    QJsonObject metadata = event.value(QStringLiteral("metadata")).toObject();
    metadata.insert(QStringLiteral("offset"), QString::number(offset)); // OHIP sends offsets as strings
    event.insert(QStringLiteral("metadata"), metadata);
    events.append(event);
    return offset;
}

QList<QJsonObject> OperaEventLog::from(const QString &chainCode, qint64 fromOffset, int limit) const
{
    const QList<QJsonObject> events = m_events.value(chainCode);
    const qsizetype start = qsizetype(qMax<qint64>(0, fromOffset - m_first));
    if (start >= events.size())
        return {};
    return events.mid(start, limit);
}

qint64 OperaEventLog::lastOffset(const QString &chainCode) const
{
    return m_first + m_events.value(chainCode).size() - 1;
}

} // namespace sb::sim
