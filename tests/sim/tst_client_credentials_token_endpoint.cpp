#include "sim/client_credentials_token_endpoint.h"
#include "sim/loopback_http_server.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace sb;
using namespace sb::sim;

namespace {

struct Answer
{
    int status = 0;
    QJsonObject body;
};

} // namespace

class TestClientCredentialsTokenEndpoint : public QObject
{
    Q_OBJECT

    Answer post(const QByteArray &form, const QByteArray &authorization, const QByteArray &appKey = QByteArray(),
        const QByteArray &verb = "POST")
    {
        QNetworkRequest request(m_http->baseUrl().resolved(QUrl(QStringLiteral("/token"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        if (!appKey.isEmpty())
            request.setRawHeader("x-app-key", appKey);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, form);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        [&] { QVERIFY(finished.wait(10000)); }();
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return a;
    }

    static QByteArray basic(const char *idAndSecret) { return "Basic " + QByteArray(idAndSecret).toBase64(); }

    void serve(ClientCredentialsTokenEndpoint endpoint)
    {
        m_http = std::make_unique<LoopbackHttpServer>();
        m_http->route("/token", [endpoint](const HttpRequest &request, const HttpResponder &responder) {
            endpoint.answer(request, responder);
        });
        QVERIFY(m_http->listen());
    }

    ClientCredentialsTokenEndpoint endpoint()
    {
        return ClientCredentialsTokenEndpoint(
            QStringLiteral("client"), QStringLiteral("secret"), 900, [this](const QString &scope) {
                m_scopes << scope;
                return QStringLiteral("token-%1").arg(m_scopes.size());
            });
    }

    QNetworkAccessManager m_nam;
    std::unique_ptr<LoopbackHttpServer> m_http;
    QStringList m_scopes;

private Q_SLOTS:
    void init() { m_scopes.clear(); }

    void grantsTheClientItsTokenAndScope()
    {
        serve(endpoint());
        const Answer a = post("grant_type=client_credentials&scope=read%20write", basic("client:secret"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body.value(QLatin1String("access_token")).toString(), QStringLiteral("token-1"));
        QCOMPARE(a.body.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(a.body.value(QLatin1String("expires_in")).toInt(), 900);
        QCOMPARE(a.body.value(QLatin1String("scope")).toString(), QStringLiteral("read write"));
        QCOMPARE(m_scopes, QStringList {QStringLiteral("read write")});
    }

    void refusesWithoutIssuing()
    {
        ClientCredentialsTokenEndpoint e = endpoint();
        e.setBadClientAnswer(400, R"({"error":"invalid_client"})");
        e.requireHeader("x-app-key", "key", 401, R"({"error":"invalid_client","error_description":"x-app-key"})");
        serve(e);
        QCOMPARE(post("grant_type=client_credentials", basic("client:secret"), "key", "PUT").status, 405);
        Answer a = post("grant_type=client_credentials", basic("client:secret"), "wrong");
        QCOMPARE(a.status, 401);
        QCOMPARE(a.body.value(QLatin1String("error_description")).toString(), QStringLiteral("x-app-key"));
        a = post("grant_type=client_credentials", basic("client:other"), "key");
        QCOMPARE(a.status, 400);
        QCOMPARE(a.body.value(QLatin1String("error")).toString(), QStringLiteral("invalid_client"));
        a = post("grant_type=password", basic("client:secret"), "key");
        QCOMPARE(a.status, 400);
        QCOMPARE(a.body.value(QLatin1String("error")).toString(), QStringLiteral("unsupported_grant_type"));
        QVERIFY(m_scopes.isEmpty());
        QCOMPARE(post("grant_type=client_credentials", basic("client:secret"), "key").status, 200);
    }
};

QTEST_GUILESS_MAIN(TestClientCredentialsTokenEndpoint)
#include "tst_client_credentials_token_endpoint.moc"
