// Every emulator endpoint answers on both loopback addresses. The emulators hand out "localhost", which a client may
// resolve to ::1 alone (Node 18 on Debian does), so each HTTP, token, SQS and WebSocket endpoint is reached here over
// 127.0.0.1 and over ::1 with a real request, and over TLS the certificate must name the address itself.
#include "sim/alerts/alerts_emulator.h"
#include "sim/alerts/sqs_queue_server.h"
#include "sim/loopback_listen.h"
#include "sim/mrn/lseg_emulator.h"
#include "sim/opera/opera_emulator.h"
#include "sim/pubsub/pubsub_emulator.h"
#include "sim/salto/salto_emulator.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

#include <memory>

using namespace sb::sim;

namespace {

struct Endpoint
{
    QString name;
    QUrl url;
    QByteArray subprotocol; // non-empty: a WebSocket upgrade with this subprotocol
    bool webSocket = false;
};

// One request over one address; `statusLine` is the first line the server answered, `error` what went wrong.
class EndpointProbe : public QObject
{
public:
    EndpointProbe(const Endpoint &endpoint, const QHostAddress &address, const QString &caFile)
    {
        const bool tls = endpoint.url.scheme() == u"https" || endpoint.url.scheme() == u"wss";
        QByteArray request = "GET " + endpoint.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)
            + " HTTP/1.1\r\n" + "Host: localhost:" + QByteArray::number(endpoint.url.port()) + "\r\n";
        if (endpoint.webSocket) {
            request += "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                       "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";
            if (!endpoint.subprotocol.isEmpty())
                request += "Sec-WebSocket-Protocol: " + endpoint.subprotocol + "\r\n";
        } else {
            request += "Connection: close\r\n";
        }
        request += "\r\n";
        connect(&m_socket, &QSslSocket::readyRead, this, [this] {
            m_reply += m_socket.readAll();
            const qsizetype eol = m_reply.indexOf("\r\n");
            if (eol >= 0 && !done) {
                statusLine = m_reply.left(eol);
                done = true;
                m_socket.abort();
            }
        });
        connect(&m_socket, &QAbstractSocket::errorOccurred, this, [this] {
            if (!done) {
                error = m_socket.errorString();
                done = true;
            }
        });
        connect(&m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            for (const QSslError &e : errors)
                error += e.errorString() + QLatin1Char(' ');
        });
        if (tls) {
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            config.setCaCertificates(QSslCertificate::fromPath(caFile));
            config.setPeerVerifyMode(QSslSocket::VerifyPeer);
            m_socket.setSslConfiguration(config);
            connect(&m_socket, &QSslSocket::encrypted, this, [this, request] { m_socket.write(request); });
            // The peer name is the address itself: a URL that names it must pass verification too.
            m_socket.connectToHostEncrypted(address.toString(), quint16(endpoint.url.port()), address.toString());
        } else {
            connect(&m_socket, &QAbstractSocket::connected, this, [this, request] { m_socket.write(request); });
            m_socket.connectToHost(address, quint16(endpoint.url.port()));
        }
    }

    bool done = false;
    QByteArray statusLine;
    QString error;

private:
    QSslSocket m_socket;
    QByteArray m_reply;
};

QUrl withPath(QUrl url, const QString &path)
{
    url.setPath(path);
    return url;
}

} // namespace

class TstEmulatorLoopback : public QObject
{
    Q_OBJECT

private:
    void probeAll(const QList<Endpoint> &endpoints, const QString &caFile)
    {
        QList<QHostAddress> addresses {QHostAddress(QHostAddress::LocalHost)};
        if (hasIpv6Loopback())
            addresses << QHostAddress(QHostAddress::LocalHostIPv6);
        else
            qWarning("this machine has no IPv6 loopback; only 127.0.0.1 is probed");
        for (const Endpoint &endpoint : endpoints) {
            QCOMPARE(endpoint.url.host(), QStringLiteral("localhost"));
            for (const QHostAddress &address : addresses) {
                EndpointProbe probe(endpoint, address, caFile);
                QTRY_VERIFY_WITH_TIMEOUT(probe.done, 10000);
                const QString where = endpoint.name + QLatin1String(" over ") + address.toString();
                QVERIFY2(probe.error.isEmpty(), qPrintable(where + QLatin1String(": ") + probe.error));
                QVERIFY2(probe.statusLine.startsWith("HTTP/1.1 "),
                    qPrintable(where + QLatin1String(": ") + QString::fromLatin1(probe.statusLine)));
                if (endpoint.webSocket && endpoint.name.startsWith(QLatin1String("lseg")))
                    QVERIFY2(probe.statusLine.startsWith("HTTP/1.1 101"),
                        qPrintable(where + QLatin1String(": ") + QString::fromLatin1(probe.statusLine)));
            }
        }
    }

private Q_SLOTS:
    void certificateNamesBothLoopbacks()
    {
        LsegEmulator emulator;
        QVERIFY(emulator.start());
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(emulator.caFile());
        QCOMPARE(certs.size(), 1);
        const auto names = certs.first().subjectAlternativeNames();
        QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("0:0:0:0:0:0:0:1"))
            || names.values(QSsl::IpAddressEntry).contains(QStringLiteral("::1")));
    }

    void lsegEndpoints()
    {
        LsegEmulator emulator;
        QVERIFY(emulator.start());
        QList<Endpoint> endpoints {{QStringLiteral("lseg token v2"), emulator.tokenUrl(), {}, false},
            {QStringLiteral("lseg token v1"), emulator.tokenUrlV1(), {}, false},
            {QStringLiteral("lseg discovery"), emulator.discoveryUrl(), {}, false}};
        const QList<quint16> ports = emulator.webSocketPorts();
        QVERIFY(!ports.isEmpty());
        for (int i = 0; i < ports.size(); ++i)
            endpoints.append({QStringLiteral("lseg websocket %1").arg(i), emulator.webSocketUrl(i), "tr_json2", true});
        probeAll(endpoints, emulator.caFile());
    }

    void lsegEndpointReopensOnBoth()
    {
        // An endpoint that went down and came back listens on both addresses again, on its old port.
        LsegEmulator emulator;
        QVERIFY(emulator.start());
        emulator.setFault(LsegFault::FirstEndpointDown, true);
        emulator.setFault(LsegFault::FirstEndpointDown, false);
        probeAll({{QStringLiteral("lseg websocket 0 reopened"), emulator.webSocketUrl(0), "tr_json2", true}},
            emulator.caFile());
    }

    void alertsEndpoints()
    {
        AlertsEmulator emulator;
        QVERIFY(emulator.start());
        QVERIFY(emulator.queueServer());
        probeAll({{QStringLiteral("alerts api"), withPath(emulator.apiBase(), QStringLiteral("/message-services/v1/")),
                      {}, false},
                     {QStringLiteral("alerts token"), emulator.tokenUrl(), {}, false},
                     {QStringLiteral("alerts sqs"), emulator.queueServer()->baseUrl(), {}, false}},
            emulator.caFile());
    }

    void operaEndpoints()
    {
        OperaEmulator emulator;
        QVERIFY(emulator.start());
        probeAll({{QStringLiteral("opera token"), emulator.tokenUrl(), {}, false},
                     {QStringLiteral("opera gateway"), emulator.gatewayUrl(), {}, false},
                     {QStringLiteral("opera stream"), emulator.streamUrl(), "graphql-transport-ws", true}},
            emulator.caFile());
    }

    void pubsubEndpoints()
    {
        PubSubEmulator emulator;
        QVERIFY(emulator.start());
        probeAll({{QStringLiteral("pubsub admin"), emulator.adminUrl(), {}, false},
                     {QStringLiteral("pubsub websocket"), emulator.url(), {}, true}},
            emulator.caFile());
    }

    void saltoEndpoints()
    {
        SaltoEmulator emulator;
        QVERIFY(emulator.start());
        probeAll({{QStringLiteral("salto token"), emulator.tokenUrl(), {}, false},
                     {QStringLiteral("salto hub"), withPath(emulator.hubBaseUrl(), QStringLiteral("/v1/hub/entries")),
                         {}, true}},
            emulator.caFile());
    }
};

QTEST_GUILESS_MAIN(TstEmulatorLoopback)
#include "tst_emulator_loopback.moc"
