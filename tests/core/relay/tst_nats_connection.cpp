// NatsConnection against a real `nats-server -js` with TLS and a token: TLS is verified (caFile trusted, an unknown
// certificate refused), a wrong token is refused, and every failure names the relay.
#include "nats_server.h"
#include "relay/nats_connection.h"
#include "relay_test_server.h"
#include "self_signed_files.h"

#include <QTest>

using namespace sb;

class TestNatsConnection : public QObject
{
    Q_OBJECT

private:
    test::SelfSignedFiles m_identity;

    // A server with a certificate for localhost/127.0.0.1 that is its own CA, asking for `token`, taking clients.
    bool startTlsServer(test::NatsServer &server, const QString &token)
    {
        server.useTls(m_identity.certificate(), m_identity.key(), m_identity.certificate());
        server.requireToken(token);
        return test::startedAndAccepting(server);
    }
    // A relay on `server` logging in with `token`; trusting the server's own CA only when `caFile` is set.
    RelayConfig relayConfig(const test::NatsServer &server, const QString &token, const QString &caFile = QString())
    {
        RelayConfig c;
        c.natsUrl = server.url();
        c.caFile = caFile;
        c.token = token;
        return c;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_identity.write()); }

    void tlsWithItsCaFileAndTheTokenConnects()
    {
        if (!test::NatsServer::available())
            return;
        test::NatsServer server;
        QVERIFY(startTlsServer(server, QStringLiteral("s3cr3t")));
        NatsConnection connection(relayConfig(server, QStringLiteral("s3cr3t"), m_identity.certificate()));
        QString error;
        QVERIFY2(connection.open(&error), qPrintable(error));
        QVERIFY(connection.publish("sb.status.test", "{}", &error));
    }

    void aCertificateNoCaVouchesForIsRefused()
    {
        if (!test::NatsServer::available())
            return;
        test::NatsServer server;
        QVERIFY(startTlsServer(server, QStringLiteral("s3cr3t")));
        // tls://: TLS required, verified against the system CAs only
        NatsConnection connection(relayConfig(server, QStringLiteral("s3cr3t")));
        QString error;
        QVERIFY(!connection.open(&error));
        QVERIFY2(error.startsWith(QStringLiteral("relay %1 stream SWITCHBOARD: cannot connect").arg(server.url())),
            qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("s3cr3t")), qPrintable(error));
    }

    void aWrongTokenIsRefused()
    {
        if (!test::NatsServer::available())
            return;
        test::NatsServer server;
        QVERIFY(startTlsServer(server, QStringLiteral("s3cr3t")));
        NatsConnection connection(relayConfig(server, QStringLiteral("wrong"), m_identity.certificate()));
        QString error;
        QVERIFY(!connection.open(&error));
        QVERIFY2(error.contains(QStringLiteral("cannot connect")) && error.contains(QStringLiteral("uthoriz")),
            qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestNatsConnection)
#include "tst_nats_connection.moc"
