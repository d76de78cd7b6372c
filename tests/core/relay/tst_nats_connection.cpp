// NatsConnection against a real `nats-server -js` with TLS and a token: TLS is verified (caFile trusted, an unknown
// certificate refused), a wrong token is refused, and every failure names the relay.
#include "nats_server.h"
#include "relay/nats_connection.h"
#include "self_signed_files.h"

#include <QTest>

using namespace sb;

class TestNatsConnection : public QObject
{
    Q_OBJECT

private:
    test::SelfSignedFiles m_identity;

    // A server with a certificate for localhost/127.0.0.1 that is its own CA, asking for `token`.
    bool startTlsServer(test::NatsServer &server, const QString &token)
    {
        server.useTls(m_identity.certificate(), m_identity.key(), m_identity.certificate());
        server.requireToken(token);
        server.start();
        return true;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_identity.write()); }

    void tlsWithItsCaFileAndTheTokenConnects()
    {
        if (!test::NatsServer::available())
            return;
        test::NatsServer server;
        startTlsServer(server, QStringLiteral("s3cr3t"));
        QTRY_VERIFY_WITH_TIMEOUT(server.accepting(), 15000);
        RelayConfig c;
        c.natsUrl = server.url();
        c.caFile = m_identity.certificate();
        c.token = QStringLiteral("s3cr3t");
        NatsConnection connection(c);
        QString error;
        QVERIFY2(connection.open(&error), qPrintable(error));
        QVERIFY(connection.publish("sb.status.test", "{}", &error));
    }

    void aCertificateNoCaVouchesForIsRefused()
    {
        if (!test::NatsServer::available())
            return;
        test::NatsServer server;
        startTlsServer(server, QStringLiteral("s3cr3t"));
        QTRY_VERIFY_WITH_TIMEOUT(server.accepting(), 15000);
        RelayConfig c;
        c.natsUrl = server.url(); // tls://: TLS required, verified against the system CAs only
        c.token = QStringLiteral("s3cr3t");
        NatsConnection connection(c);
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
        startTlsServer(server, QStringLiteral("s3cr3t"));
        QTRY_VERIFY_WITH_TIMEOUT(server.accepting(), 15000);
        RelayConfig c;
        c.natsUrl = server.url();
        c.caFile = m_identity.certificate();
        c.token = QStringLiteral("wrong");
        NatsConnection connection(c);
        QString error;
        QVERIFY(!connection.open(&error));
        QVERIFY2(error.contains(QStringLiteral("cannot connect")) && error.contains(QStringLiteral("uthoriz")),
            qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestNatsConnection)
#include "tst_nats_connection.moc"
