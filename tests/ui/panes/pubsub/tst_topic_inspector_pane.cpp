// The topic inspector: the log from topic.* Events, JSON tree and raw view, filter, pause, clear, export; the
// topics list with counts; the connection bar from the feed's session; the composer's JSON validation, commands to
// the feed and outbound rows from their results; templates kept in the pane state; the failure banner.
#include "../../support/model_checks.h"
#include "../../support/ui_pane_context.h"
#include "desk/feed_source.h"
#include "panes/pubsub/connection_bar.h"
#include "panes/pubsub/message_composer.h"
#include "panes/pubsub/topic_inspector_pane.h"
#include "panes/pubsub/topic_message_filter_model.h"
#include "panes/pubsub/topic_message_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace sb;
using namespace sb::ui;
using namespace sb::ui::test;

namespace {

constexpr qint64 kNow = 1'800'000'000'000;

class FakeSource : public FeedSource
{
public:
    QVector<FeedInfo> feeds() const override { return {{QStringLiteral("pubsub"), QStringLiteral("pubsub")}}; }
    bool sendCommand(const QString &feed, const QJsonObject &command) override
    {
        if (feed != QLatin1String("pubsub"))
            return false;
        commands << command;
        return true;
    }
    QJsonObject last(const QString &op) const
    {
        for (int i = int(commands.size()) - 1; i >= 0; --i)
            if (commands[i].value(QStringLiteral("op")).toString() == op)
                return commands[i];
        return {};
    }
    void answer(const QJsonObject &command, QJsonObject result)
    {
        result.insert(QStringLiteral("id"), command.value(QStringLiteral("id")));
        result.insert(QStringLiteral("op"), command.value(QStringLiteral("op")));
        Q_EMIT commandResult(QStringLiteral("pubsub"), result);
    }
    QList<QJsonObject> commands;
};

Event message(const QString &topic, const QString &type, const QJsonObject &data, bool compressed, qint64 t)
{
    Event e;
    e.feed = QStringLiteral("pubsub");
    e.kind = QStringLiteral("topic.message");
    e.key = QStringLiteral("k%1").arg(t);
    e.timeMs = t;
    e.receivedMs = t;
    e.source = topic;
    e.tags = {QStringLiteral("topic:") + topic, QStringLiteral("type:") + type};
    e.title = (topic + QStringLiteral(" · ") + type).toUtf8();
    e.body = QJsonDocument(data.value(QStringLiteral("payload")).toObject()).toJson(QJsonDocument::Compact);
    const QJsonObject attrs {{QStringLiteral("topic"), topic}, {QStringLiteral("messageType"), type},
        {QStringLiteral("data"), data}, {QStringLiteral("compressed"), compressed}, {QStringLiteral("size"), 123},
        {QStringLiteral("direction"), QStringLiteral("in")}};
    e.attrs = QJsonDocument(attrs).toJson(QJsonDocument::Compact);
    return e;
}

EventBatch sample()
{
    return {
        message(QStringLiteral("prices"), QStringLiteral("tick"),
            {{QStringLiteral("payload"),
                 QJsonObject {{QStringLiteral("symbol"), QStringLiteral("EUR/USD")}, {QStringLiteral("bid"), 1.08}}},
                {QStringLiteral("id"), QStringLiteral("m1")}},
            false, kNow),
        message(QStringLiteral("telemetry"), QStringLiteral("metrics"),
            {{QStringLiteral("payload"), QJsonObject {{QStringLiteral("cpu"), 41.5}}}}, true, kNow + 100),
        message(QStringLiteral("prices"), QStringLiteral("tick"),
            {{QStringLiteral("payload"), QJsonObject {{QStringLiteral("symbol"), QStringLiteral("GBP/USD")}}}}, false,
            kNow + 200)};
}

struct Fixture
{
    Fixture()
    {
        pane = std::make_unique<TopicInspectorPane>(paneContext(QStringLiteral("pubsub"), &source, 100));
        pane->setClock([] { return kNow + 1000; });
        tester = std::make_unique<QAbstractItemModelTester>(
            pane->view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    FakeSource source;
    std::unique_ptr<TopicInspectorPane> pane;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

} // namespace

class TestTopicInspectorPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void logShowsMessagesWithTreeAndRaw()
    {
        Fixture f;
        f.pane->appendEvents(sample());
        QCOMPARE(f.pane->eventCount(), 3);
        QAbstractItemModel *m = f.pane->view()->model();
        // Newest first.
        QCOMPARE(m->index(0, TopicMessageModel::Topic).data().toString(), QStringLiteral("prices"));
        QCOMPARE(m->index(1, TopicMessageModel::Topic).data().toString(), QStringLiteral("telemetry"));
        QCOMPARE(m->index(1, TopicMessageModel::Compressed).data().toString(), QStringLiteral("yes"));
        QCOMPARE(m->index(0, TopicMessageModel::Compressed).data().toString(), QString());
        QCOMPARE(m->index(0, TopicMessageModel::Direction).data().toString(), QStringLiteral("in"));
        QCOMPARE(m->index(0, TopicMessageModel::Size).data().toInt(), 123);
        QCOMPARE(m->index(0, TopicMessageModel::Type).data().toString(), QStringLiteral("tick"));
        f.pane->moveSelection(1);
        f.pane->moveSelection(1); // second row: telemetry
        QTreeWidget *tree = f.pane->jsonTree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        QTreeWidgetItem *payload = tree->topLevelItem(0)->child(0);
        QCOMPARE(payload->text(0), QStringLiteral("payload"));
        QCOMPARE(payload->child(0)->text(0), QStringLiteral("cpu"));
        QCOMPARE(payload->child(0)->text(1), QStringLiteral("41.5"));
        QCOMPARE(payload->child(0)->text(2), QStringLiteral("number"));
        QVERIFY(f.pane->rawView()->toPlainText().contains(QLatin1String("\"topic\": \"telemetry\"")));
    }

    void filterPauseClearExport()
    {
        Fixture f;
        f.pane->appendEvents(sample());
        f.pane->setFilterText(QStringLiteral("topic:prices"));
        QCOMPARE(f.pane->visibleCount(), 2);
        f.pane->setFilterText(QStringLiteral("-tick"));
        QCOMPARE(f.pane->visibleCount(), 1);
        f.pane->setFilterText(QStringLiteral("type:metrics"));
        QCOMPARE(f.pane->visibleCount(), 1);
        f.pane->setFilterText(QStringLiteral("dir:out"));
        QCOMPARE(f.pane->visibleCount(), 0);
        QVERIFY(f.pane->filterBox()->problemLabel()->isHidden());
        f.pane->setFilterText(QStringLiteral("topic:prices dir:"));
        QVERIFY(!f.pane->filterBox()->problemLabel()->isHidden());
        QVERIFY(f.pane->filterBox()->problemLabel()->text().contains(QLatin1String("\"dir:\"")));
        f.pane->setFilterText(QString());
        QVERIFY(f.pane->filterBox()->problemLabel()->isHidden());

        f.pane->setPaused(true);
        f.pane->appendEvents(sample());
        QCOMPARE(f.pane->eventCount(), 3);
        QCOMPARE(f.pane->pauseButtonText(), QStringLiteral("Resume (3 held)"));
        f.pane->setPaused(false);
        QCOMPARE(f.pane->eventCount(), 6);
        QCOMPARE(f.pane->pauseButtonText(), QStringLiteral("Pause"));
        // Held like the blotter holds: capped, the oldest dropped first, and the button says how many.
        f.pane->setHeldCap(2);
        f.pane->setPaused(true);
        f.pane->appendEvents(sample());
        QCOMPARE(f.pane->pauseButtonText(), QStringLiteral("Resume (2 held, 1 dropped)"));
        f.pane->setPaused(false);
        QCOMPARE(f.pane->eventCount(), 8);
        f.pane->setHeldCap(f.pane->heldCap() + 100);
        f.pane->clear();
        f.pane->appendEvents(sample());
        f.pane->appendEvents(sample());
        QCOMPARE(f.pane->eventCount(), 6);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.jsonl"));
        QCOMPARE(f.pane->exportJsonLines(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 6);
        const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("topic.message"));
        QCOMPARE(first.value(QStringLiteral("attrs")).toObject().value(QStringLiteral("topic")).toString(),
            QStringLiteral("prices"));

        f.pane->clear();
        QCOMPARE(f.pane->eventCount(), 0);
    }

    void tokenExpiryTellsWhatAReconnectWillDo()
    {
        qint64 now = kNow;
        ConnectionBar bar;
        bar.setClock([&now] { return now; });
        const auto session = [](bool renews) {
            return QJsonObject {{QStringLiteral("connectionId"), QStringLiteral("c1")},
                {QStringLiteral("expiresAt"), double(kNow / 1000 + 300)}, {QStringLiteral("renewsOnConnect"), renews}};
        };
        bar.setSession(session(true));
        bar.setState(FeedState::Live, QStringLiteral("live"));
        QCOMPARE(bar.expiryText(), QStringLiteral("in 5 min 0 s")); // a valid token while live: the time left
        now = kNow + 301'000;
        bar.refreshExpiry();
        // Past its expiry the open connection carries on; a minted token is renewed by the next connect.
        QCOMPARE(bar.expiryText(), QStringLiteral("passed (connection stays open; renewed on reconnect)"));
        bar.setState(FeedState::Reconnecting, QStringLiteral("lost"));
        QCOMPARE(bar.expiryText(), QStringLiteral("expired (renewed on reconnect)"));
        // A configured token is not renewed: the bar does not promise it.
        bar.setSession(session(false));
        QCOMPARE(bar.expiryText(), QStringLiteral("expired (a reconnect needs a new token)"));
        bar.setState(FeedState::Live, QStringLiteral("live"));
        QCOMPARE(bar.expiryText(), QStringLiteral("passed (connection stays open; a reconnect needs a new token)"));
    }

    void composerShowsNoErrorUntilTyped()
    {
        MessageComposer composer;
        QCOMPARE(composer.validationText(), QString());
        composer.payloadEdit()->setPlainText(QStringLiteral("x"));
        QVERIFY(composer.validationText().contains(QLatin1String("not JSON")));
        composer.payloadEdit()->clear();
        QCOMPARE(composer.validationText(), QStringLiteral("Empty payload"));
    }

    void topicsListCountsAndSubscribes()
    {
        Fixture f;
        f.source.answer({{QStringLiteral("op"), QStringLiteral("session")}},
            {{QStringLiteral("ok"), true}, {QStringLiteral("connectionId"), QStringLiteral("4389b2ed1a7e")},
                {QStringLiteral("appId"), QStringLiteral("sb-demo-app")},
                {QStringLiteral("subject"), QStringLiteral("ops")},
                {QStringLiteral("permissions"), QJsonArray {QStringLiteral("realtime:subscriber:read:topic:secure/*")}},
                {QStringLiteral("expiresAt"), double((kNow + 1000) / 1000 + 125)},
                {QStringLiteral("topics"), QJsonArray {QStringLiteral("prices"), QStringLiteral("chat")}}});
        f.pane->appendEvents(sample());
        f.pane->refreshTopics();
        QTableWidget *t = f.pane->topicsTable();
        QCOMPARE(t->rowCount(), 3); // chat, prices, telemetry
        QCOMPARE(t->item(0, 0)->text(), QStringLiteral("chat"));
        QCOMPARE(t->item(1, 0)->text(), QStringLiteral("prices"));
        QCOMPARE(t->item(1, 1)->text(), QStringLiteral("✓"));
        QCOMPARE(t->item(1, 2)->text(), QStringLiteral("2"));
        QCOMPARE(t->item(2, 1)->text(), QString()); // telemetry: seen, not subscribed by us
        // Connection bar from the session.
        ConnectionBar *bar = f.pane->connectionBar();
        QCOMPARE(bar->connectionText(), QStringLiteral("4389b2ed1a7e"));
        QCOMPARE(bar->appText(), QStringLiteral("sb-demo-app"));
        QCOMPARE(bar->subjectText(), QStringLiteral("ops"));
        QCOMPARE(bar->permissionsText(), QStringLiteral("read:topic:secure/*"));
        QCOMPARE(bar->expiryText(), QStringLiteral("in 2 min 5 s"));

        f.pane->subscribe(QStringLiteral("secure/logs"));
        const QJsonObject sub = f.source.last(QStringLiteral("subscribe"));
        QCOMPARE(sub.value(QStringLiteral("topic")).toString(), QStringLiteral("secure/logs"));
        QVERIFY(!sub.value(QStringLiteral("id")).toString().isEmpty());
        f.source.answer(sub,
            {{QStringLiteral("ok"), true}, {QStringLiteral("topic"), QStringLiteral("secure/logs")},
                {QStringLiteral("topics"),
                    QJsonArray {QStringLiteral("prices"), QStringLiteral("chat"), QStringLiteral("secure/logs")}}});
        QCOMPARE(t->rowCount(), 4);
        f.pane->unsubscribe(QStringLiteral("chat"));
        f.source.answer(f.source.last(QStringLiteral("unsubscribe")),
            {{QStringLiteral("ok"), false}, {QStringLiteral("error"), QStringLiteral("nope")}});
        QVERIFY(f.pane->noticeText().contains(QLatin1String("nope")));
    }

    void composerValidatesAndSends()
    {
        Fixture f;
        MessageComposer *c = f.pane->composer();
        c->topicEdit()->setText(QStringLiteral("chat"));
        c->typeEdit()->setText(QStringLiteral("text"));
        c->payloadEdit()->setPlainText(QStringLiteral("{\"text\": "));
        QVERIFY(c->validationText().contains(QLatin1String("not JSON")));
        QVERIFY(!c->sendButton()->isEnabled());
        c->asTextBox()->setChecked(true); // then it goes as a string
        QVERIFY(c->sendButton()->isEnabled());
        QCOMPARE(c->command().value(QStringLiteral("payload")).toString(), QStringLiteral("{\"text\": "));
        c->asTextBox()->setChecked(false);
        c->payloadEdit()->setPlainText(QStringLiteral("{\"text\": \"hello\"}"));
        QVERIFY(c->validationText().contains(QLatin1String("valid JSON")));
        c->compressBox()->setChecked(true);
        c->waitBox()->setCurrentIndex(c->waitBox()->findData(QStringLiteral("ack")));
        QVERIFY(c->sendButton()->isEnabled());
        c->sendButton()->click();
        const QJsonObject publish = f.source.last(QStringLiteral("publish"));
        QCOMPARE(publish.value(QStringLiteral("topic")).toString(), QStringLiteral("chat"));
        QCOMPARE(publish.value(QStringLiteral("messageType")).toString(), QStringLiteral("text"));
        QCOMPARE(publish.value(QStringLiteral("payload")).toObject().value(QStringLiteral("text")).toString(),
            QStringLiteral("hello"));
        QCOMPARE(publish.value(QStringLiteral("compress")).toBool(), true);
        QCOMPARE(publish.value(QStringLiteral("waitFor")).toString(), QStringLiteral("ack"));
        // The ack arrives: an outbound row with its outcome.
        f.source.answer(publish,
            {{QStringLiteral("ok"), true}, {QStringLiteral("answer"), QStringLiteral("ack")},
                {QStringLiteral("latencyMs"), 12}, {QStringLiteral("messageId"), QStringLiteral("abc")},
                {QStringLiteral("frame"),
                    QStringLiteral(
                        R"({"type":"publish","data":{"topic":"chat","payload":{"text":"hello"},"id":"abc"}})")}});
        QCOMPARE(f.pane->eventCount(), 1);
        QAbstractItemModel *m = f.pane->view()->model();
        QCOMPARE(m->index(0, TopicMessageModel::Direction).data().toString(), QStringLiteral("out"));
        QCOMPARE(m->index(0, TopicMessageModel::Compressed).data().toString(), QStringLiteral("yes"));
        QVERIFY(f.pane->view()
                    ->model()
                    ->index(0, 0)
                    .data(TopicMessageModel::SearchTextRole)
                    .toString()
                    .contains(QLatin1String("acked in 12 ms")));
        f.pane->moveSelection(1);
        QVERIFY(f.pane->rawView()->toPlainText().contains(QLatin1String("\"type\": \"publish\"")));

        // Send to the backend, waiting for the reply.
        c->modeBox()->setCurrentIndex(c->modeBox()->findData(QStringLiteral("send")));
        c->waitBox()->setCurrentIndex(c->waitBox()->findData(QStringLiteral("reply")));
        c->payloadEdit()->setPlainText(QStringLiteral("\"now?\""));
        c->sendButton()->click();
        const QJsonObject send = f.source.last(QStringLiteral("send"));
        QVERIFY(!send.contains(QStringLiteral("topic")));
        QCOMPARE(send.value(QStringLiteral("payload")).toString(), QStringLiteral("now?"));
        f.source.answer(send,
            {{QStringLiteral("ok"), true}, {QStringLiteral("answer"), QStringLiteral("reply")},
                {QStringLiteral("status"), QStringLiteral("ok")}, {QStringLiteral("latencyMs"), 30},
                {QStringLiteral("data"), QJsonObject {{QStringLiteral("time"), QStringLiteral("12:00")}}}});
        QVERIFY(f.pane->noticeText().contains(QLatin1String("12:00")));
        QCOMPARE(f.pane->eventCount(), 2);

        // A refusal is shown and logged.
        c->modeBox()->setCurrentIndex(0);
        c->sendButton()->click();
        f.source.answer(f.source.last(QStringLiteral("publish")),
            {{QStringLiteral("ok"), false}, {QStringLiteral("error"), QStringLiteral("payload too big")}});
        QVERIFY(f.pane->noticeText().contains(QLatin1String("payload too big")));
        QCOMPARE(f.pane->eventCount(), 3);

        // The size limit from the session applies before sending.
        c->setMaxPayloadBytes(3); // "now?" is 4 bytes
        QVERIFY(!c->sendButton()->isEnabled());
    }

    void templatesSurviveThePaneState()
    {
        QByteArray state;
        {
            Fixture f;
            MessageComposer *c = f.pane->composer();
            c->topicEdit()->setText(QStringLiteral("prices"));
            c->payloadEdit()->setPlainText(QStringLiteral("{\"symbol\":\"EUR/USD\"}"));
            c->saveTemplate(QStringLiteral("tick"));
            f.pane->setFilterText(QStringLiteral("topic:prices"));
            state = f.pane->saveState();
        }
        Fixture g;
        QVERIFY(g.pane->restoreState(state));
        QCOMPARE(g.pane->filterEdit()->text(), QStringLiteral("topic:prices"));
        QCOMPARE(g.pane->composer()->templates().size(), 1);
        g.pane->composer()->applyTemplate(g.pane->composer()->templates().first());
        QCOMPARE(g.pane->composer()->topicEdit()->text(), QStringLiteral("prices"));
        QVERIFY(!g.pane->restoreState(QByteArray("junk")));
    }

    void failureBannerShowsTheClose()
    {
        Fixture f;
        Q_EMIT f.source.feedStateChanged(QStringLiteral("pubsub"), FeedState::Failed,
            QStringLiteral("the server closed the connection: 1008 Subscription to secure topic is forbidden!"));
        QVERIFY(f.pane->bannerText().contains(QLatin1String("1008 Subscription to secure topic is forbidden!")));
        QCOMPARE(f.pane->connectionBar()->stateText(), feedStateName(FeedState::Failed));
        Q_EMIT f.source.feedStateChanged(QStringLiteral("pubsub"), FeedState::Live, QStringLiteral("ok"));
        QCOMPARE(f.pane->bannerText(), QString());
    }

    void modelsStayValidThroughInsertsFiltersSortsAndResets()
    {
        TopicMessageModel model(4);
        TopicMessageFilterModel filter;
        const auto checks = checkFilteredModel(&model, &filter);
        model.append(sample());
        Event sent = message(QStringLiteral("chat"), QStringLiteral("text"),
            {{QStringLiteral("payload"), QJsonObject {{QStringLiteral("text"), QStringLiteral("hello")}}}}, false,
            kNow + 300);
        model.appendOutgoing(sent);
        QCOMPARE(model.rowCount(), 4);
        filter.sort(TopicMessageModel::Topic, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, TopicMessageModel::Topic).data().toString(), QStringLiteral("chat"));
        filter.setFilterText(QStringLiteral("topic:prices"));
        QCOMPARE(filter.rowCount(), 2);
        model.append({message(QStringLiteral("prices"), QStringLiteral("tick"),
            {{QStringLiteral("payload"), QJsonObject {{QStringLiteral("symbol"), QStringLiteral("USD/JPY")}}}}, false,
            kNow + 400)}); // past the capacity: the oldest, a prices tick, goes
        QCOMPARE(filter.rowCount(), 2);
        model.clear();
        QCOMPARE(filter.rowCount(), 0);
        model.undoClear();
        QCOMPARE(filter.rowCount(), 2);
        filter.setFilterText(QString());
        filter.sort(-1);
        QCOMPARE(filter.rowCount(), 4);
    }
};

QTEST_MAIN(TestTopicInspectorPane)
#include "tst_topic_inspector_pane.moc"
