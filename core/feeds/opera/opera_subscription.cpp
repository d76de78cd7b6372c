#include "opera_subscription.h"

namespace sb {

namespace {

// The config checks restrict the values to characters that need no escaping except these two.
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

} // namespace

QString OperaSubscription::query(const QString &chainCode, qint64 fromOffset, const QStringList &hotelCodes, bool delta)
{
    QString input = QStringLiteral("chainCode: ") + quoted(chainCode);
    if (fromOffset >= 0)
        input += QStringLiteral(" offset: ") + quoted(QString::number(fromOffset));
    if (!hotelCodes.isEmpty())
        input += QStringLiteral(" hotelCode: ") + quoted(hotelCodes.join(QLatin1Char(',')));
    input += delta ? QStringLiteral(" delta: true") : QStringLiteral(" delta: false");
    return QStringLiteral("subscription { newEvent(input: { ") + input
        + QStringLiteral(" }) { metadata { offset uniqueEventId } moduleName eventName primaryKey hotelId timestamp "
                         "publisherId detail { elementName oldValue newValue scopeFrom scopeTo elementType "
                         "elementRole } } }");
}

QJsonObject OperaSubscription::payload(
    const QString &chainCode, qint64 fromOffset, const QStringList &hotelCodes, bool delta)
{
    QJsonObject p;
    p.insert(QStringLiteral("query"), query(chainCode, fromOffset, hotelCodes, delta));
    p.insert(QStringLiteral("variables"), QJsonObject());
    p.insert(QStringLiteral("extensions"), QJsonObject());
    p.insert(QStringLiteral("operationName"), QJsonValue::Null);
    return p;
}

} // namespace sb
