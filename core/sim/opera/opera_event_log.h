#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sb::sim {

// OHIP's retained events per chain with their offsets: offsets start at 1 and increase by one per event of the
// chain, and a subscriber can replay from any offset still held.
class OperaEventLog
{
public:
    // Stores `event` (an EventHeader without metadata.offset) and returns the offset it got.
    qint64 append(const QString &chainCode, QJsonObject event);
    // Events with offset ≥ `fromOffset`, oldest first, at most `limit`.
    QList<QJsonObject> from(const QString &chainCode, qint64 fromOffset, int limit = 100000) const;
    qint64 lastOffset(const QString &chainCode) const;
    int size(const QString &chainCode) const { return int(m_events.value(chainCode).size()); }
    // Offsets start here (default 1). The demo starts from a time-based value so a restarted emulator never hands
    // out offsets below those a client persisted in an earlier run.
    void setFirstOffset(qint64 first) { m_first = qMax<qint64>(1, first); }
    qint64 firstOffset() const { return m_first; }

private:
    QHash<QString, QList<QJsonObject>> m_events; // index i holds offset m_first + i
    qint64 m_first = 1;
};

} // namespace sb::sim
