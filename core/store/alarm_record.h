#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace sb {

// One step of an alarm's life as the history keeps it: the state it entered, who moved it there, when (UTC ms), and
// the operator's note.
struct AlarmTransition
{
    QString state; // "new", "acknowledged", "investigating", "snoozed", "closed"
    QString who;
    qint64 atMs = 0;
    QString note;
};

// An alarm as stored (#16): the event it was raised for (feed and key), the rule that made it one, and its timing
// inputs copied from that rule when it was raised, so a restart resumes the same cadence even if the rules changed.
struct AlarmRecord
{
    QString feed;
    QString key;
    QString rule;
    QString title;
    QString state = QStringLiteral("new");
    qint64 raisedMs = 0;
    qint64 snoozedUntilMs = 0; // 0: not snoozed
    int repeatSec = 0;
    int escalateAfterSec = 0;
    bool escalated = false;
    QList<AlarmTransition> transitions;
};

using AlarmRecordList = QList<AlarmRecord>;

} // namespace sb

Q_DECLARE_METATYPE(sb::AlarmRecord)
