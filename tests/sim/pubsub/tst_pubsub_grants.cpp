// PubSubGrants: the emulator's reading of a token's permissions, checked on the Realtime Pub/Sub documents' examples
// and shown to agree with the client's own reading (PubSubPermissions) on every one of them.
#include "feeds/pubsub/pubsub_permissions.h"
#include "sim/pubsub/pubsub_grants.h"

#include <QTest>

using namespace sb;

namespace {
const QString kRead = QStringLiteral("realtime:subscriber:read:topic:");
const QString kWrite = QStringLiteral("realtime:publisher:write:topic:");
} // namespace

class TestPubSubGrants : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void specVectors_data()
    {
        QTest::addColumn<QStringList>("permissions");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<bool>("subscribe");
        QTest::addColumn<bool>("publish");
        const QStringList none;
        // Public topics need no permission to subscribe; publishing always needs one.
        QTest::newRow("public, no permissions") << none << QStringLiteral("main") << true << false;
        // "Subscription to secure topic is forbidden!" with permissions: [] (JS onerror test).
        QTest::newRow("secure, no permissions") << none << QStringLiteral("secure/inbound") << false << false;
        // The documents' token: read secure/logs/* .
        QTest::newRow("secure/logs/* grants a log") << QStringList {kRead + QStringLiteral("secure/logs/*")}
                                                    << QStringLiteral("secure/logs/app1") << true << false;
        QTest::newRow("secure/logs/* grants deeper logs") << QStringList {kRead + QStringLiteral("secure/logs/*")}
                                                          << QStringLiteral("secure/logs/a/b") << true << false;
        QTest::newRow("secure/logs/* not inbound") << QStringList {kRead + QStringLiteral("secure/logs/*")}
                                                   << QStringLiteral("secure/inbound") << false << false;
        // "Use * to allow the publisher to broadcast messages on all topics."
        QTest::newRow("write * publishes anywhere")
            << QStringList {kWrite + QStringLiteral("*")} << QStringLiteral("secure/alerts") << false << true;
        QTest::newRow("write * includes priv")
            << QStringList {kWrite + QStringLiteral("*")} << QStringLiteral("priv/abc") << false << true;
        QTest::newRow("write priv/*") << QStringList {kWrite + QStringLiteral("priv/*")} << QStringLiteral("main")
                                      << true << false;
        // Private topics are the connection's own: nobody subscribes to them, whatever the token says.
        QTest::newRow("read * not priv") << QStringList {kRead + QStringLiteral("*")} << QStringLiteral("priv/abc")
                                         << false << false;
        // Negation wins; case does not matter.
        QTest::newRow("negated secret") << QStringList {kRead + QStringLiteral("secure/*"),
            kRead + QStringLiteral("!secure/secret*")}
                                        << QStringLiteral("secure/SecretPlans") << false << false;
        QTest::newRow("case") << QStringList {kRead + QStringLiteral("SECURE/Logs/*")}
                              << QStringLiteral("secure/logs/x") << true << false;
        // Other grants give neither.
        QTest::newRow("admin grants no topic") << QStringList {QStringLiteral("realtime:admin:manage:connections")}
                                               << QStringLiteral("secure/x") << false << false;
        QTest::newRow("empty topic") << QStringList {kRead + QStringLiteral("*"), kWrite + QStringLiteral("*")}
                                     << QString() << false << false;
    }
    void specVectors()
    {
        QFETCH(QStringList, permissions);
        QFETCH(QString, topic);
        QFETCH(bool, subscribe);
        QFETCH(bool, publish);
        const sim::PubSubGrants emulator(permissions);
        QCOMPARE(emulator.canSubscribe(topic), subscribe);
        QCOMPARE(emulator.canPublish(topic), publish);
        // The client checks before sending what the server would refuse; both read the documents alike.
        const PubSubPermissions client(permissions);
        QCOMPARE(client.canSubscribe(topic), subscribe);
        QCOMPARE(client.canPublish(topic), publish);
    }
};

QTEST_GUILESS_MAIN(TestPubSubGrants)
#include "tst_pubsub_grants.moc"
