#pragma once

#include "relay_config.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sb {

// A desk's (or the CLI's) view of a team relay: `{"type":"relay","natsUrl":…,"stream":…,"feeds":[…],
// "consumer":…,"since":…}` plus the relay's login keys, read and checked by RelayConfig itself so a credential is
// refused in clear here exactly as it is for switchboard-relay.
struct RelayFeedConfig
{
    QString name;
    RelayConfig relay; // natsUrl, stream, caFile, token | user+password | credsFile
    // The relayed feeds to show, by their names on the relay; empty: every feed the stream carries. `feedTypes` gives
    // each its pane: from {"name":…,"type":…} in `feeds`, else the name itself when it is a feed type ("opera").
    QStringList feeds;
    QStringList feedTypes;
    // The durable consumer: one per desk, kept by the server, so a restart resumes after the last acknowledgement.
    QString consumer;
    // On the consumer's first creation, start this far back; 0: everything the stream keeps.
    qint64 sinceMs = 0;
    qsizetype maxMessageBytes = 16 * 1024 * 1024;
    // The consumer's redelivery timer for a message neither acknowledged nor refused (a desk that died holding it).
    int ackWaitSec = 30;
    int maxAckPending = 20000;
    int reconnectMs = 2000; // between attempts when the first connection fails
    // The key-value bucket where the desk shares its alarms with the team (`"alarms"`); empty (`false`): not shared.
    QString alarmsBucket = QStringLiteral("SB_ALARMS");

    bool wants(const QString &feed) const { return feeds.isEmpty() || feeds.contains(feed); }

    static bool fromJson(const QJsonObject &json, RelayFeedConfig &out, QString *error);
};

} // namespace sb
