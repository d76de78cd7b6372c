// The alerts pane's commands against a stand-in subscription lifecycle: every answer carries the command's id and
// op; a stopped feed refuses all but status; a filter that is not an object and a delete without an id never reach
// the service; the list marks the active subscription; unknown ops are left to the feed.
#include "feeds/alerts/alerts_pane_commands.h"

#include <QJsonArray>
#include <QTest>

using namespace sb;

namespace {

class FakeSubscriptions : public AlertsPaneCommands::Subscriptions
{
public:
    QJsonObject status() const override { return {{QStringLiteral("queue"), QStringLiteral("q1")}}; }
    bool running() const override { return isRunning; }
    QString activeSubscriptionId() const override { return QStringLiteral("s2"); }
    void listSubscriptions(
        std::function<void(const QString &error, const QVector<AlertSubscription> &list)> done) override
    {
        calls << QStringLiteral("list");
        AlertSubscription a;
        a.id = QStringLiteral("s1");
        a.endpoint = QUrl(QStringLiteral("https://sqs.example/123/queue-a"));
        AlertSubscription b = a;
        b.id = QStringLiteral("s2");
        done(listError, {a, b});
    }
    void replaceFilter(const QJsonObject &filter, std::function<void(const AlertSubscription &made)> done) override
    {
        calls << QStringLiteral("replace %1").arg(filter.keys().join(QLatin1Char(',')));
        AlertSubscription made;
        made.id = QStringLiteral("s3");
        done(made);
    }
    void deleteSubscription(const QString &id, std::function<void(const QString &error)> done) override
    {
        calls << QStringLiteral("delete %1").arg(id);
        done(deleteError);
    }

    bool isRunning = true;
    QString listError;
    QString deleteError;
    QStringList calls;
};

QJsonObject command(const char *op, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("op"), QLatin1String(op));
    extra.insert(QStringLiteral("id"), 7);
    return extra;
}

} // namespace

class TstAlertsPaneCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusAnswersEvenWhenStopped()
    {
        FakeSubscriptions fake;
        fake.isRunning = false;
        QList<QJsonObject> answers;
        AlertsPaneCommands commands(fake, [&](const QJsonObject &r) { answers << r; });
        QVERIFY(commands.handle(command("status")));
        QVERIFY(commands.handle(command("listSubscriptions")));
        QCOMPARE(answers.size(), 2);
        QCOMPARE(answers[0].value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(answers[0].value(QStringLiteral("queue")).toString(), QStringLiteral("q1"));
        QCOMPARE(answers[0].value(QStringLiteral("id")).toInt(), 7);
        QCOMPARE(answers[1].value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(answers[1].value(QStringLiteral("op")).toString(), QStringLiteral("listSubscriptions"));
        QVERIFY(fake.calls.isEmpty());
    }

    void listMarksTheActiveSubscription()
    {
        FakeSubscriptions fake;
        QList<QJsonObject> answers;
        AlertsPaneCommands commands(fake, [&](const QJsonObject &r) { answers << r; });
        QVERIFY(commands.handle(command("listSubscriptions")));
        const QJsonArray list = answers.value(0).value(QStringLiteral("subscriptions")).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].toObject().value(QStringLiteral("active")).toBool(), false);
        QCOMPARE(list[1].toObject().value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(list[1].toObject().value(QStringLiteral("queue")).toString(), QStringLiteral("queue-a"));
        fake.listError = QStringLiteral("HTTP 500: down");
        QVERIFY(commands.handle(command("listSubscriptions")));
        QCOMPARE(answers.value(1).value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(answers.value(1).value(QStringLiteral("error")).toString(), fake.listError);
    }

    void badArgumentsNeverReachTheService()
    {
        FakeSubscriptions fake;
        QList<QJsonObject> answers;
        AlertsPaneCommands commands(fake, [&](const QJsonObject &r) { answers << r; });
        QVERIFY(commands.handle(command("setFilter", {{QStringLiteral("filter"), QStringLiteral("text")}})));
        QVERIFY(
            commands.handle(command("deleteSubscription", {{QStringLiteral("subscriptionId"), QStringLiteral(" ")}})));
        QCOMPARE(answers.size(), 2);
        QVERIFY(answers[0].value(QStringLiteral("error")).toString().contains(QLatin1String("JSON object")));
        QVERIFY(answers[1].value(QStringLiteral("error")).toString().contains(QLatin1String("subscriptionId")));
        QVERIFY(fake.calls.isEmpty());
    }

    void setFilterAndDeleteAreAnswered()
    {
        FakeSubscriptions fake;
        QList<QJsonObject> answers;
        AlertsPaneCommands commands(fake, [&](const QJsonObject &r) { answers << r; });
        QVERIFY(commands.handle(command(
            "setFilter", {{QStringLiteral("filter"), QJsonObject {{QStringLiteral("query"), QStringLiteral("x")}}}})));
        QVERIFY(
            commands.handle(command("deleteSubscription", {{QStringLiteral("subscriptionId"), QStringLiteral("s1")}})));
        fake.deleteError = QStringLiteral("HTTP 404: gone");
        QVERIFY(
            commands.handle(command("deleteSubscription", {{QStringLiteral("subscriptionId"), QStringLiteral("s9")}})));
        QCOMPARE(fake.calls,
            (QStringList {QStringLiteral("replace query"), QStringLiteral("delete s1"), QStringLiteral("delete s9")}));
        QCOMPARE(answers[0].value(QStringLiteral("subscriptionId")).toString(), QStringLiteral("s3"));
        QCOMPARE(answers[1].value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(answers[1].value(QStringLiteral("subscriptionId")).toString(), QStringLiteral("s1"));
        QCOMPARE(answers[2].value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(answers[2].value(QStringLiteral("error")).toString(), fake.deleteError);
    }

    void unknownOpsAreLeftToTheFeed()
    {
        FakeSubscriptions fake;
        int answers = 0;
        AlertsPaneCommands commands(fake, [&](const QJsonObject &) { ++answers; });
        QVERIFY(!commands.handle(command("publish")));
        QCOMPARE(answers, 0);
    }
};

QTEST_GUILESS_MAIN(TstAlertsPaneCommands)
#include "tst_alerts_pane_commands.moc"
