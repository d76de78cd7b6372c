#include "sim/mrn/lseg_emulator.h"

#include "lseg_test_http.h"

#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace sb::sim;
using namespace sb::test;

namespace {

QByteArray v2Form(
    const QString &id = QStringLiteral("switchboard-demo"), const QString &secret = QStringLiteral("demo-secret"))
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    q.addQueryItem(QStringLiteral("client_id"), id);
    q.addQueryItem(QStringLiteral("client_secret"), secret);
    q.addQueryItem(QStringLiteral("scope"), QStringLiteral("trapi.streaming.pricing.read"));
    return q.toString(QUrl::FullyEncoded).toLatin1();
}

QByteArray v1PasswordForm(const QString &password = QStringLiteral("demo-password"))
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    q.addQueryItem(QStringLiteral("username"), QStringLiteral("demo-machine-id"));
    q.addQueryItem(QStringLiteral("password"), password);
    q.addQueryItem(QStringLiteral("client_id"), QStringLiteral("app-key-1"));
    q.addQueryItem(QStringLiteral("takeExclusiveSignOnControl"), QStringLiteral("True"));
    q.addQueryItem(QStringLiteral("scope"), QStringLiteral("trapi.streaming.pricing.read"));
    return q.toString(QUrl::FullyEncoded).toLatin1();
}

QByteArray v1RefreshForm(const QString &refreshToken)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    q.addQueryItem(QStringLiteral("username"), QStringLiteral("demo-machine-id"));
    q.addQueryItem(QStringLiteral("client_id"), QStringLiteral("app-key-1"));
    q.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
    return q.toString(QUrl::FullyEncoded).toLatin1();
}

LsegEmulatorOptions quietOptions()
{
    LsegEmulatorOptions o;
    o.storiesPerSecond = 0;
    return o;
}

} // namespace

class TestLsegAuth : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LsegEmulator> m_emulator;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QSslConfiguration m_tls;
    qint64 m_now = 1719915217000;

    void startEmulator(const LsegEmulatorOptions &options = quietOptions())
    {
        m_emulator = std::make_unique<LsegEmulator>(options);
        m_emulator->setClock([this] { return m_now; });
        QVERIFY(m_emulator->start());
        m_tls = trustingTls(m_emulator->caFile());
    }
    QString v2Token()
    {
        const HttpResult r = postForm(*m_nam, m_emulator->tokenUrl(), v2Form(), m_tls);
        return r.json().value(QStringLiteral("access_token")).toString();
    }

private Q_SLOTS:
    void init()
    {
        m_now = 1719915217000;
        m_nam = std::make_unique<QNetworkAccessManager>(); // no keep-alive connection outlives a test
        startEmulator();
    }
    void cleanup() { m_emulator.reset(); }

    void urlsAndFeedConfig()
    {
        QCOMPARE(m_emulator->tokenUrl().scheme(), QStringLiteral("https"));
        QCOMPARE(m_emulator->tokenUrl().host(), QStringLiteral("localhost"));
        QCOMPARE(m_emulator->tokenUrl().path(), QStringLiteral("/auth/oauth2/v2/token"));
        QCOMPARE(m_emulator->tokenUrlV1().path(), QStringLiteral("/auth/oauth2/v1/token"));
        QCOMPARE(m_emulator->discoveryUrl().path(), QStringLiteral("/streaming/pricing/v1/"));
        const QJsonObject c = m_emulator->feedConfig();
        QCOMPARE(c.value(QStringLiteral("name")).toString(), QStringLiteral("mrn"));
        QCOMPARE(c.value(QStringLiteral("type")).toString(), QStringLiteral("mrn"));
        QCOMPARE(c.value(QStringLiteral("tokenUrl")).toString(), m_emulator->tokenUrl().toString());
        QCOMPARE(c.value(QStringLiteral("discoveryUrl")).toString(), m_emulator->discoveryUrl().toString());
        QCOMPARE(c.value(QStringLiteral("clientId")).toString(), QStringLiteral("switchboard-demo"));
        QCOMPARE(c.value(QStringLiteral("clientSecret")).toString(), QStringLiteral("demo-secret"));
        QCOMPARE(c.value(QStringLiteral("scope")).toString(), QStringLiteral("trapi.streaming.pricing.read"));
        QCOMPARE(c.value(QStringLiteral("region")).toString(), QStringLiteral("ap-southeast-1"));
        QCOMPARE(c.value(QStringLiteral("service")).toString(), QStringLiteral("ELEKTRON_DD"));
        QCOMPARE(c.value(QStringLiteral("items")).toArray(), QJsonArray {QStringLiteral("MRN_STORY")});
        QCOMPARE(c.value(QStringLiteral("caFile")).toString(), m_emulator->caFile());
        QVERIFY(QFile::exists(m_emulator->caFile()));
        const QJsonObject v1 = m_emulator->feedConfigV1(QStringLiteral("mrn-v1"));
        QCOMPARE(v1.value(QStringLiteral("tokenUrl")).toString(), m_emulator->tokenUrlV1().toString());
        QVERIFY(!v1.contains(QStringLiteral("clientSecret")));
        QCOMPARE(v1.value(QStringLiteral("username")).toString(), QStringLiteral("demo-machine-id"));
    }

    void v2TokenIssued()
    {
        QSignalSpy issued(m_emulator.get(), &LsegEmulator::tokenIssued);
        const HttpResult r = postForm(*m_nam, m_emulator->tokenUrl(), v2Form(), m_tls);
        QCOMPARE(r.status, 200);
        QVERIFY(r.sslErrors.isEmpty());
        const QJsonObject o = r.json();
        QCOMPARE(o.keys(),
            (QStringList {QStringLiteral("access_token"), QStringLiteral("expires_in"), QStringLiteral("token_type")}));
        QVERIFY(o.value(QStringLiteral("expires_in")).isDouble()); // a number in V2
        QCOMPARE(o.value(QStringLiteral("expires_in")).toInt(), 7199);
        QCOMPARE(o.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QVERIFY(o.value(QStringLiteral("access_token")).toString().size() >= 32);
        QCOMPARE(issued.size(), 1);
        QCOMPARE(m_emulator->tokensIssued(), 1);
        QVERIFY(v2Token() != o.value(QStringLiteral("access_token")).toString()); // each one new
    }

    void v2TokenViaBasicAuth()
    {
        QNetworkRequest rq(m_emulator->tokenUrl());
        rq.setSslConfiguration(m_tls);
        rq.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        rq.setRawHeader("Authorization", "Basic " + QByteArray("switchboard-demo:demo-secret").toBase64());
        const HttpResult r = finish(m_nam->post(rq, QByteArray("grant_type=client_credentials")));
        QCOMPARE(r.status, 200);
    }

    void wrongSecretIs401()
    {
        const HttpResult r = postForm(
            *m_nam, m_emulator->tokenUrl(), v2Form(QStringLiteral("switchboard-demo"), QStringLiteral("nope")), m_tls);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
        QCOMPARE(r.json().value(QStringLiteral("error_description")).toString(),
            QStringLiteral("Invalid client or client credentials."));
        QCOMPARE(m_emulator->tokensIssued(), 0);
    }

    void malformedIs400()
    {
        QCOMPARE(postForm(*m_nam, m_emulator->tokenUrl(), "client_id=x", m_tls).status, 400);
        const HttpResult grant = postForm(*m_nam, m_emulator->tokenUrl(), "grant_type=magic&client_id=x", m_tls);
        QCOMPARE(grant.status, 400);
        QCOMPARE(grant.json().value(QStringLiteral("error")).toString(), QStringLiteral("unsupported_grant_type"));
        QNetworkRequest rq(m_emulator->tokenUrl());
        rq.setSslConfiguration(m_tls);
        rq.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QCOMPARE(finish(m_nam->post(rq, QByteArray("{}"))).status, 400);
        rq.setHeader(QNetworkRequest::ContentTypeHeader, QVariant());
        QCOMPARE(finish(m_nam->get(rq)).status, 405);
    }

    void v1PasswordAndRefresh()
    {
        const HttpResult first = postForm(*m_nam, m_emulator->tokenUrlV1(), v1PasswordForm(), m_tls);
        QCOMPARE(first.status, 200);
        const QJsonObject o = first.json();
        QVERIFY(o.value(QStringLiteral("expires_in")).isString()); // a string in V1
        QCOMPARE(o.value(QStringLiteral("expires_in")).toString(), QStringLiteral("600"));
        QCOMPARE(o.value(QStringLiteral("scope")).toString(), QStringLiteral("trapi.streaming.pricing.read"));
        QCOMPARE(o.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        const QString access = o.value(QStringLiteral("access_token")).toString();
        QCOMPARE(access.count(QLatin1Char('.')), 2); // a JWT, like the real V1 token
        const QJsonObject claims = QJsonDocument::fromJson(
            QByteArray::fromBase64(access.section(QLatin1Char('.'), 1, 1).toLatin1(), QByteArray::Base64UrlEncoding))
                                       .object();
        QCOMPARE(claims.value(QStringLiteral("exp")).toInteger(), m_now / 1000 + 600);
        const QString refresh = o.value(QStringLiteral("refresh_token")).toString();
        QVERIFY(!QUuid::fromString(refresh).isNull());

        const HttpResult renewed = postForm(*m_nam, m_emulator->tokenUrlV1(), v1RefreshForm(refresh), m_tls);
        QCOMPARE(renewed.status, 200);
        QVERIFY(renewed.json().value(QStringLiteral("access_token")).toString() != access);
        QVERIFY(renewed.json().value(QStringLiteral("refresh_token")).toString() != refresh);
        // A refresh token is used up.
        QCOMPARE(postForm(*m_nam, m_emulator->tokenUrlV1(), v1RefreshForm(refresh), m_tls).status, 400);
        QCOMPARE(
            postForm(*m_nam, m_emulator->tokenUrlV1(), v1RefreshForm(QStringLiteral("unknown")), m_tls).status, 400);
    }

    void v1WrongPassword()
    {
        const HttpResult r = postForm(*m_nam, m_emulator->tokenUrlV1(), v1PasswordForm(QStringLiteral("bad")), m_tls);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    }

    void tokenRejectedFault()
    {
        m_emulator->trigger(LsegFault::TokenRejected);
        QCOMPARE(postForm(*m_nam, m_emulator->tokenUrl(), v2Form(), m_tls).status, 401);
        QCOMPARE(postForm(*m_nam, m_emulator->tokenUrl(), v2Form(), m_tls).status, 200); // one-shot
        m_emulator->setFault(LsegFault::TokenRejected, true);
        QCOMPARE(postForm(*m_nam, m_emulator->tokenUrl(), v2Form(), m_tls).status, 401);
        QCOMPARE(postForm(*m_nam, m_emulator->tokenUrl(), v2Form(), m_tls).status, 401);
        m_emulator->setFault(LsegFault::TokenRejected, false);
        QCOMPARE(postForm(*m_nam, m_emulator->tokenUrl(), v2Form(), m_tls).status, 200);
    }

    void tokenServerErrorNTimes()
    {
        m_emulator->trigger(LsegFault::TokenServerError, 2);
        QCOMPARE(postForm(*m_nam, m_emulator->tokenUrl(), v2Form(), m_tls).status, 503);
        QCOMPARE(postForm(*m_nam, m_emulator->tokenUrl(), v2Form(), m_tls).status, 503);
        QCOMPARE(postForm(*m_nam, m_emulator->tokenUrl(), v2Form(), m_tls).status, 200);
        QCOMPARE(m_emulator->tokenRequests(), 3);
    }

    void tokenServerErrorStatusIsConfigurable()
    {
        LsegEmulatorOptions o = quietOptions();
        o.tokenServerErrorStatus = 500;
        startEmulator(o);
        m_emulator->trigger(LsegFault::TokenServerError);
        QCOMPARE(postForm(*m_nam, m_emulator->tokenUrl(), v2Form(), m_tls).status, 500);
    }

    void tokenRedirectIsFollowedWithThePost()
    {
        m_emulator->trigger(LsegFault::TokenRedirect);
        const HttpResult r = postForm(*m_nam, m_emulator->tokenUrl(), v2Form(), m_tls);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.redirects, 1);
        QVERIFY(r.finalUrl.path() != m_emulator->tokenUrl().path());
        QVERIFY(!r.json().value(QStringLiteral("access_token")).toString().isEmpty());
        // Qt 6.4 sometimes repeats the original POST on the same keep-alive connection after a 307 before it
        // follows the Location, so the emulator may see three requests here.
        QVERIFY(m_emulator->tokenRequests() >= 2);
    }

    void redirectAnswerItself()
    {
        // Without following, the client sees the 307 and its Location.
        m_emulator->trigger(LsegFault::TokenRedirect);
        QNetworkRequest rq(m_emulator->tokenUrl());
        rq.setSslConfiguration(m_tls);
        rq.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        rq.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_nam->post(rq, v2Form());
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 307);
        QVERIFY(reply->hasRawHeader("Location"));
        reply->deleteLater();
    }

    void tlsIsVerified()
    {
        // Without the emulator's CA the handshake must fail: verification is never off.
        const HttpResult r = postForm(*m_nam, m_emulator->tokenUrl(), v2Form(), trustingTls(QString()));
        QCOMPARE(r.status, 0);
        QVERIFY(!r.sslErrors.isEmpty());
        QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
    }

    void plainHttpWhenTlsIsOff()
    {
        LsegEmulatorOptions o = quietOptions();
        o.tls = false;
        startEmulator(o);
        QCOMPARE(m_emulator->tokenUrl().scheme(), QStringLiteral("http"));
        QVERIFY(m_emulator->caFile().isEmpty());
        QVERIFY(!m_emulator->feedConfig().contains(QStringLiteral("caFile")));
        QCOMPARE(postForm(*m_nam, m_emulator->tokenUrl(), v2Form(), QSslConfiguration()).status, 200);
        QCOMPARE(m_emulator->webSocketUrl().scheme(), QStringLiteral("ws"));
    }

    void discoveryShape()
    {
        const HttpResult r = getWithToken(*m_nam,
            QUrl(m_emulator->discoveryUrl().toString() + QStringLiteral("?transport=websocket")), v2Token(), m_tls);
        QCOMPARE(r.status, 200);
        const QJsonArray services = r.json().value(QStringLiteral("services")).toArray();
        QVERIFY(services.size() >= 12);
        QSet<QString> regions;
        QList<int> regionPorts;
        int twoLocations = 0;
        for (const QJsonValue &v : services) {
            const QJsonObject s = v.toObject();
            QCOMPARE(s.value(QStringLiteral("dataFormat")).toArray(), QJsonArray {QStringLiteral("tr_json2")});
            QCOMPARE(s.value(QStringLiteral("endpoint")).toString(), QStringLiteral("localhost"));
            QCOMPARE(s.value(QStringLiteral("provider")).toString(), QStringLiteral("aws"));
            QCOMPARE(s.value(QStringLiteral("transport")).toString(), QStringLiteral("websocket"));
            const QJsonArray loc = s.value(QStringLiteral("location")).toArray();
            QVERIFY(loc.size() == 1 || loc.size() == 2);
            const QString region = loc.first().toString().chopped(1);
            regions.insert(region);
            if (region == u"ap-southeast-1") {
                regionPorts << s.value(QStringLiteral("port")).toInt();
                twoLocations += loc.size() == 2 ? 1 : 0;
            }
        }
        for (const char *region : {"ap-northeast-1", "ap-southeast-1", "eu-west-1", "us-east-1"})
            QVERIFY(regions.contains(QString::fromLatin1(region)));
        QCOMPARE(twoLocations, 2);
        // Every entry of the configured region leads to a real listener.
        for (int port : regionPorts)
            QVERIFY(m_emulator->webSocketPorts().contains(quint16(port)));
        QCOMPARE(m_emulator->webSocketPorts().size(), 2);
        QCOMPARE(m_emulator->discoveryRequests(), 1);
    }

    void discoveryWithoutTransportListsRssl()
    {
        const HttpResult r = getWithToken(*m_nam, m_emulator->discoveryUrl(), v2Token(), m_tls);
        QCOMPARE(r.status, 200);
        bool tcp = false;
        for (const QJsonValue &v : r.json().value(QStringLiteral("services")).toArray())
            tcp = tcp || v.toObject().value(QStringLiteral("transport")).toString() == u"tcp";
        QVERIFY(tcp);
    }

    void discoveryNeedsAValidToken()
    {
        const QUrl url(m_emulator->discoveryUrl().toString() + QStringLiteral("?transport=websocket"));
        const HttpResult none = getWithToken(*m_nam, url, QString(), m_tls);
        QCOMPARE(none.status, 401);
        const HttpResult unknown = getWithToken(*m_nam, url, QStringLiteral("made-up"), m_tls);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(unknown.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("Unauthorized"));
        const QString token = v2Token();
        m_now += 7200 * 1000; // past expires_in on the injected clock
        const HttpResult expired = getWithToken(*m_nam, url, token, m_tls);
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
            QStringLiteral("token expired"));
    }

    void shortTokenLifetime()
    {
        LsegEmulatorOptions o = quietOptions();
        o.tokenLifetimeSec = 30;
        startEmulator(o);
        const HttpResult r = postForm(*m_nam, m_emulator->tokenUrl(), v2Form(), m_tls);
        QCOMPARE(r.json().value(QStringLiteral("expires_in")).toInt(), 30);
        const QString token = r.json().value(QStringLiteral("access_token")).toString();
        m_now += 29 * 1000;
        QCOMPARE(getWithToken(*m_nam, m_emulator->discoveryUrl(), token, m_tls).status, 200);
        m_now += 1000;
        QCOMPARE(getWithToken(*m_nam, m_emulator->discoveryUrl(), token, m_tls).status, 401);
    }

    void discoveryForbiddenFault()
    {
        m_emulator->trigger(LsegFault::DiscoveryForbidden);
        const HttpResult r = getWithToken(*m_nam, m_emulator->discoveryUrl(), v2Token(), m_tls);
        QCOMPARE(r.status, 403);
        const QJsonObject e = r.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("insufficient_scope"));
        QCOMPARE(e.value(QStringLiteral("status")).toString(), QStringLiteral("Forbidden"));
        QCOMPARE(e.value(QStringLiteral("message")).toString(),
            QStringLiteral("access denied. Scopes required to access the resource: [trapi.streaming.pricing.read]. "
                           "Missing scopes: [trapi.streaming.pricing.read]"));
        QVERIFY(!QUuid::fromString(e.value(QStringLiteral("id")).toString()).isNull());
        QCOMPARE(getWithToken(*m_nam, m_emulator->discoveryUrl(), v2Token(), m_tls).status, 200);
    }

    void tokenWithoutTheScopeIsForbidden()
    {
        QByteArray form = v2Form();
        form.replace("trapi.streaming.pricing.read", "trapi.data.news.read");
        const QString token = postForm(*m_nam, m_emulator->tokenUrl(), form, m_tls)
                                  .json()
                                  .value(QStringLiteral("access_token"))
                                  .toString();
        QCOMPARE(getWithToken(*m_nam, m_emulator->discoveryUrl(), token, m_tls).status, 403);
    }
};

QTEST_GUILESS_MAIN(TestLsegAuth)
#include "tst_lseg_auth.moc"
