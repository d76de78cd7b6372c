// The Data Platform REST client never follows a redirect: every call carries the Bearer token, and Qt's default
// policy (NoLessSafeRedirectPolicy) would resend it, Authorization header and all, to any https origin a redirect
// names. A loopback server answering 307/308 towards another port shows the redirect reaching the caller as a plain
// status while the other origin sees no request.
#include "feeds/alerts/data_platform_client.h"
#include "sim/loopback_http_server.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

using sb::DataPlatformClient;
using sb::DataPlatformReply;
using sb::sim::HttpRequest;
using sb::sim::HttpResponder;
using sb::sim::LoopbackHttpServer;

class TestDataPlatformClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redirectsAreNeverFollowed_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("status");
        QTest::newRow("GET 302") << QByteArrayLiteral("GET") << 302;
        QTest::newRow("GET 307") << QByteArrayLiteral("GET") << 307;
        QTest::newRow("POST 307") << QByteArrayLiteral("POST") << 307;
        QTest::newRow("POST 308") << QByteArrayLiteral("POST") << 308;
        QTest::newRow("DELETE 307") << QByteArrayLiteral("DELETE") << 307;
    }
    void redirectsAreNeverFollowed()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, status);
        LoopbackHttpServer elsewhere;
        QVERIFY(elsewhere.listen());
        elsewhere.route("/", [](const HttpRequest &, const HttpResponder &res) { res.send(200, "{}"); });
        const QUrl target = elsewhere.baseUrl().resolved(QUrl(QStringLiteral("/alerts/v2/subscriptions")));
        LoopbackHttpServer api;
        QVERIFY(api.listen());
        QByteArray authorization;
        api.route("/", [&](const HttpRequest &req, const HttpResponder &res) {
            authorization = req.header("authorization");
            res.send(status, QByteArray(), QByteArray(), {{QByteArrayLiteral("Location"), target.toEncoded()}});
        });
        QNetworkAccessManager nam;
        DataPlatformClient client(&nam, QSslConfiguration());
        client.setAccessToken(QStringLiteral("AT-secret-token"));
        const QUrl url = api.baseUrl().resolved(QUrl(QStringLiteral("/message/v1/subscriptions")));
        std::optional<DataPlatformReply> answer;
        const auto done = [&answer](const DataPlatformReply &r) { answer = r; };
        if (method == "GET")
            client.get(url, done);
        else if (method == "POST")
            client.post(url, QByteArrayLiteral("{}"), done);
        else
            client.deleteResource(url, done);
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(answer->httpStatus, status);
        QVERIFY(!answer->ok());
        QCOMPARE(authorization, QByteArrayLiteral("Bearer AT-secret-token"));
        QCOMPARE(api.requestCount(), 1);
        QCOMPARE(elsewhere.requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDataPlatformClient)
#include "tst_data_platform_client.moc"
