#include "feeds/mrn/omm_requests.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using sb::OmmRequests;

namespace {
QJsonObject obj(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}
QJsonObject at(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}
} // namespace

class TestOmmRequests : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokenLogin()
    {
        const QJsonObject o = obj(OmmRequests::tokenLogin(
            QStringLiteral("tok\"en"), QStringLiteral("256"), QStringLiteral("10.0.0.40/myhost")));
        QCOMPARE(o.value(QStringLiteral("ID")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("Domain")).toString(), QStringLiteral("Login"));
        QVERIFY(!o.contains(QStringLiteral("Refresh")));
        QCOMPARE(at(o, "Key").value(QStringLiteral("NameType")).toString(), QStringLiteral("AuthnToken"));
        const QJsonObject el = at(at(o, "Key"), "Elements");
        QCOMPARE(el.value(QStringLiteral("ApplicationId")).toString(), QStringLiteral("256"));
        QCOMPARE(el.value(QStringLiteral("Position")).toString(), QStringLiteral("10.0.0.40/myhost"));
        QCOMPARE(el.value(QStringLiteral("AuthenticationToken")).toString(), QStringLiteral("tok\"en"));
    }
    void reissueSaysRefreshFalse()
    {
        const QJsonObject o
            = obj(OmmRequests::tokenLogin(QStringLiteral("t"), QStringLiteral("256"), QStringLiteral("p"), true));
        QCOMPARE(o.value(QStringLiteral("Refresh")), QJsonValue(false));
    }
    void userLogin()
    {
        const QJsonObject o
            = obj(OmmRequests::userLogin(QStringLiteral("user1"), QStringLiteral("256"), QStringLiteral("p")));
        QCOMPARE(at(o, "Key").value(QStringLiteral("Name")).toString(), QStringLiteral("user1"));
        QVERIFY(!at(o, "Key").contains(QStringLiteral("NameType")));
    }
    void itemRequest()
    {
        QCOMPARE(OmmRequests::itemRequest(2, QStringLiteral("NewsTextAnalytics"), QStringLiteral("MRN_STORY"),
                     QStringLiteral("ELEKTRON_DD")),
            QByteArray("{\"ID\":2,\"Domain\":\"NewsTextAnalytics\",\"Key\":{\"Name\":\"MRN_STORY\",\"Service\":"
                       "\"ELEKTRON_DD\"}}"));
        QCOMPARE(OmmRequests::pong(), QByteArray("{\"Type\":\"Pong\"}"));
        QCOMPARE(obj(OmmRequests::itemClose(2, QStringLiteral("NewsTextAnalytics")))
                     .value(QStringLiteral("Type"))
                     .toString(),
            QStringLiteral("Close"));
    }
    void position() { QVERIFY(OmmRequests::defaultPosition().contains(QLatin1Char('/'))); }
};

QTEST_APPLESS_MAIN(TestOmmRequests)
#include "tst_omm_requests.moc"
