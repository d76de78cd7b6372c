#pragma once

#include "store/alarm_record.h"

#include <QObject>
#include <QString>

namespace sb {

// Where a team's desks share their alarms' state (#18): the narrow side AlarmBoard talks to, so the board stays
// testable without a server. An implementation keeps one value per alarm with a revision that grows with every write,
// writes compare-and-set on the revision its desk last saw, and delivers every value it reads (its own writes too)
// on the board's thread.
class AlarmShare : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Writes `alarm` as this desk's operator just moved it, if the shared value is still at `seenRevision` (0: there
    // is none yet). Answers with exactly one of written, lost or writeFailed for the alarm's feed and key.
    virtual void write(const sb::AlarmRecord &alarm, quint64 seenRevision) = 0;

Q_SIGNALS:
    // The shared value of an alarm at `revision` (any desk's write, read back).
    void received(const sb::AlarmRecord &alarm, quint64 revision);
    void written(const QString &feed, const QString &key, quint64 revision);
    // Another desk wrote first: `winner` is the value at `revision` that this desk's write did not replace.
    void lost(const sb::AlarmRecord &winner, quint64 revision);
    // The write did not reach the share (not connected, timed out): nothing is known of its fate.
    void writeFailed(const QString &feed, const QString &key, const QString &message);
    // The share is within reach: after its first connection once every value it held then has been delivered, after
    // a reconnection at once. Changes this desk could not share meanwhile are written now.
    void caughtUp();
    // A problem of the share as a whole (unreachable, a value that is not an alarm); it goes on.
    void problem(const QString &message);
};

} // namespace sb
