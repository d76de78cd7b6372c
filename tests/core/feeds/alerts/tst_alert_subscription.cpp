#include "feeds/alerts/alert_subscription.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sb;

class TestAlertSubscription : public QObject
{
    Q_OBJECT

private:
    static QJsonObject languageFilter(const QString &lang)
    {
        return QJsonObject {{QStringLiteral("type"), QStringLiteral("operator")},
            {QStringLiteral("operator"), QStringLiteral("and")},
            {QStringLiteral("operands"),
                QJsonArray {QJsonObject {
                    {QStringLiteral("type"), QStringLiteral("language")}, {QStringLiteral("value"), lang}}}}};
    }

private Q_SLOTS:
    void createRequestHasTransportFilterAndPayloadVersion()
    {
        const QJsonObject body
            = QJsonDocument::fromJson(AlertSubscription::createRequest(languageFilter(QStringLiteral("L:en"))))
                  .object();
        QCOMPARE(body.value(QStringLiteral("transport")).toObject().value(QStringLiteral("transportType")).toString(),
            QStringLiteral("AWS-SQS"));
        QCOMPARE(body.value(QStringLiteral("payloadVersion")).toString(), QStringLiteral("2.0"));
        QCOMPARE(body.value(QStringLiteral("filter")).toObject(), languageFilter(QStringLiteral("L:en")));
        // No filter: the key is left out rather than sent empty.
        QVERIFY(
            !QJsonDocument::fromJson(AlertSubscription::createRequest({})).object().contains(QStringLiteral("filter")));
    }

    void readsACreateAnswer()
    {
        const QByteArray answer
            = R"({"subscriptionID":"d61b1c7c-670f","transportInfo":{"transportType":"AWS-SQS",)"
              R"("endpoint":"https://sqs.us-east-1.amazonaws.com/642157181326/sqs-edsalerts-main-prod-usersqs-d61b1c7c-670f",)"
              R"("cryptographyKey":"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="},"payloadVersion":"2.0"})";
        const QVector<AlertSubscription> list = AlertSubscription::listFromJson(answer);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().id, QStringLiteral("d61b1c7c-670f"));
        QCOMPARE(list.first().endpoint.host(), QStringLiteral("sqs.us-east-1.amazonaws.com"));
        QCOMPARE(QByteArray::fromBase64(list.first().cryptographyKey.toLatin1()).size(), 32);
        QVERIFY(list.first().isUsable());
    }

    void readsAListAndSkipsUnusableEntries()
    {
        const QByteArray answer
            = R"({"subscriptions":[{"subscriptionID":"a","transportInfo":{"endpoint":"https://q/1/a",)"
              R"("cryptographyKey":"k"},"filter":{"type":"language","value":"L:en"}},)"
              R"({"subscriptionID":"b","transportInfo":{}},{"transportInfo":{"endpoint":"https://q/1/c"}},)"
              R"({"subscriptionID":"d","transportInfo":{"endpoint":"https://q/1/d"}}]})";
        const QVector<AlertSubscription> list = AlertSubscription::listFromJson(answer);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).id, QStringLiteral("a"));
        QCOMPARE(list.at(1).id, QStringLiteral("d"));
        QVERIFY(!list.at(1).isUsable()); // listed without its key: fetched by id before use
    }

    void malformedAnswerSaysWhy()
    {
        QString error;
        QVERIFY(AlertSubscription::listFromJson("{\"subscriptions\":[", &error).isEmpty());
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(AlertSubscription::listFromJson("[1,2]", &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("object")));
    }

    void findsTheSubscriptionWithTheSameFilter()
    {
        QVector<AlertSubscription> list(3);
        list[0].id = QStringLiteral("fr");
        list[0].filter = languageFilter(QStringLiteral("L:fr"));
        list[1].id = QStringLiteral("all");
        list[2].id = QStringLiteral("en");
        list[2].filter = languageFilter(QStringLiteral("L:en"));
        QCOMPARE(AlertSubscription::findByFilter(list, languageFilter(QStringLiteral("L:en"))), 2);
        QCOMPARE(AlertSubscription::findByFilter(list, QJsonObject()), 1);
        QCOMPARE(AlertSubscription::findByFilter(list, languageFilter(QStringLiteral("L:de"))), -1);
    }
};

QTEST_GUILESS_MAIN(TestAlertSubscription)
#include "tst_alert_subscription.moc"
