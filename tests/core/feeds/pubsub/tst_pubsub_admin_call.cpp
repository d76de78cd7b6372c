// The admin HTTP call against an in-test HTTP server: a redirect is an error naming the feed and the admin token
// goes nowhere else; an answer over the cap is cut off with an error; a small answer comes through.
#include "feeds/pubsub/pubsub_admin_call.h"
#include "sim/loopback_http_server.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>

#include <optional>

using sb::PubSubAdminCall;
using sb::sim::HttpRequest;
using sb::sim::HttpResponder;
using sb::sim::LoopbackHttpServer;

class TestPubSubAdminCall : public QObject
{
    Q_OBJECT
private:
    std::optional<PubSubAdminCall::Result> post(const QUrl &url, qint64 maxBodyBytes)
    {
        QNetworkRequest request(url);
        PubSubAdminCall::prepare(request);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer admin-secret");
        std::optional<PubSubAdminCall::Result> result;
        PubSubAdminCall::watch(m_network.post(request, QByteArrayLiteral("{\"topic\":\"main\"}")), QStringLiteral("ps"),
            maxBodyBytes, this, [&result](const PubSubAdminCall::Result &r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
            return std::nullopt;
        return result;
    }

    QNetworkAccessManager m_network;

private Q_SLOTS:
    void redirectIsAnErrorAndTheTokenStays()
    {
        LoopbackHttpServer elsewhere;
        QVERIFY(elsewhere.listen());
        QByteArray leaked;
        elsewhere.route("/", [&leaked](const HttpRequest &request, const HttpResponder &responder) {
            leaked = request.header("authorization");
            responder.send(200, "{}");
        });
        LoopbackHttpServer admin;
        QVERIFY(admin.listen());
        const QByteArray location = elsewhere.baseUrl().toEncoded() + "/api/topics/app/publish";
        admin.route("/", [&location](const HttpRequest &, const HttpResponder &responder) {
            responder.send(307, "", "text/plain", {{"Location", location}});
        });

        const auto result = post(admin.baseUrl().resolved(QUrl(QStringLiteral("/api/topics/app/publish"))), 4096);
        QVERIFY(result);
        QCOMPARE(result->errorCode, QStringLiteral("admin_redirect"));
        QCOMPARE(result->httpStatus, 307);
        QVERIFY2(result->error.startsWith(QLatin1String("feed ps: ")), qPrintable(result->error));
        QVERIFY2(result->error.contains(QLatin1String("307")), qPrintable(result->error));
        QVERIFY2(result->error.contains(QString::fromLatin1(location)), qPrintable(result->error));
        QVERIFY(!result->error.contains(QLatin1String("admin-secret")));
        // The call is over: had the redirect been followed, the other server would have answered it.
        QCOMPARE(elsewhere.requestCount(), 0);
        QVERIFY(leaked.isEmpty());
    }

    void answerOverTheCapIsCutOff()
    {
        LoopbackHttpServer admin;
        QVERIFY(admin.listen());
        admin.route("/", [](const HttpRequest &, const HttpResponder &responder) {
            responder.send(200, QByteArray(64 * 1024, 'x'), "text/plain");
        });
        const auto result = post(admin.baseUrl().resolved(QUrl(QStringLiteral("/api/health/status"))), 1024);
        QVERIFY(result);
        QCOMPARE(result->errorCode, QStringLiteral("admin_too_large"));
        QVERIFY2(result->error.startsWith(QLatin1String("feed ps: ")), qPrintable(result->error));
        QVERIFY2(result->error.contains(QLatin1String("more than 1024 bytes")), qPrintable(result->error));
        QVERIFY(result->body.isEmpty());
    }

    void answerWithinTheCapComesThrough()
    {
        LoopbackHttpServer admin;
        QVERIFY(admin.listen());
        admin.route("/", [](const HttpRequest &request, const HttpResponder &responder) {
            responder.send(request.header("authorization") == "Bearer admin-secret" ? 200 : 401, "{\"ok\":true}");
        });
        const auto result = post(admin.baseUrl().resolved(QUrl(QStringLiteral("/api/topics/app/publish"))), 1024);
        QVERIFY(result);
        QCOMPARE(result->errorCode, QString());
        QCOMPARE(result->httpStatus, 200);
        QCOMPARE(result->body, QByteArrayLiteral("{\"ok\":true}"));
    }

    void refusedConnectionIsANetworkError()
    {
        quint16 port = 0;
        {
            LoopbackHttpServer gone;
            QVERIFY(gone.listen());
            port = gone.port();
        }
        const auto result = post(QUrl(QStringLiteral("http://127.0.0.1:%1/api/health/status").arg(port)), 1024);
        QVERIFY(result);
        QCOMPARE(result->errorCode, QStringLiteral("admin_network"));
        QVERIFY2(result->error.startsWith(QLatin1String("feed ps: ")), qPrintable(result->error));
    }
};

QTEST_GUILESS_MAIN(TestPubSubAdminCall)
#include "tst_pubsub_admin_call.moc"
