#include "feeds/pubsub/pubsub_permissions.h"

#include <QTest>

using sb::PubSubPermissions;

class TestPubSubPermissions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noPermissions()
    {
        const PubSubPermissions p;
        QVERIFY(p.canSubscribe(QStringLiteral("chat")));
        QVERIFY(p.canSubscribe(QStringLiteral("main")));
        QVERIFY(!p.canSubscribe(QStringLiteral("secure/inbound")));
        QVERIFY(!p.canSubscribe(QStringLiteral("priv/abc")));
        QVERIFY(!p.canSubscribe(QString()));
        QVERIFY(!p.canPublish(QStringLiteral("chat")));
    }

    void readAndWritePatterns()
    {
        const PubSubPermissions p({QStringLiteral("realtime:subscriber:read:topic:secure/logs/*"),
            QStringLiteral("realtime:publisher:write:topic:main"),
            QStringLiteral("realtime:publisher:write:topic:priv/*"),
            QStringLiteral("realtime:admin:manage:connections")});
        QCOMPARE(p.readPatterns(), QStringList {QStringLiteral("secure/logs/*")});
        QVERIFY(p.canSubscribe(QStringLiteral("secure/logs/app")));
        QVERIFY(!p.canSubscribe(QStringLiteral("secure/inbound")));
        QVERIFY(p.canPublish(QStringLiteral("main")));
        QVERIFY(p.canPublish(QStringLiteral("priv/4389b2ed1a7e")));
        QVERIFY(!p.canPublish(QStringLiteral("chat")));
        QVERIFY(p.hasAdmin(QStringLiteral("connections")));
        QVERIFY(!p.hasAdmin(QStringLiteral("subscribers")));
    }

    void wildcardEverything()
    {
        const PubSubPermissions p(
            {QStringLiteral("realtime:subscriber:read:topic:*"), QStringLiteral("realtime:publisher:write:topic:*")});
        QVERIFY(p.canSubscribe(QStringLiteral("secure/inbound")));
        QVERIFY(p.canPublish(QStringLiteral("secure/anything/deep")));
        // Even with `*`, private topics are never subscribed to: each connection already has its own.
        QVERIFY(!p.canSubscribe(QStringLiteral("priv/other")));
    }
};

QTEST_GUILESS_MAIN(TestPubSubPermissions)
#include "tst_pubsub_permissions.moc"
