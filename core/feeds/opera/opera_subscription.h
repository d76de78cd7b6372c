#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sb {

// The subscribe payload of OHIP's newEvent subscription (opera-graphql-ws.md §9): chainCode, offset (a numeric
// string: that event and everything after), hotelCode (comma-separated), delta, selecting every EventHeader field
// the decoder uses.
class OperaSubscription
{
public:
    // `fromOffset` < 0: no offset (OHIP continues where this key stopped within 24 h).
    static QJsonObject payload(const QString &chainCode, qint64 fromOffset, const QStringList &hotelCodes, bool delta);
    static QString query(const QString &chainCode, qint64 fromOffset, const QStringList &hotelCodes, bool delta);
};

} // namespace sb
