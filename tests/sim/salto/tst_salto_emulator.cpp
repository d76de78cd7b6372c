// The Salto emulator as a client sees it: the token endpoint (Basic auth, scope into the JWT), JWT checks at the
// upgrade (401 without, with a forged or expired token; 403 without the scope, for another site, for a Site User
// on the whole site), the token as header or query, the handshake, ReceiveMessage invocations of the right site and
// stream, server Pings, the client's Ping and Close, and the fault switches (also aimed at one stream).
#include "net/signalr/signalr_hub_connection.h"
#include "signalr_test_parser.h"
#include "sim/salto/salto_emulator.h"
#include "sim_plain_options.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace sb;
using namespace sb::sim;

namespace {

SaltoEmulatorOptions plain()
{
    return sb::test::plainEmulatorOptions<SaltoEmulatorOptions>();
}

QNetworkRequest hubRequest(const SaltoEmulator &emulator, const QString &stream, const QString &token,
    const QString &siteId = QString(), const QString &userId = QString(), bool inQuery = false)
{
    QUrl url = emulator.hubBaseUrl();
    url.setPath(QStringLiteral("/v1/hub/") + stream);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("site_id"), siteId.isEmpty() ? emulator.sites().first().id : siteId);
    if (!userId.isEmpty())
        query.addQueryItem(QStringLiteral("user_id"), userId);
    if (inQuery)
        query.addQueryItem(QStringLiteral("access_token"), token);
    url.setQuery(query);
    QNetworkRequest r(url);
    if (!inQuery && !token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return r;
}

int upgradeStatus(SaltoEmulator &emulator, const QNetworkRequest &request)
{
    SignalRHubConnection connection;
    QSignalSpy closed(&connection, &SignalRHubConnection::closed);
    QSignalSpy done(&connection, &SignalRHubConnection::handshakeCompleted);
    connection.open(request);
    if (!QTest::qWaitFor([&] { return closed.count() > 0 || done.count() > 0; }, 5000))
        return -1;
    if (done.count() > 0)
        return 101;
    Q_UNUSED(emulator)
    return closed.first().at(0).value<SignalRCloseInfo>().httpStatus;
}

QStringList allSites(const SaltoEmulator &emulator)
{
    QStringList out;
    for (const SaltoSite &s : emulator.sites())
        out << s.id;
    return out;
}

} // namespace

class TstSaltoEmulator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokenEndpointIssuesScopedJwts()
    {
        SaltoEmulatorOptions o = plain();
        o.tls = true;
        SaltoEmulator emulator(o);
        QVERIFY(emulator.start());
        QNetworkAccessManager nam;
        QNetworkRequest request(emulator.tokenUrl());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        request.setRawHeader(
            "Authorization", "Basic " + (o.clientId + QLatin1Char(':') + o.clientSecret).toUtf8().toBase64());
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(emulator.caFile()));
        request.setSslConfiguration(tls);
        QNetworkReply *reply = nam.post(request, "grant_type=client_credentials&scope=user_api.full_access");
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(body.value(QStringLiteral("expires_in")).toInt(), o.tokenLifetimeSec);
        QCOMPARE(emulator.tokensIssued(), 1);
        reply->deleteLater();

        request.setRawHeader("Authorization", "Basic " + QByteArray("wrong:creds").toBase64());
        reply = nam.post(request, "grant_type=client_credentials");
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        reply->deleteLater();
    }

    void upgradeChecksTheJwt()
    {
        SaltoEmulator emulator(plain());
        QVERIFY(emulator.start());
        const QStringList sites = allSites(emulator);
        const qint64 later = QDateTime::currentMSecsSinceEpoch() + 3600000;
        const QString scope = QStringLiteral("user_api.full_access");
        QCOMPARE(upgradeStatus(emulator, hubRequest(emulator, QStringLiteral("entries"), QString())), 401);
        QCOMPARE(upgradeStatus(emulator,
                     hubRequest(emulator, QStringLiteral("entries"),
                         emulator.mintToken({scope}, QStringLiteral("Site Admin"), sites, later, QString(), "forged"))),
            401);
        QCOMPARE(upgradeStatus(emulator,
                     hubRequest(emulator, QStringLiteral("entries"),
                         emulator.mintToken({scope}, QStringLiteral("Site Admin"), sites, later - 7200000))),
            401);
        QCOMPARE(upgradeStatus(emulator,
                     hubRequest(emulator, QStringLiteral("entries"),
                         emulator.mintToken({QStringLiteral("openid")}, QStringLiteral("Site Admin"), sites, later))),
            403);
        QCOMPARE(upgradeStatus(emulator,
                     hubRequest(emulator, QStringLiteral("incidents"),
                         emulator.mintToken({scope}, QStringLiteral("Site Admin"), {sites.at(1)}, later))),
            403);
        const QString siteUser
            = emulator.mintToken({scope}, QStringLiteral("Site User"), sites, later, QStringLiteral("u-1001"));
        QCOMPARE(upgradeStatus(emulator, hubRequest(emulator, QStringLiteral("entries"), siteUser)), 403);
        QCOMPARE(upgradeStatus(emulator,
                     hubRequest(emulator, QStringLiteral("entries"), siteUser, QString(), QStringLiteral("u-1001"))),
            101);
        QCOMPARE(upgradeStatus(emulator, hubRequest(emulator, QStringLiteral("doors"), emulator.validToken())), 404);
        QCOMPARE(
            upgradeStatus(emulator,
                hubRequest(emulator, QStringLiteral("entries"), emulator.validToken(), QString(), QString(), true)),
            101);
        QCOMPARE(emulator.upgradeStatuses(), (QList<int> {401, 401, 401, 403, 403, 403, 404}));
        QCOMPARE(emulator.authorizations(), (QList<QByteArray> {"header", "query"}));
    }

    void deliversReceiveMessageToItsSiteAndStream()
    {
        SaltoEmulatorOptions o = plain();
        o.incidentEvery = 2;
        SaltoEmulator emulator(o);
        QVERIFY(emulator.start());
        SignalRHubConnection entries;
        SignalRHubConnection incidents;
        test::SignalRTestParser entryMessages(entries);
        test::SignalRTestParser incidentMessages(incidents);
        QSignalSpy connected(&emulator, &SaltoEmulator::hubConnected);
        entries.open(hubRequest(emulator, QStringLiteral("entries"), emulator.validToken()));
        incidents.open(hubRequest(emulator, QStringLiteral("incidents"), emulator.validToken()));
        QTRY_COMPARE(connected.count(), 2);
        QTRY_VERIFY(entries.isConnected() && incidents.isConnected());
        emulator.publish(4); // per site: 2 entries, 2 incidents; only the first site's reach us
        QTRY_COMPARE(entryMessages.messages.size(), 2);
        QTRY_COMPARE(incidentMessages.messages.size(), 2);
        QCOMPARE(emulator.eventsSent(), 4);
        const SignalRHubMessage m = incidentMessages.messages.first();
        QCOMPARE(m.target, QStringLiteral("ReceiveMessage"));
        QVERIFY(m.invocationId.isEmpty());
        QCOMPARE(m.arguments.size(), 1);
        const QJsonObject incident = QJsonDocument::fromJson(m.arguments.at(0).toString().toUtf8()).object();
        QCOMPARE(incident.value(QStringLiteral("site_id")).toString(), emulator.sites().first().id);
        QVERIFY(!incident.value(QStringLiteral("incident_type")).toString().isEmpty());
        QVERIFY(!incident.value(QStringLiteral("severity")).toString().isEmpty());
        QVERIFY(!incident.value(QStringLiteral("lock_name")).toString().isEmpty());
    }

    void pingsBothWaysAndClientClose()
    {
        SaltoEmulatorOptions o = plain();
        o.pingIntervalMs = 50;
        SaltoEmulator emulator(o);
        QVERIFY(emulator.start());
        SignalRHubConnection::Options co;
        co.keepAliveMs = 50;
        SignalRHubConnection connection(co);
        test::SignalRTestParser parser(connection);
        connection.open(hubRequest(emulator, QStringLiteral("entries"), emulator.validToken()));
        QTRY_VERIFY(connection.pingsReceived() >= 2);
        QTRY_VERIFY(emulator.pingsReceived() >= 1);
        emulator.setFault(SaltoFault::StopPinging, true);
        // Records arrive in order, so a published entry fences off everything sent before it: a ping in flight when
        // the switch went on, then any ping the switch failed to stop.
        const QList<SignalRHubMessage> &messages = parser.messages;
        emulator.publish(4);
        QVERIFY(emulator.eventsSent() > 0);
        QTRY_COMPARE(messages.count(), emulator.eventsSent());
        const int before = connection.pingsReceived();
        const int sent = emulator.pingsSent();
        emulator.pingAll(); // what the ping timer calls
        emulator.publish(4);
        QVERIFY(emulator.eventsSent() > messages.count());
        QTRY_COMPARE(messages.count(), emulator.eventsSent());
        QCOMPARE(connection.pingsReceived(), before);
        QCOMPARE(emulator.pingsSent(), sent);
        QSignalSpy closed(&connection, &SignalRHubConnection::closed);
        connection.close();
        QTRY_COMPARE(emulator.closesReceived(), 1);
        QTRY_COMPARE(closed.count(), 1);
        QTRY_COMPARE(emulator.activeConnections(), 0);
    }

    void faults()
    {
        SaltoEmulator emulator(plain());
        QVERIFY(emulator.start());
        SignalRHubConnection connection;
        test::SignalRTestParser parser(connection);
        const QList<SignalRHubMessage> &messages = parser.messages;
        const QStringList &errors = parser.errors;
        QSignalSpy closed(&connection, &SignalRHubConnection::closed);
        connection.open(hubRequest(emulator, QStringLiteral("entries"), emulator.validToken()));
        QTRY_VERIFY(connection.isConnected());

        emulator.setFault(SaltoFault::SplitRecords, true);
        emulator.publish(6);
        QTRY_VERIFY(messages.count() >= 4);

        emulator.trigger(SaltoFault::MalformedRecord);
        QTRY_COMPARE(errors.count(), 1);
        QVERIFY(connection.isConnected());

        emulator.trigger(SaltoFault::CloseAllowReconnect);
        QTRY_COMPARE(closed.count(), 1);
        QVERIFY(closed.first().at(0).value<SignalRCloseInfo>().allowReconnect);

        connection.open(hubRequest(emulator, QStringLiteral("entries"), emulator.validToken()));
        QTRY_VERIFY(connection.isConnected());
        emulator.trigger(SaltoFault::CloseNoReconnect);
        QTRY_COMPARE(closed.count(), 2);
        QVERIFY(!closed.at(1).at(0).value<SignalRCloseInfo>().allowReconnect);
        QVERIFY(closed.at(1).at(0).value<SignalRCloseInfo>().serverSentClose);

        connection.open(hubRequest(emulator, QStringLiteral("entries"), emulator.validToken()));
        QTRY_VERIFY(connection.isConnected());
        emulator.trigger(SaltoFault::DropConnections);
        QTRY_COMPARE(closed.count(), 3);
        QVERIFY(!closed.at(2).at(0).value<SignalRCloseInfo>().serverSentClose);

        emulator.setFault(SaltoFault::HandshakeError, true);
        connection.open(hubRequest(emulator, QStringLiteral("entries"), emulator.validToken()));
        QTRY_COMPARE(closed.count(), 4);
        QVERIFY(closed.at(3).at(0).value<SignalRCloseInfo>().handshakeRefused);
    }

    void faultsAimedAtOneStream()
    {
        SaltoEmulator emulator(plain());
        QVERIFY(emulator.start());
        SignalRHubConnection entries;
        SignalRHubConnection incidents;
        test::SignalRTestParser entriesParser(entries);
        test::SignalRTestParser incidentsParser(incidents);
        QSignalSpy entriesClosed(&entries, &SignalRHubConnection::closed);
        QSignalSpy incidentsClosed(&incidents, &SignalRHubConnection::closed);
        entries.open(hubRequest(emulator, QStringLiteral("entries"), emulator.validToken()));
        incidents.open(hubRequest(emulator, QStringLiteral("incidents"), emulator.validToken()));
        QTRY_VERIFY(entries.isConnected() && incidents.isConnected());
        emulator.trigger(SaltoFault::CloseNoReconnect, QStringLiteral("revoked"), QStringLiteral("incidents"));
        QTRY_COMPARE(incidentsClosed.count(), 1);
        QCOMPARE(incidentsClosed.first().at(0).value<SignalRCloseInfo>().serverError, QStringLiteral("revoked"));
        QVERIFY(entries.isConnected());
        incidents.open(hubRequest(emulator, QStringLiteral("incidents"), emulator.validToken()));
        QTRY_VERIFY(incidents.isConnected());
        emulator.trigger(SaltoFault::DropConnections, QString(), QStringLiteral("entries"));
        QTRY_COMPARE(entriesClosed.count(), 1);
        QVERIFY(incidents.isConnected());
        QCOMPARE(incidentsClosed.count(), 1);
    }

    void incidentsForbidden()
    {
        SaltoEmulator emulator(plain());
        QVERIFY(emulator.start());
        emulator.setFault(SaltoFault::IncidentsForbidden, true);
        QCOMPARE(
            upgradeStatus(emulator, hubRequest(emulator, QStringLiteral("incidents"), emulator.validToken())), 403);
        QCOMPARE(upgradeStatus(emulator, hubRequest(emulator, QStringLiteral("entries"), emulator.validToken())), 101);
    }

    void handshakeSilence()
    {
        SaltoEmulator emulator(plain());
        QVERIFY(emulator.start());
        emulator.setFault(SaltoFault::HandshakeSilence, true);
        SignalRHubConnection::Options o;
        o.handshakeTimeoutMs = 200;
        SignalRHubConnection connection(o);
        QSignalSpy closed(&connection, &SignalRHubConnection::closed);
        connection.open(hubRequest(emulator, QStringLiteral("entries"), emulator.validToken()));
        QTRY_COMPARE(emulator.handshakesUnanswered(), 1);
        QTRY_COMPARE(closed.count(), 1);
        QVERIFY(closed.first().at(0).value<SignalRCloseInfo>().timedOut);
        QCOMPARE(emulator.activeConnections(), 0);
    }

    void splitInsideCharactersAndBatchedArguments()
    {
        SaltoEmulator emulator(plain());
        QVERIFY(emulator.start());
        const SaltoSite site = emulator.sites().at(1);
        SignalRHubConnection connection;
        test::SignalRTestParser parser(connection);
        const QList<SignalRHubMessage> &messages = parser.messages;
        const QStringList &errors = parser.errors;
        connection.open(hubRequest(emulator, QStringLiteral("entries"), emulator.validToken(), site.id));
        QTRY_VERIFY(connection.isConnected());
        emulator.setFault(SaltoFault::SplitInsideCharacters, true);
        emulator.publish(4);
        QVERIFY(emulator.eventsSent() >= 2);
        QTRY_COMPARE(messages.count(), emulator.eventsSent());
        for (const SignalRHubMessage &m : messages) {
            const QJsonObject entry = QJsonDocument::fromJson(m.arguments.at(0).toString().toUtf8()).object();
            QCOMPARE(entry.value(QStringLiteral("site_name")).toString(), site.name);
        }
        emulator.setFault(SaltoFault::BatchedArguments, true);
        const int single = messages.count();
        emulator.publish(4);
        QTRY_COMPARE(messages.count(), single + 1);
        QCOMPARE(messages.last().arguments.size(), emulator.eventsSent() - single);
        QVERIFY(emulator.eventsSent() - single >= 2);
        QCOMPARE(errors.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TstSaltoEmulator)
#include "tst_salto_emulator.moc"
