#include "feeds/mrn/service_discovery_client.h"
#include "sim/loopback_http_server.h"

#include "http_client_testbed.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using sb::FeedError;
using sb::ReconnectBackoff;
using sb::ServiceDiscoveryClient;
using sb::ServiceEndpoint;
using sb::sim::HttpRequest;
using sb::sim::HttpResponder;
using sb::sim::LoopbackHttpServer;

namespace {

constexpr qint64 kNow = sb::test::HttpClientTestbed::kNowMs;
const QString kToken = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJHRS0xIn0.c2lnbmF0dXJlLXZhbHVl");

const QByteArray kAnswer = QByteArrayLiteral(R"({"services":[
    {"dataFormat":["tr_json2"],"endpoint":"ap-southeast-1-aws-1-lrg.optimized-pricing-api.refinitiv.net",
     "location":["ap-southeast-1a"],"port":443,"provider":"aws","transport":"websocket"},
    {"dataFormat":["tr_json2"],"endpoint":"ap-southeast-1-aws-3-lrg.optimized-pricing-api.refinitiv.net",
     "location":["ap-southeast-1a","ap-southeast-1b"],"port":443,"provider":"aws","transport":"websocket"},
    {"dataFormat":["rwf"],"endpoint":"ap-southeast-1-aws-3-sm.optimized-pricing-api.refinitiv.net",
     "location":["ap-southeast-1a","ap-southeast-1b"],"port":14002,"provider":"aws","transport":"tcp"},
    {"dataFormat":["tr_json2"],"endpoint":"eu-west-1-aws-3-lrg.optimized-pricing-api.refinitiv.net",
     "location":["eu-west-1a","eu-west-1b"],"port":443,"provider":"aws","transport":"websocket"}]})");

// Verbatim from https://github.com/Refinitiv/websocket-api/issues/17 (reference §2.3). Kept as one raw literal:
// moc's lexer loses track of quotes when a raw string is split where the quote count is odd.
const QByteArray kInsufficientScope = QByteArrayLiteral(
    R"({"error":{"id":"1f1bb7bb-52e3-4372-ae55-947cd32d0478","code":"insufficient_scope","message":"access denied. Scopes required to access the resource: [trapi.streaming.pricing.read]. Missing scopes: [trapi.streaming.pricing.read]","status":"Forbidden"}})");

} // namespace

class TestServiceDiscoveryClient : public QObject
{
    Q_OBJECT
private:
    sb::test::HttpClientTestbed m_bed;

    QUrl discoveryUrl() const
    {
        return m_bed.server->baseUrl().resolved(QUrl(QStringLiteral("/streaming/pricing/v1/")));
    }

    ServiceDiscoveryClient *makeClient()
    {
        return m_bed.prepared(new ServiceDiscoveryClient(m_bed.nam, QSslConfiguration(), m_bed.scope));
    }

private Q_SLOTS:
    void init() { QVERIFY(m_bed.open(this)); }
    void cleanup() { m_bed.close(); }

    void requestUrl()
    {
        QCOMPARE(
            ServiceDiscoveryClient::requestUrl(QUrl(QStringLiteral("https://api.refinitiv.com/streaming/pricing/v1/"))),
            QUrl(QStringLiteral("https://api.refinitiv.com/streaming/pricing/v1/?transport=websocket")));
        QCOMPARE(ServiceDiscoveryClient::requestUrl(QUrl(QStringLiteral("https://h/p?dataformat=tr_json2"))),
            QUrl(QStringLiteral("https://h/p?dataformat=tr_json2&transport=websocket")));
        QCOMPARE(ServiceDiscoveryClient::requestUrl(QUrl(QStringLiteral("https://h/p?transport=tcp"))),
            QUrl(QStringLiteral("https://h/p?transport=tcp")));
    }

    void sendsBearerAndChoosesTheRegion()
    {
        m_bed.answerInTurn("/streaming/pricing/v1/", {{200, kAnswer}});
        ServiceDiscoveryClient *client = makeClient();
        QSignalSpy ready(client, &ServiceDiscoveryClient::endpointsReady);
        QSignalSpy failed(client, &ServiceDiscoveryClient::failed);
        client->discover(discoveryUrl(), kToken, QStringLiteral("ap-southeast-1"));
        QVERIFY(client->isBusy());
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!client->isBusy());

        QCOMPARE(m_bed.requests.size(), 1);
        const HttpRequest &req = m_bed.requests.first();
        QCOMPARE(req.method, QByteArrayLiteral("GET"));
        QCOMPARE(req.url.path(), QStringLiteral("/streaming/pricing/v1/"));
        QCOMPARE(req.query().queryItemValue(QStringLiteral("transport")), QStringLiteral("websocket"));
        QCOMPARE(req.header("authorization"), QByteArrayLiteral("Bearer ") + kToken.toUtf8());
        QCOMPARE(req.header("accept"), QByteArrayLiteral("application/json"));

        const auto endpoints = ready.first().first().value<QVector<ServiceEndpoint>>();
        QCOMPARE(endpoints.size(), 2);
        QCOMPARE(
            endpoints.at(0).endpoint, QStringLiteral("ap-southeast-1-aws-3-lrg.optimized-pricing-api.refinitiv.net"));
        QCOMPARE(
            endpoints.at(1).endpoint, QStringLiteral("ap-southeast-1-aws-1-lrg.optimized-pricing-api.refinitiv.net"));
    }

    void insufficientScopeIsAClearFatalError()
    {
        m_bed.answerInTurn("/streaming/pricing/v1/", {{403, kInsufficientScope}});
        ServiceDiscoveryClient *client = makeClient();
        QSignalSpy failed(client, &ServiceDiscoveryClient::failed);
        QSignalSpy retrying(client, &ServiceDiscoveryClient::retrying);
        client->discover(discoveryUrl(), kToken, QStringLiteral("ap-southeast-1"));
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!client->isBusy());
        QCOMPARE(retrying.count(), 0);
        const auto e = failed.first().first().value<FeedError>();
        QCOMPARE(e.stage, FeedError::Stage::Discovery);
        QCOMPARE(e.code, QStringLiteral("http_403"));
        QCOMPARE(e.feed, QStringLiteral("mrn"));
        QCOMPARE(e.timeMs, kNow);
        QVERIFY(!e.retryable);
        QVERIFY2(e.message.contains(QStringLiteral("HTTP 403")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("insufficient_scope")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("Missing scopes: [trapi.streaming.pricing.read]")),
            qPrintable(e.message));
        QVERIFY2(
            e.message.contains(QStringLiteral("lacks the scope trapi.streaming.pricing.read")), qPrintable(e.message));
        QVERIFY2(!e.message.contains(QStringLiteral("eyJ")), qPrintable(e.message));
    }

    void rejectedTokenAsksForANewOne()
    {
        // The gateway echoing the token must not put it into the message.
        const QByteArray body
            = QJsonDocument(QJsonObject {{QStringLiteral("error"),
                                QJsonObject {{QStringLiteral("code"), QStringLiteral("401")},
                                    {QStringLiteral("message"), QString(QStringLiteral("token expired: ") + kToken)},
                                    {QStringLiteral("status"), QStringLiteral("Unauthorized")}}}})
                  .toJson(QJsonDocument::Compact);
        m_bed.answerInTurn("/streaming/pricing/v1/", {{401, body}});
        ServiceDiscoveryClient *client = makeClient();
        QSignalSpy failed(client, &ServiceDiscoveryClient::failed);
        QSignalSpy retrying(client, &ServiceDiscoveryClient::retrying);
        client->discover(discoveryUrl(), kToken, QStringLiteral("ap-southeast-1"));
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!client->isBusy()); // the caller retries, with a new token
        QCOMPARE(retrying.count(), 0);
        const auto e = failed.first().first().value<FeedError>();
        QCOMPARE(e.code, QStringLiteral("http_401"));
        QCOMPARE(e.stage, FeedError::Stage::Discovery);
        QVERIFY(e.retryable);
        QVERIFY2(e.message.contains(QStringLiteral("token expired")), qPrintable(e.message));
        QVERIFY2(!e.message.contains(kToken), qPrintable(e.message));
        QVERIFY2(!e.message.contains(QStringLiteral("c2lnbmF0dXJl")), qPrintable(e.message));
    }

    void fatalStatuses_data()
    {
        QTest::addColumn<int>("status");
        for (int s : {404, 410, 451})
            QTest::newRow(qPrintable(QString::number(s))) << s;
    }
    void fatalStatuses()
    {
        QFETCH(int, status);
        m_bed.answerInTurn("/streaming/pricing/v1/", {{status, QByteArrayLiteral("gone")}});
        ServiceDiscoveryClient *client = makeClient();
        QSignalSpy failed(client, &ServiceDiscoveryClient::failed);
        client->discover(discoveryUrl(), kToken, QStringLiteral("ap-southeast-1"));
        QTRY_COMPARE(failed.count(), 1);
        const auto e = failed.first().first().value<FeedError>();
        QCOMPARE(e.code, QStringLiteral("http_%1").arg(status));
        QVERIFY(!e.retryable);
        QVERIFY2(e.message.contains(QStringLiteral("gone")), qPrintable(e.message));
        QVERIFY(!client->isBusy());
    }

    void otherFailuresAreRetried()
    {
        m_bed.answerInTurn("/streaming/pricing/v1/",
            {{500, QByteArray()}, {429, QByteArray()}, {200, QByteArrayLiteral("{not json")}, {200, kAnswer}});
        ServiceDiscoveryClient *client = makeClient();
        QSignalSpy ready(client, &ServiceDiscoveryClient::endpointsReady);
        QSignalSpy retrying(client, &ServiceDiscoveryClient::retrying);
        client->discover(discoveryUrl(), kToken, QStringLiteral("ap-southeast-1"));
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(retrying.count(), 3);
        QStringList codes;
        for (const auto &args : std::as_const(retrying)) {
            const auto e = args.first().value<FeedError>();
            QVERIFY(e.retryable);
            QCOMPARE(e.stage, FeedError::Stage::Discovery);
            codes.append(e.code);
        }
        QCOMPARE(codes,
            (QStringList {QStringLiteral("http_500"), QStringLiteral("http_429"), QStringLiteral("bad_response")}));
        for (const HttpRequest &r : std::as_const(m_bed.requests))
            QCOMPARE(r.header("authorization"), QByteArrayLiteral("Bearer ") + kToken.toUtf8());
    }

    void unknownRegionIsFatal()
    {
        m_bed.answerInTurn("/streaming/pricing/v1/", {{200, kAnswer}});
        ServiceDiscoveryClient *client = makeClient();
        QSignalSpy failed(client, &ServiceDiscoveryClient::failed);
        client->discover(discoveryUrl(), kToken, QStringLiteral("us-east-1"));
        QTRY_COMPARE(failed.count(), 1);
        const auto e = failed.first().first().value<FeedError>();
        QCOMPARE(e.code, QStringLiteral("no_endpoint"));
        QVERIFY(!e.retryable);
        QVERIFY2(e.message.contains(QStringLiteral("us-east-1")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("ap-southeast-1, eu-west-1")), qPrintable(e.message));
    }

    void redirectKeepsTheToken()
    {
        m_bed.server->route("/old/", [this](const HttpRequest &req, const HttpResponder &res) {
            m_bed.requests.append(req);
            res.send(302, QByteArray(), QByteArray(),
                {{QByteArrayLiteral("Location"), QByteArrayLiteral("/streaming/pricing/v1/?transport=websocket")}});
        });
        m_bed.answerInTurn("/streaming/pricing/v1/", {{200, kAnswer}});
        ServiceDiscoveryClient *client = makeClient();
        QSignalSpy ready(client, &ServiceDiscoveryClient::endpointsReady);
        client->discover(
            m_bed.server->baseUrl().resolved(QUrl(QStringLiteral("/old/"))), kToken, QStringLiteral("eu-west-1"));
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(m_bed.requests.size(), 2);
        QCOMPARE(m_bed.requests.at(1).header("authorization"), QByteArrayLiteral("Bearer ") + kToken.toUtf8());
        QCOMPARE(ready.first().first().value<QVector<ServiceEndpoint>>().first().endpoint,
            QStringLiteral("eu-west-1-aws-3-lrg.optimized-pricing-api.refinitiv.net"));
    }

    void crossOriginRedirectKeepsTheToken_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("302") << 302;
        QTest::newRow("303") << 303; // a GET may follow a 303
        QTest::newRow("307") << 307;
    }
    void crossOriginRedirectKeepsTheToken()
    {
        // Another port on the same loopback is another origin and must not see the Bearer token.
        QFETCH(int, status);
        LoopbackHttpServer elsewhere;
        QVERIFY(elsewhere.listen());
        elsewhere.route("/", [](const HttpRequest &, const HttpResponder &res) { res.send(200, kAnswer); });
        const QUrl target = elsewhere.baseUrl().resolved(QUrl(QStringLiteral("/streaming/pricing/v1/")));
        m_bed.server->route("/old/", [this, status, target](const HttpRequest &req, const HttpResponder &res) {
            m_bed.requests.append(req);
            res.send(status, QByteArray(), QByteArray(), {{QByteArrayLiteral("Location"), target.toEncoded()}});
        });
        ServiceDiscoveryClient *client = makeClient();
        QSignalSpy ready(client, &ServiceDiscoveryClient::endpointsReady);
        QSignalSpy failed(client, &ServiceDiscoveryClient::failed);
        client->discover(
            m_bed.server->baseUrl().resolved(QUrl(QStringLiteral("/old/"))), kToken, QStringLiteral("eu-west-1"));
        QTRY_COMPARE(failed.count(), 1);
        const auto e = failed.first().first().value<FeedError>();
        QCOMPARE(e.code, QStringLiteral("cross_origin_redirect"));
        QCOMPARE(e.stage, FeedError::Stage::Discovery);
        QVERIFY(!e.retryable);
        QVERIFY2(e.message.contains(QLatin1String("credentials were not resent")), qPrintable(e.message));
        QVERIFY2(e.message.contains(target.toString()), qPrintable(e.message));
        QCOMPARE(m_bed.requests.size(), 1);
        QCOMPARE(m_bed.requests.first().header("authorization"), QByteArrayLiteral("Bearer ") + kToken.toUtf8());
        QCOMPARE(elsewhere.requestCount(), 0);
        QCOMPARE(ready.count(), 0);
        QVERIFY(!client->isBusy());
    }

    void discoverAgainStartsOver()
    {
        m_bed.server->route("/streaming/pricing/v1/", [this](const HttpRequest &req, const HttpResponder &res) {
            m_bed.requests.append(req);
            if (m_bed.requests.size() == 1)
                m_bed.parked.append(res);
            else
                res.send(200, kAnswer);
        });
        ServiceDiscoveryClient *client = makeClient();
        QSignalSpy ready(client, &ServiceDiscoveryClient::endpointsReady);
        client->discover(discoveryUrl(), QStringLiteral("old-token-value"), QStringLiteral("ap-southeast-1"));
        QTRY_COMPARE(m_bed.parked.size(), 1);
        client->discover(discoveryUrl(), kToken, QStringLiteral("eu-west-1"));
        QTRY_COMPARE(ready.count(), 1);
        m_bed.parked.first().send(200, kAnswer); // the abandoned request's answer finds no listener
        QCOMPARE(m_bed.requests.last().header("authorization"), QByteArrayLiteral("Bearer ") + kToken.toUtf8());
        QCOMPARE(ready.first().first().value<QVector<ServiceEndpoint>>().size(), 1);
        client->abort();
        QVERIFY(!client->isBusy());
    }
};

QTEST_MAIN(TestServiceDiscoveryClient)
#include "tst_service_discovery_client.moc"
