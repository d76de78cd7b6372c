#include "auth/oauth2_token_client.h"
#include "sim/loopback_http_server.h"

#include "http_client_testbed.h"
#include "sim/self_signed_certificate.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using sb::FeedError;
using sb::OAuth2Config;
using sb::OAuth2TokenClient;
using sb::ReconnectBackoff;
using sb::TokenInfo;
using sb::sim::HttpRequest;
using sb::sim::HttpResponder;
using sb::sim::LoopbackHttpServer;

namespace {

constexpr qint64 kNow = sb::test::HttpClientTestbed::kNowMs;
// '+', '&', '=', '/' and ' ' all need encoding in a form body; a client that forgets one corrupts the secret.
const QString kSecret = QStringLiteral("s3cr+t&=/ x");
const QString kPassword = QStringLiteral("pa ss+w0rd&");
const QByteArray kV2Answer
    = QByteArrayLiteral(R"({"expires_in": 7199, "token_type": "Bearer", "access_token": "AT-V2"})");

using Form = QList<QPair<QString, QString>>;

// Strict application/x-www-form-urlencoded reading: '+' is not decoded, because the client must not produce it.
Form parseForm(const QByteArray &body)
{
    Form out;
    for (const QByteArray &part : body.split('&')) {
        const qsizetype eq = part.indexOf('=');
        out.append({QUrl::fromPercentEncoding(part.left(eq)), QUrl::fromPercentEncoding(part.mid(eq + 1))});
    }
    return out;
}

QString formValue(const Form &form, const QString &key)
{
    for (const auto &kv : form) {
        if (kv.first == key)
            return kv.second;
    }
    return QString();
}

QStringList formKeys(const Form &form)
{
    QStringList keys;
    for (const auto &kv : form)
        keys.append(kv.first);
    return keys;
}

QByteArray v1Answer(const QByteArray &access, const QByteArray &expiresIn, const QByteArray &refresh)
{
    return "{\"access_token\":\"" + access + "\",\"expires_in\":\"" + expiresIn + "\",\"refresh_token\":\"" + refresh
        + "\",\"scope\":\"trapi.streaming.pricing.read\",\"token_type\":\"Bearer\"}";
}

} // namespace

class TestOAuth2TokenClient : public QObject
{
    Q_OBJECT
private:
    sb::test::HttpClientTestbed m_bed;

    QUrl url(const QString &path) const { return m_bed.server->baseUrl().resolved(QUrl(path)); }

    OAuth2Config v2Config() const
    {
        OAuth2Config c;
        c.tokenUrl = url(QStringLiteral("/auth/oauth2/v2/token"));
        c.grant = OAuth2Config::ClientCredentials;
        c.clientId = QStringLiteral("GE-SERVICE-ID");
        c.clientSecret = kSecret;
        c.scope = QStringLiteral("trapi.streaming.pricing.read");
        return c;
    }
    OAuth2Config v1Config() const
    {
        OAuth2Config c;
        c.tokenUrl = url(QStringLiteral("/auth/oauth2/v1/token"));
        c.grant = OAuth2Config::Password;
        c.clientId = QStringLiteral("APPKEY");
        c.username = QStringLiteral("GE-A-MACHINE");
        c.password = kPassword;
        c.scope = QStringLiteral("trapi.streaming.pricing.read");
        return c;
    }
    OAuth2TokenClient *makeClient(const OAuth2Config &config, const QSslConfiguration &tls = QSslConfiguration())
    {
        return m_bed.prepared(new OAuth2TokenClient(m_bed.nam, tls, config, m_bed.scope));
    }

private Q_SLOTS:
    void init() { QVERIFY(m_bed.open(this)); }
    void cleanup() { m_bed.close(); }

    void v2RequestAndNumberExpiry()
    {
        m_bed.answerInTurn("/auth/oauth2/v2/token", {{200, kV2Answer}});
        OAuth2TokenClient *client = makeClient(v2Config());
        QSignalSpy ready(client, &OAuth2TokenClient::tokenReady);
        QSignalSpy failed(client, &OAuth2TokenClient::failed);
        client->requestToken();
        QVERIFY(client->isBusy());
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!client->isBusy());

        QCOMPARE(m_bed.requests.size(), 1);
        const HttpRequest &req = m_bed.requests.first();
        QCOMPARE(req.method, QByteArrayLiteral("POST"));
        QCOMPARE(req.url.path(), QStringLiteral("/auth/oauth2/v2/token"));
        QCOMPARE(req.header("content-type"), QByteArrayLiteral("application/x-www-form-urlencoded"));
        QCOMPARE(req.header("accept"), QByteArrayLiteral("application/json"));
        QVERIFY(req.header("authorization").isEmpty());
        const Form form = parseForm(req.body);
        QCOMPARE(formKeys(form),
            (QStringList {QStringLiteral("grant_type"), QStringLiteral("client_id"), QStringLiteral("client_secret"),
                QStringLiteral("scope")}));
        QCOMPARE(formValue(form, QStringLiteral("grant_type")), QStringLiteral("client_credentials"));
        QCOMPARE(formValue(form, QStringLiteral("client_id")), QStringLiteral("GE-SERVICE-ID"));
        QCOMPARE(formValue(form, QStringLiteral("client_secret")), kSecret);
        QCOMPARE(formValue(form, QStringLiteral("scope")), QStringLiteral("trapi.streaming.pricing.read"));
        QVERIFY(!req.body.contains('+'));

        const auto token = ready.first().first().value<TokenInfo>();
        QCOMPARE(token.accessToken, QStringLiteral("AT-V2"));
        QCOMPARE(token.expiresInSec, 7199);
        QCOMPARE(token.tokenType, QStringLiteral("Bearer"));
        QCOMPARE(token.obtainedMs, kNow);
        QVERIFY(token.refreshToken.isEmpty());
        QVERIFY(!client->hasRefreshToken());
    }

    void basicClientAuthWithExtraHeadersAndFields()
    {
        // Identity Server and OHIP: the client authenticates with Basic auth; OHIP adds x-app-key and enterpriseId.
        m_bed.answerInTurn("/oauth/v1/tokens", {{200, kV2Answer}});
        OAuth2Config config = v2Config();
        config.tokenUrl = url(QStringLiteral("/oauth/v1/tokens"));
        config.clientAuthBasic = true;
        config.extraHeaders.append({QByteArrayLiteral("x-app-key"), QByteArrayLiteral("APP-KEY-1")});
        config.extraFields.append({QByteArrayLiteral("enterpriseId"), QStringLiteral("ENT 1")});
        OAuth2TokenClient *client = makeClient(config);
        QSignalSpy ready(client, &OAuth2TokenClient::tokenReady);
        client->requestToken();
        QTRY_COMPARE(ready.count(), 1);
        const HttpRequest &req = m_bed.requests.first();
        const QByteArray idAndSecret
            = QUrl::toPercentEncoding(QStringLiteral("GE-SERVICE-ID")) + ':' + QUrl::toPercentEncoding(kSecret);
        const QByteArray expected = "Basic " + idAndSecret.toBase64();
        QCOMPARE(req.header("authorization"), expected);
        QCOMPARE(req.header("x-app-key"), QByteArrayLiteral("APP-KEY-1"));
        const Form form = parseForm(req.body);
        QCOMPARE(formKeys(form),
            (QStringList {QStringLiteral("grant_type"), QStringLiteral("scope"), QStringLiteral("enterpriseId")}));
        QCOMPARE(formValue(form, QStringLiteral("enterpriseId")), QStringLiteral("ENT 1"));
        QVERIFY(!req.body.contains("GE-SERVICE-ID")); // the secret travels only in the header
    }

    void v2RepeatsTheSameGrantToRenew()
    {
        m_bed.answerInTurn("/auth/oauth2/v2/token", {{200, kV2Answer}});
        OAuth2TokenClient *client = makeClient(v2Config());
        QSignalSpy ready(client, &OAuth2TokenClient::tokenReady);
        client->requestToken();
        QTRY_COMPARE(ready.count(), 1);
        client->requestToken();
        QTRY_COMPARE(ready.count(), 2);
        QCOMPARE(m_bed.requests.size(), 2);
        QCOMPARE(m_bed.requests.at(1).body, m_bed.requests.at(0).body);
    }

    void requestWhileBusyIsCoalesced()
    {
        m_bed.answerInTurn("/auth/oauth2/v2/token", {{200, kV2Answer}});
        OAuth2TokenClient *client = makeClient(v2Config());
        QSignalSpy ready(client, &OAuth2TokenClient::tokenReady);
        client->requestToken();
        client->requestToken();
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(m_bed.requests.size(), 1);
    }

    void v1PasswordThenRefreshWithStringExpiry()
    {
        m_bed.answerInTurn(
            "/auth/oauth2/v1/token", {{200, v1Answer("AT-1", "600", "RT-1")}, {200, v1Answer("AT-2", "600", "RT-2")}});
        OAuth2TokenClient *client = makeClient(v1Config());
        QSignalSpy ready(client, &OAuth2TokenClient::tokenReady);
        client->requestToken();
        QTRY_COMPARE(ready.count(), 1);

        Form form = parseForm(m_bed.requests.at(0).body);
        QCOMPARE(formKeys(form),
            (QStringList {QStringLiteral("grant_type"), QStringLiteral("username"), QStringLiteral("password"),
                QStringLiteral("client_id"), QStringLiteral("scope"), QStringLiteral("takeExclusiveSignOnControl")}));
        QCOMPARE(formValue(form, QStringLiteral("grant_type")), QStringLiteral("password"));
        QCOMPARE(formValue(form, QStringLiteral("username")), QStringLiteral("GE-A-MACHINE"));
        QCOMPARE(formValue(form, QStringLiteral("password")), kPassword);
        QCOMPARE(formValue(form, QStringLiteral("client_id")), QStringLiteral("APPKEY"));
        QCOMPARE(formValue(form, QStringLiteral("takeExclusiveSignOnControl")), QStringLiteral("true"));
        QCOMPARE(m_bed.requests.at(0).header("accept"), QByteArrayLiteral("application/json"));

        auto token = ready.at(0).first().value<TokenInfo>();
        QCOMPARE(token.accessToken, QStringLiteral("AT-1"));
        QCOMPARE(token.expiresInSec, 600);
        QCOMPARE(token.refreshToken, QStringLiteral("RT-1"));
        QVERIFY(client->hasRefreshToken());

        client->requestToken();
        QTRY_COMPARE(ready.count(), 2);
        form = parseForm(m_bed.requests.at(1).body);
        QCOMPARE(formKeys(form),
            (QStringList {QStringLiteral("grant_type"), QStringLiteral("username"), QStringLiteral("client_id"),
                QStringLiteral("refresh_token")}));
        QCOMPARE(formValue(form, QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
        QCOMPARE(formValue(form, QStringLiteral("refresh_token")), QStringLiteral("RT-1"));
        QCOMPARE(formValue(form, QStringLiteral("username")), QStringLiteral("GE-A-MACHINE"));
        token = ready.at(1).first().value<TokenInfo>();
        QCOMPARE(token.accessToken, QStringLiteral("AT-2"));
        QCOMPARE(token.refreshToken, QStringLiteral("RT-2"));
    }

    void v1RefreshRefusedFallsBackToPassword_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("400") << 400;
        QTest::newRow("401") << 401;
    }
    void v1RefreshRefusedFallsBackToPassword()
    {
        QFETCH(int, status);
        m_bed.answerInTurn("/auth/oauth2/v1/token",
            {{200, v1Answer("AT-1", "600", "RT-1")}, {status, QByteArrayLiteral(R"({"error":"invalid_grant"})")},
                {200, v1Answer("AT-3", "600", "RT-3")}});
        OAuth2TokenClient *client = makeClient(v1Config());
        QSignalSpy ready(client, &OAuth2TokenClient::tokenReady);
        QSignalSpy failed(client, &OAuth2TokenClient::failed);
        QSignalSpy retrying(client, &OAuth2TokenClient::retrying);
        client->requestToken();
        QTRY_COMPARE(ready.count(), 1);
        client->requestToken();
        QTRY_COMPARE(ready.count(), 2);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(retrying.count(), 0);
        QStringList grants;
        for (const HttpRequest &r : std::as_const(m_bed.requests))
            grants.append(formValue(parseForm(r.body), QStringLiteral("grant_type")));
        QCOMPARE(grants,
            (QStringList {QStringLiteral("password"), QStringLiteral("refresh_token"), QStringLiteral("password")}));
        const auto token = ready.at(1).first().value<TokenInfo>();
        QCOMPARE(token.accessToken, QStringLiteral("AT-3"));
        QCOMPARE(token.refreshToken, QStringLiteral("RT-3"));
    }

    void v1RefreshChangingLifetimeStartsANewSession()
    {
        // WS-V1: a refresh answered with another expires_in means the refresh session is ending.
        m_bed.answerInTurn("/auth/oauth2/v1/token",
            {{200, v1Answer("AT-1", "600", "RT-1")}, {200, v1Answer("AT-SHORT", "45", "RT-2")},
                {200, v1Answer("AT-3", "600", "RT-3")}});
        OAuth2TokenClient *client = makeClient(v1Config());
        QSignalSpy ready(client, &OAuth2TokenClient::tokenReady);
        client->requestToken();
        QTRY_COMPARE(ready.count(), 1);
        client->requestToken();
        QTRY_COMPARE(ready.count(), 2);
        QCOMPARE(m_bed.requests.size(), 3);
        QCOMPARE(
            formValue(parseForm(m_bed.requests.at(2).body), QStringLiteral("grant_type")), QStringLiteral("password"));
        QCOMPARE(ready.at(1).first().value<TokenInfo>().accessToken, QStringLiteral("AT-3"));
    }

    void v1OptionalClientSecret()
    {
        m_bed.answerInTurn("/auth/oauth2/v1/token", {{200, v1Answer("AT-1", "600", "RT-1")}});
        OAuth2Config config = v1Config();
        config.clientSecret = kSecret;
        config.takeExclusiveSignOnControl = false;
        OAuth2TokenClient *client = makeClient(config);
        QSignalSpy ready(client, &OAuth2TokenClient::tokenReady);
        client->requestToken();
        QTRY_COMPARE(ready.count(), 1);
        const Form form = parseForm(m_bed.requests.at(0).body);
        QCOMPARE(formValue(form, QStringLiteral("client_secret")), kSecret);
        QCOMPARE(formValue(form, QStringLiteral("takeExclusiveSignOnControl")), QStringLiteral("false"));
    }

    void redirectRepostsTheBody_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("relative");
        QTest::newRow("307 relative") << 307 << true;
        QTest::newRow("308 absolute") << 308 << false;
        QTest::newRow("301 relative") << 301 << true;
        QTest::newRow("302 absolute") << 302 << false;
    }
    void redirectRepostsTheBody()
    {
        QFETCH(int, status);
        QFETCH(bool, relative);
        const QByteArray location
            = relative ? QByteArrayLiteral("../v2/token") : url(QStringLiteral("/auth/oauth2/v2/token")).toEncoded();
        m_bed.server->route(
            "/auth/oauth2/old/", [this, status, location](const HttpRequest &req, const HttpResponder &res) {
                m_bed.requests.append(req);
                res.send(status, QByteArray(), QByteArray(), {{QByteArrayLiteral("Location"), location}});
            });
        m_bed.answerInTurn("/auth/oauth2/v2/token", {{200, kV2Answer}});
        OAuth2Config config = v2Config();
        config.tokenUrl = url(QStringLiteral("/auth/oauth2/old/token"));
        OAuth2TokenClient *client = makeClient(config);
        QSignalSpy ready(client, &OAuth2TokenClient::tokenReady);
        QSignalSpy failed(client, &OAuth2TokenClient::failed);
        client->requestToken();
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(m_bed.requests.size(), 2);
        QCOMPARE(m_bed.requests.at(0).url.path(), QStringLiteral("/auth/oauth2/old/token"));
        QCOMPARE(m_bed.requests.at(1).url.path(), QStringLiteral("/auth/oauth2/v2/token"));
        QCOMPARE(m_bed.requests.at(1).method, QByteArrayLiteral("POST"));
        QCOMPARE(m_bed.requests.at(1).body, m_bed.requests.at(0).body);
        QCOMPARE(m_bed.requests.at(1).header("content-type"), QByteArrayLiteral("application/x-www-form-urlencoded"));
        QCOMPARE(formValue(parseForm(m_bed.requests.at(1).body), QStringLiteral("client_secret")), kSecret);
    }

    void redirectLoopStops()
    {
        m_bed.server->route("/loop", [this](const HttpRequest &req, const HttpResponder &res) {
            m_bed.requests.append(req);
            res.send(307, QByteArray(), QByteArray(), {{QByteArrayLiteral("Location"), QByteArrayLiteral("/loop")}});
        });
        OAuth2Config config = v2Config();
        config.tokenUrl = url(QStringLiteral("/loop"));
        OAuth2TokenClient *client = makeClient(config);
        QSignalSpy failed(client, &OAuth2TokenClient::failed);
        client->requestToken();
        QTRY_COMPARE(failed.count(), 1);
        const auto e = failed.first().first().value<FeedError>();
        QCOMPARE(e.code, QStringLiteral("too_many_redirects"));
        QVERIFY(!e.retryable);
        QCOMPARE(m_bed.requests.size(), 6); // the request and 5 hops
        QVERIFY(!client->isBusy());
    }

    void crossOriginRedirectKeepsTheCredentials_data()
    {
        QTest::addColumn<bool>("basic");
        QTest::newRow("secret in the form") << false;
        QTest::newRow("Basic header") << true;
    }
    void crossOriginRedirectKeepsTheCredentials()
    {
        // Another port on the same loopback is another origin: it must see neither the secret nor the Basic header.
        QFETCH(bool, basic);
        LoopbackHttpServer elsewhere;
        QVERIFY(elsewhere.listen());
        QVERIFY(elsewhere.port() != m_bed.server->port());
        elsewhere.route("/", [](const HttpRequest &, const HttpResponder &res) { res.send(200, kV2Answer); });
        const QUrl target = elsewhere.baseUrl().resolved(QUrl(QStringLiteral("/collect?client_secret=leak")));
        m_bed.server->route("/auth/", [this, target](const HttpRequest &req, const HttpResponder &res) {
            m_bed.requests.append(req);
            res.send(307, QByteArray(), QByteArray(), {{QByteArrayLiteral("Location"), target.toEncoded()}});
        });
        OAuth2Config config = v2Config();
        config.clientAuthBasic = basic;
        OAuth2TokenClient *client = makeClient(config);
        QSignalSpy ready(client, &OAuth2TokenClient::tokenReady);
        QSignalSpy failed(client, &OAuth2TokenClient::failed);
        client->requestToken();
        QTRY_COMPARE(failed.count(), 1);
        const auto e = failed.first().first().value<FeedError>();
        QCOMPARE(e.code, QStringLiteral("cross_origin_redirect"));
        QCOMPARE(e.stage, FeedError::Stage::Auth);
        QVERIFY(!e.retryable);
        QVERIFY2(e.message.contains(QLatin1String("credentials were not resent")), qPrintable(e.message));
        QVERIFY2(e.message.contains(elsewhere.baseUrl().toString()), qPrintable(e.message));
        QVERIFY2(!e.message.contains(QLatin1String("leak")), qPrintable(e.message));
        QCOMPARE(m_bed.requests.size(), 1);
        QCOMPARE(elsewhere.requestCount(), 0);
        QCOMPARE(ready.count(), 0);
        QVERIFY(!client->isBusy());
    }

    void fatalStatusIsNotRetried_data()
    {
        QTest::addColumn<int>("status");
        for (int s : {400, 401, 403, 404, 410, 451})
            QTest::newRow(qPrintable(QString::number(s))) << s;
    }
    void fatalStatusIsNotRetried()
    {
        QFETCH(int, status);
        // A server that echoes what it got must not get the secret into our messages, raw or encoded.
        const QByteArray body = "{\"error\":\"invalid_client\",\"error_description\":\"client secret "
            + kSecret.toUtf8() + " is not valid\",\"echo\":\"client_secret=" + QUrl::toPercentEncoding(kSecret) + "\"}";
        m_bed.answerInTurn("/auth/oauth2/v2/token", {{status, body}});
        OAuth2TokenClient *client = makeClient(v2Config());
        QSignalSpy failed(client, &OAuth2TokenClient::failed);
        QSignalSpy retrying(client, &OAuth2TokenClient::retrying);
        QSignalSpy ready(client, &OAuth2TokenClient::tokenReady);
        client->requestToken();
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!client->isBusy()); // nothing scheduled
        QCOMPARE(retrying.count(), 0);
        QCOMPARE(ready.count(), 0);
        QCOMPARE(m_bed.requests.size(), 1);

        const auto e = failed.first().first().value<FeedError>();
        QCOMPARE(e.stage, FeedError::Stage::Auth);
        QCOMPARE(e.code, QStringLiteral("http_%1").arg(status));
        QCOMPARE(e.feed, QStringLiteral("mrn"));
        QCOMPARE(e.timeMs, kNow);
        QVERIFY(!e.retryable);
        QVERIFY2(e.message.contains(QStringLiteral("HTTP %1").arg(status)), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("invalid_client")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("is not valid")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("/auth/oauth2/v2/token")), qPrintable(e.message));
        QVERIFY2(!e.message.contains(QStringLiteral("s3cr")), qPrintable(e.message));
        QVERIFY(!e.toJsonLine().contains("s3cr"));
    }

    void serverErrorIsRetried()
    {
        m_bed.answerInTurn("/auth/oauth2/v2/token",
            {{500, QByteArrayLiteral("upstream broke")}, {503, QByteArray()}, {200, kV2Answer}});
        OAuth2TokenClient *client = makeClient(v2Config());
        QSignalSpy ready(client, &OAuth2TokenClient::tokenReady);
        QSignalSpy retrying(client, &OAuth2TokenClient::retrying);
        QSignalSpy failed(client, &OAuth2TokenClient::failed);
        client->requestToken();
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(retrying.count(), 2);
        auto e = retrying.at(0).first().value<FeedError>();
        QCOMPARE(e.code, QStringLiteral("http_500"));
        QCOMPARE(e.stage, FeedError::Stage::Auth);
        QVERIFY(e.retryable);
        QVERIFY2(e.message.contains(QStringLiteral("HTTP 500")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("upstream broke")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("retrying in")), qPrintable(e.message));
        QCOMPARE(retrying.at(1).first().value<FeedError>().code, QStringLiteral("http_503"));
        QCOMPARE(m_bed.requests.size(), 3);
    }

    void unusableBodyIsRetried()
    {
        m_bed.answerInTurn("/auth/oauth2/v2/token",
            {{200, QByteArrayLiteral("<html>maintenance</html>")},
                {200, QByteArrayLiteral(R"({"access_token":"AT-X","token_type":"Bearer"})")}, {200, kV2Answer}});
        OAuth2TokenClient *client = makeClient(v2Config());
        QSignalSpy ready(client, &OAuth2TokenClient::tokenReady);
        QSignalSpy retrying(client, &OAuth2TokenClient::retrying);
        client->requestToken();
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(retrying.count(), 2);
        for (const auto &args : std::as_const(retrying)) {
            const auto e = args.first().value<FeedError>();
            QCOMPARE(e.code, QStringLiteral("bad_response"));
            QVERIFY2(!e.message.contains(QStringLiteral("AT-X")), qPrintable(e.message));
        }
    }

    void droppedConnectionIsRetried()
    {
        auto dropping = std::make_shared<bool>(true);
        m_bed.server->route(
            "/auth/oauth2/v2/token", [this, dropping](const HttpRequest &req, const HttpResponder &res) {
                m_bed.requests.append(req);
                if (*dropping)
                    res.drop();
                else
                    res.send(200, kV2Answer);
            });
        OAuth2TokenClient *client = makeClient(v2Config());
        QSignalSpy ready(client, &OAuth2TokenClient::tokenReady);
        QSignalSpy retrying(client, &OAuth2TokenClient::retrying);
        client->requestToken();
        QTRY_VERIFY(retrying.count() >= 1);
        const auto e = retrying.first().first().value<FeedError>();
        QCOMPARE(e.code, QStringLiteral("network"));
        QVERIFY(e.retryable);
        *dropping = false;
        QTRY_COMPARE(ready.count(), 1);
    }

    void timeoutIsRetried()
    {
        auto calls = std::make_shared<int>(0);
        m_bed.server->route("/auth/oauth2/v2/token", [this, calls](const HttpRequest &req, const HttpResponder &res) {
            m_bed.requests.append(req);
            if ((*calls)++ == 0)
                m_bed.parked.append(res); // never answered
            else
                res.send(200, kV2Answer);
        });
        OAuth2Config config = v2Config();
        config.timeoutMs = 150;
        OAuth2TokenClient *client = makeClient(config);
        QSignalSpy ready(client, &OAuth2TokenClient::tokenReady);
        QSignalSpy retrying(client, &OAuth2TokenClient::retrying);
        client->requestToken();
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(retrying.count(), 1);
        const auto e = retrying.first().first().value<FeedError>();
        QCOMPARE(e.code, QStringLiteral("timeout"));
        QVERIFY2(e.message.contains(QStringLiteral("150 ms")), qPrintable(e.message));
    }

    void abortSilencesTheRequest()
    {
        auto calls = std::make_shared<int>(0);
        m_bed.server->route("/auth/oauth2/v2/token", [this, calls](const HttpRequest &req, const HttpResponder &res) {
            m_bed.requests.append(req);
            if ((*calls)++ == 0)
                m_bed.parked.append(res);
            else
                res.send(200, QByteArrayLiteral(R"({"expires_in":7199,"access_token":"AT-SECOND"})"));
        });
        OAuth2TokenClient *client = makeClient(v2Config());
        QSignalSpy ready(client, &OAuth2TokenClient::tokenReady);
        QSignalSpy failed(client, &OAuth2TokenClient::failed);
        QSignalSpy retrying(client, &OAuth2TokenClient::retrying);
        client->requestToken();
        QTRY_COMPARE(m_bed.parked.size(), 1);
        client->abort();
        QVERIFY(!client->isBusy());
        m_bed.parked.first().send(200, kV2Answer); // too late: the connection is gone
        client->requestToken();
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(ready.first().first().value<TokenInfo>().accessToken, QStringLiteral("AT-SECOND"));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(retrying.count(), 0);
    }

    void abortCancelsAPendingRetry()
    {
        m_bed.answerInTurn("/auth/oauth2/v2/token", {{500, QByteArray()}, {200, kV2Answer}});
        OAuth2TokenClient *client = makeClient(v2Config());
        ReconnectBackoff slow(60'000, 60'000); // the retry would come long after the test
        slow.setRandom([] { return 1.0; });
        client->setBackoff(slow);
        QSignalSpy retrying(client, &OAuth2TokenClient::retrying);
        client->requestToken();
        QTRY_COMPARE(retrying.count(), 1);
        QVERIFY(client->isBusy());
        client->abort();
        QVERIFY(!client->isBusy());
    }

    void tlsConfigurationIsApplied()
    {
        const auto identity = sb::sim::SelfSignedCertificate::generate();
        QVERIFY(!identity.isNull());
        LoopbackHttpServer tlsServer;
        QVERIFY(tlsServer.listen(0, identity.serverConfiguration()));
        tlsServer.route(
            "/auth/oauth2/v2/token", [](const HttpRequest &, const HttpResponder &res) { res.send(200, kV2Answer); });
        OAuth2Config config = v2Config();
        config.tokenUrl = tlsServer.baseUrl().resolved(QUrl(QStringLiteral("/auth/oauth2/v2/token")));
        QCOMPARE(config.tokenUrl.scheme(), QStringLiteral("https"));

        // Trusting the emulator's certificate as an extra CA: verified and accepted.
        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.addCaCertificate(identity.certificate());
        OAuth2TokenClient *good = makeClient(config, trusting);
        QSignalSpy goodReady(good, &OAuth2TokenClient::tokenReady);
        good->requestToken();
        QTRY_COMPARE(goodReady.count(), 1);

        // Without the CA, even a configuration asking for no verification is verified and refused. Its own
        // access manager: one manager reuses a verified connection whatever the next request's configuration.
        QSslConfiguration careless = QSslConfiguration::defaultConfiguration();
        careless.setPeerVerifyMode(QSslSocket::VerifyNone);
        QNetworkAccessManager otherNam;
        auto *bad = new OAuth2TokenClient(&otherNam, careless, config, m_bed.scope);
        bad->setBackoff(sb::test::HttpClientTestbed::tinyBackoff());
        QSignalSpy badReady(bad, &OAuth2TokenClient::tokenReady);
        QSignalSpy badRetrying(bad, &OAuth2TokenClient::retrying);
        bad->requestToken();
        QTRY_VERIFY(badRetrying.count() >= 1);
        delete bad;
        QCOMPARE(badReady.count(), 0);
        const auto e = badRetrying.first().first().value<FeedError>();
        QCOMPARE(e.code, QStringLiteral("tls"));
        QVERIFY(e.retryable);
    }

    void noDowngradeOnRedirect()
    {
        const auto identity = sb::sim::SelfSignedCertificate::generate();
        LoopbackHttpServer tlsServer;
        QVERIFY(tlsServer.listen(0, identity.serverConfiguration()));
        const QByteArray plain = url(QStringLiteral("/auth/oauth2/v2/token")).toEncoded();
        tlsServer.route("/", [plain](const HttpRequest &, const HttpResponder &res) {
            res.send(308, QByteArray(), QByteArray(), {{QByteArrayLiteral("Location"), plain}});
        });
        m_bed.answerInTurn("/auth/oauth2/v2/token", {{200, kV2Answer}});
        OAuth2Config config = v2Config();
        config.tokenUrl = tlsServer.baseUrl().resolved(QUrl(QStringLiteral("/token")));
        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.addCaCertificate(identity.certificate());
        OAuth2TokenClient *client = makeClient(config, trusting);
        QSignalSpy failed(client, &OAuth2TokenClient::failed);
        client->requestToken();
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<FeedError>().code, QStringLiteral("insecure_redirect"));
        QCOMPARE(m_bed.requests.size(), 0); // the secret never went out in clear text
    }
};

QTEST_MAIN(TestOAuth2TokenClient)
#include "tst_oauth2_token_client.moc"
