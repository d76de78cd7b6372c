// FeedHost: feeds run on the io thread, commands reach them there and their answers come back on the host's thread.
#include "pipeline/event_sink.h"
#include "pipeline/feed.h"
#include "pipeline/feed_host.h"

#include "store/event_store.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace sb;

namespace {

class NullDecoder : public FrameDecoder
{
public:
    void decode(const RawFrame &, DecodeOutput &) override { }
};

class EchoFeed : public Feed
{
public:
    explicit EchoFeed(QString type)
        : Feed(QStringLiteral("echo"), std::move(type))
    { }
    std::unique_ptr<FrameDecoder> createDecoder() const override { return std::make_unique<NullDecoder>(); }
    void start() override { setState(FeedState::Live, QStringLiteral("up")); }
    void stop() override { }
    void handleCommand(const QJsonObject &command) override
    {
        if (type() != QLatin1String("echo")) {
            Feed::handleCommand(command);
            return;
        }
        QJsonObject result = command;
        result.insert(QStringLiteral("ok"), true);
        result.insert(QStringLiteral("onIoThread"), QThread::currentThread() != qApp->thread());
        Q_EMIT commandResult(result);
    }
};

// Says goodbye like an OHIP stream: stopped() comes only when the "server" answers, some time after the request.
class PoliteFeed : public Feed
{
public:
    PoliteFeed(int answerAfterMs, bool *deletedAfterGoodbye, QObject *parent = nullptr)
        : Feed(QStringLiteral("polite"), QStringLiteral("polite"), parent)
        , m_answerAfterMs(answerAfterMs)
        , m_deletedAfterGoodbye(deletedAfterGoodbye)
    { }
    ~PoliteFeed() override { *m_deletedAfterGoodbye = m_saidGoodbye; }
    std::unique_ptr<FrameDecoder> createDecoder() const override { return std::make_unique<NullDecoder>(); }
    void start() override { }
    void stop() override { }
    void stopGracefully() override
    {
        if (m_answerAfterMs < 0)
            return; // the peer never answers
        QTimer::singleShot(m_answerAfterMs, this, [this] {
            m_saidGoodbye = true;
            Q_EMIT stopped();
        });
    }

private:
    int m_answerAfterMs;
    bool *m_deletedAfterGoodbye;
    bool m_saidGoodbye = false;
};

// Each text frame "n" becomes one event keyed n followed by an acknowledgement n, as an alert with its receipt.
// Without receipts it is a stream that cannot be replayed (MRN, Salto, Pub/Sub).
class ReceiptDecoder : public FrameDecoder
{
public:
    ReceiptDecoder(QString feed, bool receipts)
        : m_feed(std::move(feed))
        , m_receipts(receipts)
    { }
    void decode(const RawFrame &frame, DecodeOutput &out) override
    {
        Event e;
        e.feed = m_feed;
        e.kind = QStringLiteral("test");
        e.key = frame.text;
        out.event(std::move(e));
        if (m_receipts)
            out.acknowledge(QVariant(frame.text));
    }

private:
    QString m_feed;
    bool m_receipts;
};

// A feed that acknowledges upstream: command {"op":"emit","keys":[…]} posts one frame per key; each acknowledgement
// comes back to the test as a command result {"op":"ack","key":…,"durable":…}, sent from the io thread.
class AckingFeed : public Feed
{
public:
    explicit AckingFeed(const QString &name = QStringLiteral("acking"), bool receipts = true)
        : Feed(name, QStringLiteral("acking"))
        , m_receipts(receipts)
    { }
    std::unique_ptr<FrameDecoder> createDecoder() const override
    {
        return std::make_unique<ReceiptDecoder>(name(), m_receipts);
    }
    void start() override { }
    void stop() override { }
    void handleCommand(const QJsonObject &command) override
    {
        for (const QJsonValue &key : command.value(QStringLiteral("keys")).toArray())
            postFrame(RawFrame::fromText(key.toString(), 0));
    }
    void acknowledge(const QVariant &token, bool durable, const QString &error) override
    {
        Q_EMIT commandResult({{QStringLiteral("op"), QStringLiteral("ack")}, {QStringLiteral("key"), token.toString()},
            {QStringLiteral("durable"), durable}, {QStringLiteral("error"), error},
            {QStringLiteral("onIoThread"), QThread::currentThread() != qApp->thread()}});
    }

private:
    bool m_receipts;
};

// A sink the test answers by hand, as a store whose commit is still running would.
class HeldSink : public EventSink
{
public:
    void write(const EventBatch &events, const AcknowledgementList &, Done done) override
    {
        written += events;
        pending.append({events.size(), std::move(done)});
    }
    // Answers every held write: `durableOf(size)` events of each are durable.
    void answerAll(const std::function<qsizetype(qsizetype)> &durableOf, const QString &error = QString())
    {
        for (auto &write : std::exchange(pending, {}))
            write.second(durableOf(write.first), error);
    }
    EventBatch written;
    QList<QPair<qsizetype, Done>> pending;
};

// Answers at once, as the printer does.
class InstantSink : public EventSink
{
public:
    void write(const EventBatch &events, const AcknowledgementList &, Done done) override
    {
        written += events;
        done(events.size(), QString());
    }
    EventBatch written;
};

struct RoadObserver
{
    explicit RoadObserver(FeedHost &host)
    {
        QObject::connect(&host, &FeedHost::eventsReady, &context, [this](const EventBatch &b) { shown += b; });
        QObject::connect(&host, &FeedHost::feedError, &context, [this](const FeedError &e) { errors << e; });
        QObject::connect(&host, &FeedHost::feedCommandResult, &context, [this](const QString &, const QJsonObject &r) {
            if (r.value(QStringLiteral("op")).toString() == QLatin1String("ack"))
                acks << r;
        });
    }
    QStringList ackedKeys(bool durable) const
    {
        QStringList out;
        for (const QJsonObject &a : acks)
            if (a.value(QStringLiteral("durable")).toBool() == durable)
                out << a.value(QStringLiteral("key")).toString();
        return out;
    }
    QObject context;
    EventBatch shown;
    QList<FeedError> errors;
    QList<QJsonObject> acks;
};

// A host running one AckingFeed into `sink` (none: decoding is the durability point), observed.
struct AckingRoad
{
    explicit AckingRoad(EventSink *sink)
    {
        host.setSink(sink);
        host.addFeed(std::make_unique<AckingFeed>());
        host.start();
    }
    FeedHost host;
    RoadObserver seen {host};
};

QJsonObject emit(const QStringList &keys)
{
    return {{QStringLiteral("op"), QStringLiteral("emit")}, {QStringLiteral("keys"), QJsonArray::fromStringList(keys)}};
}

} // namespace

class TestFeedHost : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void commandsRunOnTheIoThreadAndAnswer()
    {
        FeedHost host;
        host.addFeed(std::make_unique<EchoFeed>(QStringLiteral("echo")));
        QSignalSpy results(&host, &FeedHost::feedCommandResult);
        QVERIFY(!host.sendCommand(QStringLiteral("echo"), {})); // not started yet
        host.start();
        QVERIFY(!host.sendCommand(QStringLiteral("nope"), {}));
        QVERIFY(host.sendCommand(
            QStringLiteral("echo"), {{QStringLiteral("op"), QStringLiteral("ping")}, {QStringLiteral("id"), 7}}));
        QTRY_COMPARE(results.size(), 1);
        QCOMPARE(results.at(0).at(0).toString(), QStringLiteral("echo"));
        const QJsonObject r = results.at(0).at(1).toJsonObject();
        QCOMPARE(r.value(QStringLiteral("id")).toInt(), 7);
        QVERIFY(r.value(QStringLiteral("ok")).toBool());
        QVERIFY(r.value(QStringLiteral("onIoThread")).toBool());
    }

    void stopWaitsForTheFeedsGoodbye()
    {
        bool deletedAfterGoodbye = false;
        FeedHost host;
        host.addFeed(std::make_unique<PoliteFeed>(50, &deletedAfterGoodbye));
        host.start();
        host.stop(10000);
        QVERIFY(deletedAfterGoodbye);
    }

    void stopGivesUpOnAFeedThatNeverAnswers()
    {
        bool deletedAfterGoodbye = true;
        FeedHost host;
        host.addFeed(std::make_unique<PoliteFeed>(-1, &deletedAfterGoodbye));
        host.start();
        QElapsedTimer clock;
        clock.start();
        host.stop(100);
        QVERIFY(!deletedAfterGoodbye);
        QVERIFY(clock.elapsed() < 5000);
    }

    void feedsAddedAfterSetStoreGetTheStore()
    {
        EventStore store;
        FeedHost host;
        auto plain = std::make_unique<EchoFeed>(QStringLiteral("plain"));
        Feed *before = plain.get();
        host.addFeed(std::move(plain));
        host.setStore(&store);
        auto echo = std::make_unique<EchoFeed>(QStringLiteral("echo"));
        Feed *after = echo.get();
        host.addFeed(std::move(echo));
        QCOMPARE(before->store(), nullptr);
        QCOMPARE(after->store(), &store);
    }

    void eventsAreShownAndAcknowledgedOnlyAfterTheSinkAnswers()
    {
        HeldSink sink;
        AckingRoad road(&sink);
        FeedHost &host = road.host;
        const RoadObserver &seen = road.seen;
        QVERIFY(host.sendCommand(QStringLiteral("acking"), emit({QStringLiteral("a"), QStringLiteral("b")})));
        QTRY_COMPARE(sink.written.size(), 2);
        // Batches keep flowing to the sink; nothing is shown or acknowledged while it has not answered.
        QVERIFY(host.sendCommand(QStringLiteral("acking"), emit({QStringLiteral("c")})));
        QTRY_COMPARE(sink.written.size(), 3);
        QCOMPARE(seen.shown.size(), 0);
        QCOMPARE(seen.acks.size(), 0);
        sink.answerAll([](qsizetype n) { return n; });
        QTRY_COMPARE(seen.acks.size(), 3);
        QCOMPARE(seen.ackedKeys(true), (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QVERIFY(seen.acks.first().value(QStringLiteral("onIoThread")).toBool());
        QCOMPARE(seen.shown.size(), 3);
        QCOMPARE(seen.shown.at(2).key, QStringLiteral("c"));
        QVERIFY(seen.errors.isEmpty());
        host.stop();
    }

    void aFailedWriteAcknowledgesNothingAndSaysSo()
    {
        HeldSink sink;
        AckingRoad road(&sink);
        FeedHost &host = road.host;
        const RoadObserver &seen = road.seen;
        host.sendCommand(QStringLiteral("acking"), emit({QStringLiteral("a"), QStringLiteral("b")}));
        QTRY_COMPARE(sink.written.size(), 2);
        sink.answerAll([](qsizetype) { return 0; }, QStringLiteral("database or disk is full"));
        QTRY_COMPARE(seen.acks.size(), 2);
        QCOMPARE(seen.ackedKeys(false), (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(
            seen.acks.first().value(QStringLiteral("error")).toString(), QStringLiteral("database or disk is full"));
        // The feed gets them again from upstream, so they are not shown now; the error names the feed.
        QCOMPARE(seen.shown.size(), 0);
        QCOMPARE(seen.errors.size(), 1);
        QCOMPARE(seen.errors.first().feed, QStringLiteral("acking"));
        QCOMPARE(seen.errors.first().stage, FeedError::Stage::Store);
        QVERIFY(seen.errors.first().message.contains(QLatin1String("disk is full")));
        host.stop();
    }

    void aPartlyDurableWriteAcknowledgesOnlyWhatPrecedesIt()
    {
        HeldSink sink;
        AckingRoad road(&sink);
        FeedHost &host = road.host;
        const RoadObserver &seen = road.seen;
        host.sendCommand(
            QStringLiteral("acking"), emit({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QTRY_COMPARE(sink.written.size(), 3);
        QCOMPARE(sink.pending.size(), 1); // one decode run, one batch
        sink.answerAll([](qsizetype) { return 2; }, QStringLiteral("--count reached"));
        QTRY_COMPARE(seen.acks.size(), 3);
        QCOMPARE(seen.ackedKeys(true), (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(seen.ackedKeys(false), QStringList {QStringLiteral("c")});
        QCOMPARE(seen.shown.size(), 2);
        host.stop();
    }

    void streamsShownAtOnceDoNotWaitForTheSinkButAcknowledgingFeedsDo()
    {
        HeldSink sink;
        FeedHost host;
        host.setSink(&sink);
        host.setShowStreamsAtOnce(true);
        RoadObserver seen(host);
        host.addFeed(std::make_unique<AckingFeed>());
        host.addFeed(std::make_unique<AckingFeed>(QStringLiteral("stream"), false));
        host.start();
        host.sendCommand(QStringLiteral("stream"), emit({QStringLiteral("s1"), QStringLiteral("s2")}));
        host.sendCommand(QStringLiteral("acking"), emit({QStringLiteral("a")}));
        QTRY_COMPARE(sink.written.size(), 3);
        // The stream's events are on screen while the sink is still writing; the acknowledging feed's are not.
        QTRY_COMPARE(seen.shown.size(), 2);
        for (const Event &e : seen.shown)
            QCOMPARE(e.feed, QStringLiteral("stream"));
        sink.answerAll([](qsizetype) { return 0; }, QStringLiteral("disk full"));
        QTRY_COMPARE(seen.acks.size(), 1);
        QCOMPARE(seen.ackedKeys(false), QStringList {QStringLiteral("a")});
        QCOMPARE(seen.shown.size(), 2); // nothing shown twice, the unstored alert-like event not at all
        QTRY_VERIFY(seen.errors.size() >= 1);
        bool streamWarned = false;
        for (const FeedError &e : seen.errors)
            streamWarned
                |= e.feed == QLatin1String("stream") && e.message.contains(QLatin1String("not in the history"));
        QVERIFY(streamWarned);
        host.stop();
    }

    void pastTheBacklogLimitStreamsAreShownButNotWrittenUntilItDrains()
    {
        HeldSink sink;
        FeedHost host;
        host.setSink(&sink);
        host.setShowStreamsAtOnce(true);
        host.setSinkBacklogLimit(4);
        RoadObserver seen(host);
        host.addFeed(std::make_unique<AckingFeed>());
        host.addFeed(std::make_unique<AckingFeed>(QStringLiteral("stream"), false));
        host.start();
        const auto errorsCoded = [&seen](const QString &code) {
            QList<FeedError> out;
            for (const FeedError &e : seen.errors)
                if (e.code == code)
                    out << e;
            return out;
        };
        host.sendCommand(QStringLiteral("stream"),
            emit({QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3"), QStringLiteral("s4")}));
        QTRY_COMPARE(sink.written.size(), 4);
        QVERIFY(errorsCoded(QStringLiteral("history_behind")).isEmpty());

        // Four events wait for the sink: the stream's next ones are shown, not queued, and the feed hears it once.
        host.sendCommand(QStringLiteral("stream"), emit({QStringLiteral("s5"), QStringLiteral("s6")}));
        QTRY_COMPARE(seen.shown.size(), 6);
        QCOMPARE(sink.written.size(), 4);
        QCOMPARE(errorsCoded(QStringLiteral("history_behind")).size(), 1);
        QCOMPARE(errorsCoded(QStringLiteral("history_behind")).front().feed, QStringLiteral("stream"));

        // A feed that acknowledges upstream is written all the same, its acknowledgement re-counted to the kept batch.
        host.sendCommand(QStringLiteral("acking"), emit({QStringLiteral("a")}));
        QTRY_COMPARE(sink.written.size(), 5);
        QCOMPARE(sink.written.back().key, QStringLiteral("a"));
        QVERIFY(seen.acks.isEmpty());

        sink.answerAll([](qsizetype size) { return size; });
        QTRY_COMPARE(seen.acks.size(), 1);
        QCOMPARE(seen.ackedKeys(true), QStringList {QStringLiteral("a")});
        QTRY_COMPARE(errorsCoded(QStringLiteral("history_caught_up")).size(), 1);
        QVERIFY2(errorsCoded(QStringLiteral("history_caught_up")).front().message.contains(QLatin1String("2 event")),
            qPrintable(errorsCoded(QStringLiteral("history_caught_up")).front().message));

        // Drained: the stream is written again.
        host.sendCommand(QStringLiteral("stream"), emit({QStringLiteral("s7")}));
        QTRY_COMPARE(sink.written.size(), 6);
        QCOMPARE(sink.written.back().key, QStringLiteral("s7"));
        QCOMPARE(errorsCoded(QStringLiteral("history_behind")).size(), 1);
        sink.answerAll([](qsizetype size) { return size; });
        host.stop();
    }

    void withoutASinkDecodingIsTheDurabilityPoint()
    {
        AckingRoad road(nullptr);
        FeedHost &host = road.host;
        const RoadObserver &seen = road.seen;
        host.sendCommand(QStringLiteral("acking"), emit({QStringLiteral("a")}));
        QTRY_COMPARE(seen.acks.size(), 1);
        QCOMPARE(seen.ackedKeys(true), QStringList {QStringLiteral("a")});
        QCOMPARE(seen.shown.size(), 1);
        host.stop();
    }

    void stopHandsTheLastDecodedEventsToTheSink()
    {
        InstantSink sink;
        AckingRoad road(&sink);
        FeedHost &host = road.host;
        const RoadObserver &seen = road.seen;
        QStringList keys;
        for (int i = 0; i < 200; ++i)
            keys << QString::number(i);
        // Queued before the goodbye on the io thread: the frames are posted, then the host stops at once.
        host.sendCommand(QStringLiteral("acking"), emit(keys));
        host.stop();
        QCOMPARE(sink.written.size(), 200);
        QCOMPARE(seen.shown.size(), 200);
    }

    void aFeedWithoutCommandsRefusesClearly()
    {
        FeedHost host;
        host.addFeed(std::make_unique<EchoFeed>(QStringLiteral("plain")));
        QSignalSpy results(&host, &FeedHost::feedCommandResult);
        host.start();
        QVERIFY(host.sendCommand(QStringLiteral("echo"),
            {{QStringLiteral("op"), QStringLiteral("publish")}, {QStringLiteral("id"), QStringLiteral("a1")}}));
        QTRY_COMPARE(results.size(), 1);
        const QJsonObject r = results.at(0).at(1).toJsonObject();
        QCOMPARE(r.value(QStringLiteral("id")).toString(), QStringLiteral("a1"));
        QVERIFY(!r.value(QStringLiteral("ok")).toBool());
        QVERIFY(r.value(QStringLiteral("error")).toString().contains(QLatin1String("plain")));
    }
};

QTEST_GUILESS_MAIN(TestFeedHost)
#include "tst_feed_host.moc"
