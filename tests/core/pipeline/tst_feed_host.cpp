// FeedHost: feeds run on the io thread, commands reach them there and their answers come back on the host's thread.
#include "pipeline/feed.h"
#include "pipeline/feed_host.h"

#include "store/event_store.h"

#include <QElapsedTimer>
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
