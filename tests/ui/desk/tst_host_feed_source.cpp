// HostFeedSource hands the Rules dialog's rules to the running FeedHost: the next event a feed decodes carries the
// new rule's name.
#include "desk/host_feed_source.h"
#include "pipeline/feed.h"
#include "pipeline/feed_host.h"
#include "rules/rule_set.h"
#include "test_rules.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace sb;
using namespace sb::ui;

namespace {

// Each text frame becomes one event whose title is the text.
class TitleDecoder : public FrameDecoder
{
public:
    void decode(const RawFrame &frame, DecodeOutput &out) override
    {
        Event e;
        e.feed = QStringLiteral("titles");
        e.kind = QStringLiteral("test");
        e.key = frame.text;
        e.title = frame.text.toUtf8();
        out.event(std::move(e));
    }
};

// Command {"titles":[…]} posts one frame per title.
class TitleFeed : public Feed
{
public:
    TitleFeed()
        : Feed(QStringLiteral("titles"), QStringLiteral("titles"))
    { }
    std::unique_ptr<FrameDecoder> createDecoder() const override { return std::make_unique<TitleDecoder>(); }
    void start() override { setState(FeedState::Live); }
    void stop() override { }
    void handleCommand(const QJsonObject &command) override
    {
        for (const QJsonValue &title : command.value(QStringLiteral("titles")).toArray())
            postFrame(RawFrame::fromText(title.toString(), 0));
    }
};

std::shared_ptr<const RuleSet> ruleFor(const char *name, const char *query)
{
    Rule rule = sb::test::rule(name, query);
    return sb::test::ruleSet({rule});
}

QJsonObject titles(const QStringList &list)
{
    return {{QStringLiteral("titles"), QJsonArray::fromStringList(list)}};
}

} // namespace

class TestHostFeedSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newRulesReachTheRunningDecodeWorkers()
    {
        FeedHost host;
        host.setRules(ruleFor("Oil", "oil"));
        host.addFeed(std::make_unique<TitleFeed>());
        HostFeedSource source(&host, {{QStringLiteral("titles"), QStringLiteral("titles")}});
        EventBatch seen;
        connect(&source, &FeedSource::eventsReady, this, [&seen](const EventBatch &b) { seen += b; });
        host.start();

        QVERIFY(source.sendCommand(QStringLiteral("titles"), titles({QStringLiteral("oil and gas")})));
        QTRY_COMPARE(seen.size(), 1);
        QCOMPARE(seen.at(0).rules, QStringList {QStringLiteral("Oil")});

        source.setRules(ruleFor("Gas", "gas"));
        QVERIFY(source.sendCommand(QStringLiteral("titles"), titles({QStringLiteral("oil and gas")})));
        QTRY_COMPARE(seen.size(), 2);
        QCOMPARE(seen.at(1).rules, QStringList {QStringLiteral("Gas")});
        host.stop();
    }
};

QTEST_MAIN(TestHostFeedSource)
#include "tst_host_feed_source.moc"
