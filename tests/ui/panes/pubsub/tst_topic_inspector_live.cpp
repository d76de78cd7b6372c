// The topic inspector end to end: the pane on a real FeedHost running the pub/sub feed against the emulator over
// TLS. The session reaches the connection bar, a subscription made in the pane reaches the server, a message
// composed in the pane is acknowledged, and the demo traffic fills the log and the topic counters. A configured topic
// the token does not allow is named in the pane's banner.
#include "../../support/ui_pane_context.h"
#include "desk/host_feed_source.h"
#include "panes/pubsub/connection_bar.h"
#include "panes/pubsub/message_composer.h"
#include "panes/pubsub/topic_inspector_pane.h"
#include "panes/pubsub/topic_message_model.h"
#include "pipeline/feed_host.h"
#include "pipeline/feed_registry.h"
#include "sim/pubsub/pubsub_emulator.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace sb;
using namespace sb::ui;
using namespace sb::ui::test;

class TestTopicInspectorLive : public QObject
{
    Q_OBJECT
private:
    // Pings would only add frames that no test here looks at.
    static sim::PubSubEmulatorOptions withoutPings()
    {
        sim::PubSubEmulatorOptions options;
        options.pingIntervalMs = 0;
        return options;
    }

private Q_SLOTS:
    void initTestCase() { registerBuiltinFeeds(); }

    void paneDrivesTheFeed()
    {
        sim::PubSubEmulator emulator(withoutPings());
        QVERIFY(emulator.start());
        QJsonObject config = emulator.feedConfig();
        config.insert(QStringLiteral("topics"), QJsonArray {QStringLiteral("prices")});
        QString error;
        std::unique_ptr<Feed> feed = FeedRegistry::instance().createFeed(config, &error);
        QVERIFY2(feed, qPrintable(error));

        FeedHost host;
        HostFeedSource source(&host, {{QStringLiteral("pubsub"), QStringLiteral("pubsub")}});
        TopicInspectorPane pane(paneContext(QStringLiteral("pubsub"), &source));
        QObject::connect(&source, &FeedSource::eventsReady, &pane, [&pane](const EventBatch &batch) {
            EventBatch mine;
            for (const Event &e : batch)
                if (e.feed == QLatin1String("pubsub"))
                    mine << e;
            pane.appendEvents(mine);
        });
        host.addFeed(std::move(feed));
        host.start();

        QTRY_COMPARE_WITH_TIMEOUT(emulator.subscribes(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(pane.connectionBar()->connectionText() != QLatin1String("—"), 5000);
        QCOMPARE(pane.connectionBar()->subjectText(), QStringLiteral("sb-inspector"));
        QCOMPARE(pane.connectionBar()->appText(), emulator.options().appId);
        QVERIFY(pane.connectionBar()->expiryText().startsWith(QLatin1String("in ")));

        pane.subscribe(QStringLiteral("chat"));
        QTRY_COMPARE_WITH_TIMEOUT(emulator.subscribes(), 2, 5000);

        MessageComposer *composer = pane.composer();
        composer->topicEdit()->setText(QStringLiteral("chat"));
        composer->typeEdit()->setText(QStringLiteral("text"));
        composer->payloadEdit()->setPlainText(QStringLiteral("{\"text\": \"hello\"}"));
        composer->waitBox()->setCurrentIndex(composer->waitBox()->findData(QStringLiteral("ack")));
        QVERIFY(composer->sendButton()->isEnabled());
        composer->sendButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(pane.noticeText().contains(QLatin1String("acked")), 5000);
        // Our message came back on chat, next to the outbound row and the ack.
        pane.setFilterText(QStringLiteral("dir:out"));
        QCOMPARE(pane.visibleCount(), 1);
        pane.setFilterText(QStringLiteral("topic:chat dir:in"));
        QTRY_COMPARE_WITH_TIMEOUT(pane.visibleCount(), 1, 5000);
        pane.setFilterText(QString());

        emulator.publishDemo(30);
        // prices and chat are subscribed, telemetry (a fifth of the demo traffic) is not.
        QTRY_VERIFY_WITH_TIMEOUT(pane.eventCount() >= 20, 5000);
        pane.refreshTopics();
        bool pricesCounted = false;
        for (int row = 0; row < pane.topicsTable()->rowCount(); ++row)
            if (pane.topicsTable()->item(row, 0)->text() == QLatin1String("prices"))
                pricesCounted = pane.topicsTable()->item(row, 2)->text().toInt() > 0;
        QVERIFY(pricesCounted);
        host.stop();
    }

    void refusedTopicIsNamedInTheBanner()
    {
        sim::PubSubEmulator emulator(withoutPings());
        QVERIFY(emulator.start());
        // The token allows no secure topic, and the config asks for one.
        QJsonObject config = emulator.feedConfig();
        config.insert(
            QStringLiteral("topics"), QJsonArray {QStringLiteral("prices"), QStringLiteral("secure/inbound")});
        config.insert(QStringLiteral("permissions"), QJsonArray {QStringLiteral("realtime:publisher:write:topic:*")});
        QString error;
        std::unique_ptr<Feed> feed = FeedRegistry::instance().createFeed(config, &error);
        QVERIFY2(feed, qPrintable(error));

        FeedHost host;
        HostFeedSource source(&host, {{QStringLiteral("pubsub"), QStringLiteral("pubsub")}});
        TopicInspectorPane pane(paneContext(QStringLiteral("pubsub"), &source));
        host.addFeed(std::move(feed));
        host.start();

        QTRY_VERIFY_WITH_TIMEOUT(!pane.bannerText().isEmpty(), 10000);
        QVERIFY2(pane.bannerText().contains(QLatin1String("topic \"secure/inbound\" refused")),
            qPrintable(pane.bannerText()));
        QCOMPARE(pane.connectionBar()->stateText(), feedStateName(FeedState::Failed));
        host.stop();
    }
};

QTEST_MAIN(TestTopicInspectorLive)
#include "tst_topic_inspector_live.moc"
