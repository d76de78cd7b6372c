#pragma once

#include <QByteArray>
#include <QString>

namespace sb::test {

// A decrypted Data Platform alert (payloadVersion 2.0, newsMessage in NewsML-G2 JSON) as the samples read it.
inline QByteArray alertJson(const QString &ecpMessageId, const QString &headline, int urgency = 3,
    const QString &language = QStringLiteral("en"), const QString &body = QString(),
    const QString &itemClass = QStringLiteral("ninat:text"))
{
    const QString content = body.isEmpty()
        ? QString()
        : QStringLiteral(R"(,"contentSet":{"inlineData":[{"$":"%1","_contenttype":"text/plain"}]})").arg(body);
    return QStringLiteral(
        R"({"envelopeVersion":"1.0","ecpMessageID":"%1","sourceTimestamp":"2026-03-02T10:00:05.000Z",)"
        R"("payloadVersion":"2.0","subscriptionID":"d61b1c7c","payload":{"newsMessage":{"itemSet":{"newsItem":[)"
        R"({"_guid":"%1","_version":1,"itemMeta":{"itemClass":{"_qcode":"%6"},)"
        R"("firstCreated":{"$":"2026-03-02T10:00:00.000Z"},"versionCreated":{"$":"2026-03-02T10:00:01.500Z"},)"
        R"("title":[{"$":"%2"}]},"contentMeta":{"headline":[{"$":"%2"}],"urgency":{"$":%3},)"
        R"("language":[{"_tag":"%4"}],"subject":[{"_qcode":"R:VOD.L"},{"_qcode":"P:4295895001"},{"_qcode":"N2:TEL"}],)"
        R"("infoSource":[{"_qcode":"NS:RTRS","_role":"sRole:source"}]}%5}]}}}})")
        .arg(ecpMessageId, headline, QString::number(urgency), language, content, itemClass)
        .toUtf8();
}

} // namespace sb::test
