#pragma once

#include "store/alarm_record.h"

#include <QByteArray>
#include <QString>

namespace sb {

// How an alarm is kept in the team's key-value bucket (#18): its key `<feed>.<key>` and its value, the whole
// AlarmRecord as JSON, so a desk that never raised the alarm (started later, or without the rule) shows it all.
struct SharedAlarmCodec
{
    // NATS KV keys allow only [-/_=.a-zA-Z0-9], and '.' separates tokens. Each part keeps [-/_a-zA-Z0-9] as it is
    // and writes every other UTF-8 byte as '=' and two upper-case hex digits ('.' is "=2E", '=' itself "=3D"), so
    // the two parts split on the one '.' left and decode back exactly. An empty part is a lone "=" (a token may not
    // be empty, and "=" never starts an escape on its own).
    static QString key(const QString &feed, const QString &key);
    // False when `bucketKey` is not one key() makes.
    static bool splitKey(const QString &bucketKey, QString *feed, QString *key);

    static QByteArray value(const AlarmRecord &alarm);
    // False, with what is wrong in `error`, when `json` is not an alarm's value.
    static bool fromValue(const QByteArray &json, AlarmRecord *alarm, QString *error);
};

} // namespace sb
